import { describe, expect, it } from 'vitest';
import { cjkBigrams, shareIn } from '../../pipeline/text/bigrams.ts';

describe('bigrams', () => {
  it('reads the two-character words of the Chinese text only', () => {
    expect([...cjkBigrams('处2000元罚款，')]).toEqual(['处元', '元罚', '罚款']);
  });
  it('shareIn is the share of the words another text holds, 0 for no words', () => {
    expect(shareIn(['罚款', '警告', '拘留', '没收'], new Set(['罚款', '没收']))).toBe(0.5);
    expect(shareIn([], new Set(['罚款']))).toBe(0);
  });
});
