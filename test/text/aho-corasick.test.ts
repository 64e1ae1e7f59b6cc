// The automaton's moves are flattened into tables (text/aho-corasick.ts): it must still find exactly what a
// naive search finds, overlapping words, words inside words and characters outside the BMP included.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../support/random.ts';
import { AhoCorasick } from '../../pipeline/text/aho-corasick.ts';

function naive(words: string[], text: string): { word: number; end: number }[] {
  const out: { word: number; end: number }[] = [];
  words.forEach((w, word) => {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push({ word, end: at + w.length });
  });
  return out;
}

const byPlace = (a: { word: number; end: number }, b: { word: number; end: number }) => a.end - b.end || a.word - b.word;

describe('AhoCorasick', () => {
  it('finds every occurrence a naive search finds, on random words and texts', () => {
    // A small alphabet makes words share prefixes and suffixes (long failure chains); 𠀀 is two code units.
    const alphabet = ['罚', '款', '处', '元', '以', '下', '𠀀', 'a'];
    const rand = seededRandom(7);
    const word = (max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const words = [...new Set(Array.from({ length: 1 + rand(12) }, () => word(4)))];
      const ac = new AhoCorasick(words);
      const text = word(60);
      const expected = naive(words, text).sort(byPlace);
      expect([...ac.occurrences(text)].sort(byPlace)).toEqual(expected);
      expect([...ac.search(text)].sort((a, b) => a - b)).toEqual([...new Set(expected.map((o) => o.word))].sort((a, b) => a - b));
      const counts = new Array<number>(words.length).fill(0);
      for (const o of expected) counts[o.word]!++;
      expect([...ac.counts(text)]).toEqual(counts);
    }
  });

  it('reports the words ending at one place longest first, as the trie holds them', () => {
    const ac = new AhoCorasick(['款', '罚款', '处罚款']);
    expect(ac.occurrences('处罚款')).toEqual([{ word: 2, end: 3 }, { word: 1, end: 3 }, { word: 0, end: 3 }]);
    expect(ac.occurrences('')).toEqual([]);
    expect(new AhoCorasick([]).occurrences('罚款')).toEqual([]);
  });
});
