// Two rule fields, with synthetic rules: `subsumedBy` leaves a finding out when another rule reports the same problem
// (on the same words, or with `subsumedWithin: sentence` anywhere in the sentence), and `namedLawArticle` quotes the
// article of a law the document names that says what the clause departs from.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { patternRule, ruleDir } from './support/temp-rules.ts';

const corpus = await loadCorpus();

const CONSTITUTION = '      - { law: 中华人民共和国宪法, article: 第三十八条, quote: 中华人民共和国公民的人格尊严不受侵犯 }\n';
const rule = (id: string, regex: string, extra = '', basis = CONSTITUTION) => patternRule({
  id: `rights/${id}`, match: `{ anyOf: [ { regex: '${regex}' } ] }`, basis, extra,
  invalid: '在公开栏张贴患者的姓名和住址。', valid: '对患者的信息予以保密。',
});
const dir = ruleDir({
  'test.yaml': `rules:${rule('who', '患者')}${rule('words', '住址', '    subsumedBy: [rights/who]\n')}${rule('sentence', '住址', '    subsumedBy: [rights/who]\n    subsumedWithin: sentence\n')}${rule('requisition', '不予补偿', "    namedLawArticle: { says: ['征用', '补偿'], note: '对照《{law}》{article}。' }\n")}${rule('only-named', '不予补偿', "    namedLawArticle: { says: ['征用', '补偿'], note: '对照《{law}》{article}。', required: true }\n", '')}`,
});
const rs = await loadRuleSet(dir, corpus, { profile: 'default' });
const COUNTY = { issuer: { name: '某县人民政府', level: 'county' as const, kind: 'government' as const } };
const fired = (text: string) => checkText(rs, corpus, text, COUNTY).map((f) => f.ruleId.slice('rights/'.length)).sort();

describe('subsumedBy', () => {
  it('leaves a finding out only where the other finding covers its words, unless told the sentence is enough', () => {
    // 患者 and 住址 are different words: only the rule that looks at the whole sentence gives way.
    expect(fired('各村在公开栏张贴患者的姓名和住址。')).toEqual(['who', 'words']);
    // No finding of the subsuming rule in the sentence: both stand.
    expect(fired('各村在公开栏张贴其姓名和住址。')).toEqual(['sentence', 'words']);
    // The subsuming finding in another sentence does not count.
    expect(fired('各村登记辖区患者。在公开栏张贴其姓名和住址。')).toEqual(['sentence', 'who', 'words']);
  });
});

describe('namedLawArticle', () => {
  it('quotes the article of a named law with a paragraph that says every word asked for, in the text of the day', () => {
    const text = '根据《自然灾害救助条例》，现通知如下：\n一、应急期间调用企业的挖掘机，不予补偿。';
    const f = checkText(rs, corpus, text, { ...COUNTY, issuedOn: '2021-08-01' }).find((x) => x.ruleId === 'rights/requisition');
    expect(f?.basis.map((b) => `${b.law}${b.article}`)).toEqual(['中华人民共和国宪法第三十八条', '自然灾害救助条例第十五条']);
    expect(f?.message).toContain('对照《自然灾害救助条例》第十五条。');
    // A document that names no law with such an article: the rule's own basis only.
    const bare = checkText(rs, corpus, '一、应急期间调用企业的挖掘机，不予补偿。', COUNTY).find((x) => x.ruleId === 'rights/requisition');
    expect(bare?.basis.map((b) => `${b.law}${b.article}`)).toEqual(['中华人民共和国宪法第三十八条']);
  });

  it('with required, reports only where the named law has the article, and quotes it as the basis', () => {
    const text = '根据《自然灾害救助条例》，现通知如下：\n一、应急期间调用企业的挖掘机，不予补偿。';
    const f = checkText(rs, corpus, text, { ...COUNTY, issuedOn: '2021-08-01' }).find((x) => x.ruleId === 'rights/only-named');
    expect(f?.basis.map((b) => `${b.law}${b.article}`)).toEqual(['自然灾害救助条例第十五条']);
    expect(f?.message).toContain('（《自然灾害救助条例》第十五条）');
    expect(fired('一、应急期间调用企业的挖掘机，不予补偿。')).not.toContain('only-named');
  });
});
