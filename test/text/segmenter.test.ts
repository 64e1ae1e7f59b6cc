import { describe, expect, it } from 'vitest';
import { getSegmenter, legalDictionary } from '../../pipeline/text/segmenter.ts';

describe('segmenter with the legal dictionary', () => {
  const seg = getSegmenter();

  it('keeps legal terms whole', () => {
    const tokens = seg.cut('本规范性文件报送备案审查。对违法建筑可以采取行政强制措施，并处以罚款；县级以上地方人民政府可以限制燃放烟花爆竹。');
    for (const term of ['规范性文件', '备案审查', '行政强制措施', '县级以上地方人民政府', '烟花爆竹']) {
      expect(tokens, term).toContain(term);
    }
  });

  it('loses no characters', () => {
    const text = '第十六条　除法律、法规、规章外，其他规范性文件不得设定行政处罚。';
    expect(seg.cut(text).join('')).toBe(text);
  });

  it('gives every user-dictionary line an explicit frequency (@node-rs/jieba requires it)', () => {
    const lines = legalDictionary().toString('utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) expect(l, l).toMatch(/^\S+ \d+( \w+)?$/);
  });
});
