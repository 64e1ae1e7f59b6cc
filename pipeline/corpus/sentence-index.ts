// Which laws hold a sentence word for word (Corpus.holdsSentence: a clause that copies a sentence of the law restates
// it). Each article's sentences are reduced to their characters and figures (sentenceKey); building that map for the
// whole corpus took most of a worker's one-time start (~0.2 s: every law's articles parsed, every sentence keyed), so
// the corpus directory keeps a compact form of it, written with the laws (sentences.bin): the keys' 32-bit FNV-1a
// hashes, sorted, each with the index of a law that holds it. A lookup finds the laws whose hashes match and confirms
// the sentence in those laws' own articles (keyed once per law), so a collision never counts.
import { endianness } from 'node:os';
import type { CorpusLaw } from '../model/types.ts';
import { afterMarker } from '../structure/markers.ts';
import { SENTENCE_END } from '../text/sentence-end.ts';

/** Everything but Chinese characters and figures: punctuation and spacing differ between copies. */
const NOT_WORD = /[^\u4e00-\u9fff0-9]/g;
/** A sentence this long (in characters and figures) is specific enough that equality means copying. */
export const MIN_HELD_SENTENCE = 16;

/** A sentence as its words: without the label of its provision or item ("二、", "（一）") and without punctuation
 *  and spacing, which differ between copies. */
export function sentenceKey(sentence: string): string {
  return afterMarker(sentence).replace(NOT_WORD, '');
}

/** The keys of a law's sentences that are long enough to count. */
export function lawSentenceKeys(law: CorpusLaw): Set<string> {
  const keys = new Set<string>();
  for (const a of law.articles) {
    for (const piece of a.text.split(SENTENCE_END)) {
      const key = sentenceKey(piece);
      if (key.length >= MIN_HELD_SENTENCE) keys.add(key);
    }
  }
  return keys;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SentenceHashes {
  /** Sorted hashes, one entry per (sentence, law). */
  hashes: Uint32Array;
  /** The law (index into the corpus's laws) of each entry. */
  laws: Uint32Array;
}

export function buildSentenceHashes(laws: CorpusLaw[]): SentenceHashes {
  const entries: [number, number][] = [];
  laws.forEach((law, i) => {
    for (const key of lawSentenceKeys(law)) entries.push([fnv1a(key), i]);
  });
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { hashes: Uint32Array.from(entries, (e) => e[0]), laws: Uint32Array.from(entries, (e) => e[1]) };
}

/** sentences.bin: a count, then the hashes, then the laws (little-endian 32-bit words). */
export function serializeSentenceHashes(s: SentenceHashes): Buffer {
  const buf = Buffer.alloc(4 + s.hashes.length * 8);
  buf.writeUInt32LE(s.hashes.length, 0);
  for (let i = 0; i < s.hashes.length; i++) {
    buf.writeUInt32LE(s.hashes[i]!, 4 + i * 4);
    buf.writeUInt32LE(s.laws[i]!, 4 + s.hashes.length * 4 + i * 4);
  }
  return buf;
}

export function deserializeSentenceHashes(buf: Buffer): SentenceHashes | null {
  if (buf.length < 4) return null;
  const n = buf.readUInt32LE(0);
  if (buf.length !== 4 + n * 8) return null;
  // On a little-endian machine the file's words are the arrays' own: views of its bytes (an aligned copy when the
  // buffer does not start on a word), not a copy word by word (about 10 ms of CPU per process for the law library's).
  if (endianness() === 'LE') {
    const aligned = buf.byteOffset % 4 === 0;
    const bytes = aligned ? buf.buffer : new Uint8Array(buf).buffer;
    const at = aligned ? buf.byteOffset : 0;
    return { hashes: new Uint32Array(bytes, at + 4, n), laws: new Uint32Array(bytes, at + 4 + n * 4, n) };
  }
  const hashes = new Uint32Array(n);
  const laws = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = buf.readUInt32LE(4 + i * 4);
    laws[i] = buf.readUInt32LE(4 + n * 4 + i * 4);
  }
  return { hashes, laws };
}

/** The laws that may hold the sentence with this key (their hashes match; confirm in the law). */
export function lawsWithHash(s: SentenceHashes, key: string): number[] {
  const h = fnv1a(key);
  let lo = 0;
  let hi = s.hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.hashes[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < s.hashes.length && s.hashes[i] === h; i++) out.push(s.laws[i]!);
  return out;
}
