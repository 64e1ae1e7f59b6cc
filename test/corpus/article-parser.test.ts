import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../pipeline/corpus/article-parser.ts';
import { parseLawMarkdown } from '../../pipeline/corpus/markdown-law.ts';
import { lawDates } from '../../pipeline/corpus/law-metadata.ts';
import { articleLabel, parseArticleLabel, parseChineseNumber } from '../../pipeline/text/chinese-numbers.ts';

describe('Chinese article numbers', () => {
  it('parses and formats the labels laws use', () => {
    expect(parseChineseNumber('一千零三十二')).toBe(1032);
    expect(parseChineseNumber('十六')).toBe(16);
    expect(parseChineseNumber('一百一十')).toBe(110);
    expect(parseChineseNumber('１６')).toBe(16);
    expect(articleLabel(1260)).toBe('第一千二百六十条');
    expect(articleLabel(110)).toBe('第一百一十条');
    expect(articleLabel(10)).toBe('第十条');
    expect(articleLabel(20, 1)).toBe('第二十条之一');
    expect(parseArticleLabel('第十六条第一款')).toEqual({ number: 16 });
    expect(parseArticleLabel('第16条')).toEqual({ number: 16 });
    for (let n = 1; n <= 1300; n++) expect(parseChineseNumber(articleLabel(n).slice(1, -1))).toBe(n);
  });
});

describe('article parser on plain text lines', () => {
  it('handles headings, items, 之一 and the snapshot defects', () => {
    const lines = [
      '第一章 总则', '', '第一条 为了规范管理，制定本条例。', '', '第二条 下列事项应当办理：',
      '（一）甲；', '(二)乙。', '前款规定以外的事项，不需办理。', '## 第二章  罚则',
      '笫三条 违反本条例的，依法处理。', '第四条之一 新增的规定。', '第一百二十八 条侦查人员应当勘验。',
      '第五条规定的事项由县级人民政府负责。',
    ];
    const { articles } = parseArticles(lines);
    expect(articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条之一', '第一百二十八条']);
    const second = articles[1];
    expect(second.paragraphs).toEqual(['下列事项应当办理：\n（一）甲；\n(二)乙。', '前款规定以外的事项，不需办理。']);
    expect(second.text).toBe('下列事项应当办理：\n（一）甲；\n(二)乙。\n前款规定以外的事项，不需办理。');
    expect(articles[0].chapter).toBe('第一章 总则');
    expect(articles[2].chapter).toBe('第二章 罚则');
    expect(articles[3]).toMatchObject({ number: 4, sub: 1 });
    // "第五条规定的……" continues 第一百二十八条: it is a reference, not a new article.
    expect(articles[4].paragraphs).toEqual(['侦查人员应当勘验。', '第五条规定的事项由县级人民政府负责。']);
  });

  it('reads only the body after <!-- INFO END --> and the dates in the metadata', () => {
    const md = [
      '# 中华人民共和国某某法', '', '2001年3月1日 第九届全国人民代表大会常务委员会第二十次会议通过', '',
      '2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议修正', '第三十一条 这一行是折行的元数据', '',
      '<!-- INFO END -->', '', '## 第一章 总则', '', '第一条 本法自2002年1月1日起施行。',
    ].join('\n');
    const law = parseLawMarkdown('/x/某某法(2019-04-23).md', md)!;
    expect(law.title).toBe('中华人民共和国某某法');
    expect(law.fileDate).toBe('2019-04-23');
    expect(law.body.articles).toHaveLength(1);
    const dates = lawDates(law.metaLines, law.body.articles, law.fileDate);
    expect(dates).toMatchObject({ version: '2019-04-23', adopted: '2001-03-01' });
    // The closing article's date predates the amendment: it is not this version's effective date.
    expect(dates.effective).toBeUndefined();
    expect(parseLawMarkdown('/x/_index.md', '---\nbookCollapseSection: true\n---')).toBeUndefined();
  });
});
