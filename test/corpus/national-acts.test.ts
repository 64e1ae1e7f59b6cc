// The sizes of national acts the embedded base holds no text of: the bound that lets a citation of an
// article beyond the last one be reported (nonexistent-article) without the act's text.
import { describe, expect, it } from 'vitest';
import { loadNationalActs, nationalActs } from '../../pipeline/corpus/national-titles.ts';
import type { CorpusLaw, LawLevel } from '../../pipeline/model/types.ts';

const act = (title: string, numbers: number[], level: LawLevel = '行政法规', version = '2020-01-01'): CorpusLaw => ({
  id: title, title, shortNames: [], aliases: [], level, version, versions: [], status: 'in-force',
  articles: numbers.map((n) => ({ label: `第${n}条`, number: n, text: '', paragraphs: [] })),
});

describe('nationalActs', () => {
  it('bounds an act by the highest article number of any of its texts', () => {
    const acts = nationalActs([act('甲条例', [1, 2, 3], '行政法规', '2010-01-01'), act('甲条例', [1, 2, 3, 4, 5], '行政法规', '2020-01-01')]);
    expect(acts.lastArticle['甲条例']).toBe(5);
    expect(acts.titles).toEqual(['甲条例']);
  });

  it('gives no bound to an act one of whose texts skips numbers (an import that lost articles)', () => {
    const acts = nationalActs([act('乙条例', [1, 2, 4]), act('丙法', [1, 2], '法律')]);
    expect(acts.titles).toEqual(['丙法', '乙条例']);
    expect(acts.lastArticle['乙条例']).toBeUndefined();
    expect(acts.lastArticle['丙法']).toBe(2);
  });

  it('keeps national levels only', () => {
    expect(nationalActs([act('某省条例', [1], '地方性法规')]).titles).toEqual([]);
  });

  it('the committed list bounds acts the embedded base does not hold', () => {
    const { lastArticle } = loadNationalActs();
    expect(lastArticle['快递暂行条例']).toBe(48);
    expect(lastArticle['娱乐场所管理条例']).toBe(58);
    expect(lastArticle['中华人民共和国刑法']).toBeGreaterThanOrEqual(452);
  });
});
