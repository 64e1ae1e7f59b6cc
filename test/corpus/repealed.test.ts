// The registry of repealed laws: generated from the library's own repealing clauses (each entry with
// the clause as evidence), names and notes added by hand, and the few repeals the library does not
// state kept apart as unverified. The generator is re-run against ../shared/laws when it is there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRepealClauses, REPEAL_CLAUSES_FILE, renderRepealClauses } from '../../pipeline/corpus/build-repeal-clauses.ts';
import { repealClausesOf } from '../../pipeline/corpus/repeal-clauses.ts';
import { loadRegistry, mergeRegistry } from '../../pipeline/corpus/repealed.ts';
import type { CorpusLaw } from '../../pipeline/model/types.ts';
import { HAS_LAWS, LAWS } from './support.ts';

const registry = loadRegistry();
const entry = (name: string) => registry.laws.find((l) => l.name === name || l.aliases.includes(name));

describe('repealed-law registry', () => {
  it('covers the laws the reviewers meet most, each with the clause that repealed it', () => {
    for (const n of ['合同法', '物权法', '民法通则', '民法总则', '担保法', '婚姻法', '继承法', '收养法', '侵权责任法', '治安管理处罚条例',
      '民用爆炸物品管理条例', '城市房屋拆迁管理条例', '中外合资经营企业法', '中外合作经营企业法', '外资企业法', '行政监察法',
      '法规规章备案条例', '城市规划法']) {
      const e = entry(n);
      expect(e, n).toBeDefined();
      expect(e!.verified, n).toBe(true);
      expect(e!.evidence!.quote, n).toMatch(/废止/);
      expect([e!.name, ...e!.aliases].some((x) => e!.evidence!.quote.includes(`《${x}》`)), n).toBe(true);
    }
    expect(entry('城市规划法')).toMatchObject({
      repealedOn: '2008-01-01', replacedBy: '中华人民共和国城乡规划法', evidence: { law: '中华人民共和国城乡规划法', article: '第七十条' },
    });
    expect(entry('治安管理处罚条例')!.evidence).toMatchObject({ law: '中华人民共和国治安管理处罚法', article: '第一百一十九条' });
    expect(entry('合同法')!.evidence).toMatchObject({ law: '中华人民共和国民法典', article: '第一千二百六十条', dateFrom: 'stated' });
    expect(entry('民用爆炸物品管理条例')!.evidence).toMatchObject({ law: '民用爆炸物品安全管理条例', article: '第五十五条' });
  });

  it('keeps the repeals no clause proves apart: unverified, with a note saying why', () => {
    const unverified = registry.laws.filter((l) => !l.verified);
    expect(unverified.map((l) => l.name).sort()).toEqual(['中华人民共和国食品卫生法', '信访条例']);
    for (const l of unverified) {
      expect(l.evidence).toBeUndefined();
      expect(l.note, l.name).toBeTruthy();
    }
    expect(registry.agencies.map((a) => a.successor)).toEqual(expect.arrayContaining(['市场监督管理部门', '应急管理部门', '自然资源主管部门', '生态环境主管部门', '卫生健康主管部门']));
  });

  it('refuses a listed repeal with neither a clause nor stated facts', () => {
    expect(() => mergeRegistry([{ name: '某某条例', aliases: [] }], [])).toThrow(/repealedOn/);
  });
});

describe('repealing clauses read from a law text', () => {
  const law = (articles: [string, string][], versions = [{ version: '2020-01-01', note: '2020年1月1日 公布' }]): CorpusLaw => ({
    id: 'x', title: '某某测试条例（虚构）', shortNames: [], aliases: [], level: '行政法规', version: '2020-01-01', versions, status: 'in-force',
    articles: articles.map(([label, text], i) => ({ label, number: i + 1, text, paragraphs: text.split('\n') })),
  });
  it('takes whole repeals with their date, and leaves partial repeals and other 废止 words alone', () => {
    const clauses = repealClausesOf(law([
      ['第一条', '制定、修改和废止规章，适用本条例。'],
      ['第二条', '本条例自2020年3月1日起施行。1990年5月1日国务院发布的《某某管理规定》（国务院令第1号）和《某某实施细则》同时废止；《某某办法》中有关收费的规定同时废止。'],
    ]));
    expect(clauses.map((c) => [c.repealed, c.repealedOn, c.dateFrom, c.article])).toEqual([
      ['某某管理规定', '2020-03-01', 'stated', '第二条'], ['某某实施细则', '2020-03-01', 'stated', '第二条']]);
  });
  it('dates a repeal on publication by the publication in the history', () => {
    const clauses = repealClausesOf(law([['第九条', '本条例自公布之日起施行。《某某暂行条例》同时废止。']],
      [{ version: '2019-12-20', note: '2019年12月20日 国务院第1次常务会议通过' }, { version: '2019-12-28', note: '2019年12月28日 国务院令第2号公布' }]));
    expect(clauses[0]).toMatchObject({ repealed: '某某暂行条例', repealedOn: '2019-12-28', dateFrom: 'publication' });
  });
});

describe.skipIf(!HAS_LAWS)('the generated clauses against ../shared/laws', () => {
  it('re-running the generator gives the committed file', async () => {
    const clauses = await generateRepealClauses(LAWS);
    expect(renderRepealClauses(clauses)).toBe(readFileSync(REPEAL_CLAUSES_FILE, 'utf8'));
  }, 60_000);
});
