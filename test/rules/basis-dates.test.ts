// A rule's basis on the document's date (pipeline/rules/basis-at.ts), with synthetic rules: the text in
// force that day is quoted, a rule whose basis was not yet the law does not judge (appliesTo.basisInForce,
// basis[].from/to), and without those switches a basis not yet in force is quoted with a note.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import type { Finding } from '../../pipeline/model/types.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { patternRule, ruleDir } from './support/temp-rules.ts';

const corpus = await loadCorpus();

const rule = (id: string, basis: string, extra = '') => patternRule({
  id: `competition/${id}`, basis, extra,
  match: "{ anyOf: [ { clause: [ { regex: '按' }, { regex: '税' }, { regex: '给予奖励' } ] } ] }",
  invalid: '对新引进企业，按其实缴增值税地方留成部分的50%给予奖励。', valid: '严格落实国家统一的税收优惠政策。',
});
const REGULATION = '      - { law: 公平竞争审查条例, article: 第十条, quote: 给予特定经营者税收优惠 }\n';
const ANTI_MONOPOLY = '      - { law: 中华人民共和国反垄断法, article: 第四十五条, quote: 制定含有排除、限制竞争内容的规定 }\n';
const PENALTY_2021 = '      - { law: 中华人民共和国行政处罚法, article: 第九条, quote: 限制开展生产经营活动, from: "2021-07-15" }\n';

const dir = ruleDir({
  'test.yaml': `rules:${rule('strict', REGULATION, '    appliesTo: { basisInForce: true }\n')}${rule('either', ANTI_MONOPOLY + REGULATION, '    appliesTo: { basisInForce: true }\n')}${rule('lenient', REGULATION)}${rule('explicit', PENALTY_2021)}`,
});
const rs = await loadRuleSet(dir, corpus, { profile: 'default' });
const TEXT = '一、对新引进企业，按其实缴增值税地方留成部分的50%给予奖励。';
const run = (issuedOn: string): Map<string, Finding> =>
  new Map(checkText(rs, corpus, TEXT, { issuer: { name: '某县人民政府', level: 'county', kind: 'government' }, issuedOn }).map((f) => [f.ruleId.slice('competition/'.length), f]));
const cites = (f: Finding | undefined) => f?.basis.map((b) => `${b.law}${b.article}@${b.version.slice(0, 4)}`);

describe('rule basis and the document date', () => {
  it('a rule whose only basis took effect later does not judge an earlier document (basisInForce)', () => {
    expect(run('2011-05-01').has('strict')).toBe(false);
    expect(run('2024-07-31').has('strict')).toBe(false);
    const f = run('2024-09-01').get('strict');
    expect(cites(f)).toEqual(['公平竞争审查条例第十条@2024']);
    expect(f!.basis[0]!.inForce).toEqual({ from: '2024-08-01', to: null });
  });

  it('with several bases, a finding quotes only those in force on the day, each in the text of that day', () => {
    expect(cites(run('2011-05-01').get('either'))).toEqual(['中华人民共和国反垄断法第三十七条@2007']);
    expect(run('2011-05-01').get('either')!.basis[0]!.note).toContain('现行2022年文本为第四十五条');
    expect(run('2011-05-01').get('either')!.message).toContain('（《中华人民共和国反垄断法》第三十七条）');
    expect(cites(run('2025-01-01').get('either'))).toEqual(['中华人民共和国反垄断法第四十五条@2022', '公平竞争审查条例第十条@2024']);
    expect(run('2008-01-01').has('either')).toBe(false);
  });

  it('an explicit `from` for content a revision added', () => {
    expect(run('2020-06-01').has('explicit')).toBe(false);
    expect(cites(run('2022-06-01').get('explicit'))).toEqual(['中华人民共和国行政处罚法第九条@2021']);
  });

  it('without the switch the rule judges every date, and says when its basis was not yet in force', () => {
    const f = run('2011-05-01').get('lenient')!;
    expect(f.basis[0]).toMatchObject({ law: '公平竞争审查条例', verified: false });
    expect(f.basis[0]!.note).toBe('《公平竞争审查条例》自2024年8月1日起施行，文件日期（2011年5月1日）时尚未施行，请核实当时适用的依据。');
    expect(f.appliedAsOf).toEqual({ date: '2011-05-01', from: 'issuedOn' });
  });

  it('--as-of judges by the law of that day, never of a day before the document, and notes an expired document', async () => {
    const { exampleDocument } = await import('../../pipeline/rules/example-doc.ts');
    const meta = { issuer: { name: '某县人民政府', level: 'county' as const, kind: 'government' as const }, issuedOn: '2011-05-01', validUntil: '2016-04-30' };
    const check = (asOf: string) => rs.check({ path: 'x', text: TEXT, doc: exampleDocument(TEXT, meta), corpus, segmenter: { cut: (t) => [t] }, profile: 'default', asOf, today: '2026-12-03' });
    const later = check('2025-01-01').find((f) => f.ruleId === 'competition/strict')!;
    expect(later.appliedAsOf).toEqual({ date: '2025-01-01', from: 'as-of', note: '按审查基准日（2025年1月1日）的法律审查；文件日期为2011年5月1日；文件有效期已于2016年4月30日届满。' });
    expect(check('2010-01-01').find((f) => f.ruleId === 'competition/lenient')!.appliedAsOf).toEqual({ date: '2011-05-01', from: 'issuedOn' });
  });

  it('a document without a date is judged by the current texts, and the finding says so', () => {
    const f = checkText(rs, corpus, TEXT, { issuer: { name: '某县人民政府', level: 'county', kind: 'government' } }).find((x) => x.ruleId === 'competition/strict')!;
    expect(f.appliedAsOf).toMatchObject({ from: 'today' });
    expect(f.appliedAsOf!.note).toMatch(/^文件未载明成文、发布或施行日期，按审查之日（\d{4}年\d{1,2}月\d{1,2}日）的现行法律审查。$/);
  });
});

describe('the older text of a basis a revision made an article of its own', () => {
  it('is found by the words the rule quotes when the texts do not align (突发事件应对法 2024 第九十条 = 2007 第六十一条第三款)', async () => {
    const { basisAt } = await import('../../pipeline/rules/basis-at.ts');
    const b = { law: '中华人民共和国突发事件应对法', article: '第九十条', quote: '公民参加应急救援工作或者协助维护社会秩序期间' };
    const old = basisAt(corpus, b, '2020-05-01')!;
    expect(old.version).toBe('2007-08-30');
    expect(old.article).toBe('第六十一条');
    expect(old.text).toContain('其在本单位的工资待遇和福利不变');
    expect(old.note).toContain('现行2024年文本为第九十条');
    // Words that several older articles hold pin none: the current text is quoted with a note, as before.
    const vague = basisAt(corpus, { ...b, quote: '突发事件' }, '2020-05-01')!;
    expect(vague.version).toBe('2024-06-28');
    expect(vague.verified).toBe(false);
    expect(basisAt(corpus, b, '2025-01-01')!.article).toBe('第九十条');
  });
});
