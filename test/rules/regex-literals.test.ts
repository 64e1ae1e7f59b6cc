// Literal prefilter: the literals derived from a regex must occur in every text it matches.
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../pipeline/rules/regex-literals.ts';
import { AhoCorasick } from '../../pipeline/text/aho-corasick.ts';

describe('requiredLiterals', () => {
  it.each([
    ['处以?[^，。；]{0,16}罚款', ['罚款']],
    ['(?:停止|中断)[^，。；]{0,4}(?:供水|供电)', ['停止', '中断']],
    ['吊销营业执照|责令停业', ['吊销营业执照', '责令停业']],
    ['(?<!被|已)吊销[^，]{0,8}执照', ['吊销']],
  ])('%s', (re, want) => expect(requiredLiterals(re)?.sort()).toEqual(want.sort()));

  it('gives up (null) when an alternative has no literal', () => {
    expect(requiredLiterals('罚款|\\d+')).toBeNull();
    expect(requiredLiterals('罚款|\\d+元')?.sort()).toEqual(['元', '罚款'].sort());
    expect(requiredLiterals('[一二三]?')).toBeNull();
  });

  it('is sound on sample texts: whenever the regex matches, a literal occurs', () => {
    const samples = ['由县局处以二千元罚款', '一律停止供水', '中断供电', '吊销其营业执照', '被吊销营业执照', '罚款500元'];
    for (const re of ['处以?[^，。；]{0,16}罚款', '(?:停止|中断)[^，。；]{0,4}(?:供水|供电)', '(?<!被|已)吊销[^，]{0,8}执照']) {
      const lits = requiredLiterals(re)!;
      for (const s of samples) if (new RegExp(re).test(s)) expect(lits.some((l) => s.includes(l)), `${re} ${s}`).toBe(true);
    }
  });
});

describe('AhoCorasick', () => {
  it('finds every word in one pass, overlapping ones included', () => {
    const ac = new AhoCorasick(['罚款', '处罚', '罚', '供水供电']);
    expect([...ac.search('依法处罚并处罚款')].sort()).toEqual([0, 1, 2]);
    expect([...ac.search('停止供水供电')]).toEqual([3]);
  });

  it('gives each occurrence with its UTF-16 end, characters outside the BMP and failure links included', () => {
    const ac = new AhoCorasick(['𠀋村', '村规', '规民约', '民约']);
    // 𠀋 is two code units: offsets count them, as String.prototype.indexOf does.
    const text = '某𠀋村规民约';
    expect(ac.occurrences(text)).toEqual([
      { word: 0, end: text.indexOf('村') + 1 },
      { word: 1, end: text.indexOf('规') + 1 },
      { word: 2, end: text.length },
      { word: 3, end: text.length },
    ]);
    // After a partial match fails ("规民" then "X"), the automaton falls back and still finds "民约".
    expect([...ac.search('规民民约')].sort()).toEqual([3]);
  });
});
