// A township named as the body that imposes a measure, or announcing it in its own document in its own voice:
// a rule's `imposedByTownship` articles are quoted after its basis, on the days they are the law, with its note
// (pipeline/rules/township-imposer.ts). Synthetic rule; the sentences are the shapes township notices take.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import type { Finding } from '../../pipeline/model/types.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { ruleDir } from './support/temp-rules.ts';

const corpus = await loadCorpus();
const dir = ruleDir({
  'test.yaml': `rules:
  - id: penalty/test-confiscation
    kind: pattern
    category: penalty
    severity: error
    title: 测试规则没收
    scope: sentence
    match: { anyOf: [ { regex: '没收|罚款' } ] }
    message: 本条规定了“{match}”（《{law}》{article}）。
    suggestion: 删除。
    basis:
      - { law: 中华人民共和国行政处罚法, article: 第十六条, quote: 其他规范性文件不得设定行政处罚 }
    imposedByTownship:
      note: 【乡镇实施】
      basis:
        - { law: 中华人民共和国行政处罚法, article: 第二十四条, quote: 交由能够有效承接的乡镇人民政府、街道办事处行使, from: "2021-07-15" }
    guards: { citation: false, referral: false, reason: 只测实施主体 }
    examples:
      invalid: [ 违规垂钓的，没收钓具。 ]
      valid: [ 严禁违规垂钓。 ]
`,
});
const rs = await loadRuleSet(dir, corpus, { profile: 'default' });
type Issuer = { name: string; level: 'township' | 'county'; kind: 'government' };
const TOWNSHIP: Issuer = { name: '马路镇人民政府', level: 'township', kind: 'government' };
const COUNTY: Issuer = { name: '安化县人民政府', level: 'county', kind: 'government' };
const run = (text: string, issuer: Issuer = TOWNSHIP, issuedOn = '2023-06-01'): Finding | undefined =>
  checkText(rs, corpus, `一、${text}`, { issuer, issuedOn }).find((f) => f.ruleId === 'penalty/test-confiscation');
const articles = (f: Finding | undefined) => f?.basis.map((b) => b.article);

describe('a township imposing the measure', () => {
  it('in its own voice in its own notice: 行政处罚法第二十四条 is quoted with the note', () => {
    const f = run('对违规垂钓者将依法没收违规钓具、违规渔获。');
    expect(articles(f)).toEqual(['第十六条', '第二十四条']);
    expect(f!.message).toContain('【乡镇实施】');
  });

  it('named as the body that acts, also in a county document', () => {
    expect(articles(run('对违反规定的，由镇综合执法队处以200元罚款。', COUNTY))).toEqual(['第十六条', '第二十四条']);
    expect(articles(run('对违反规定的，由各乡镇人民政府没收其工具。', COUNTY))).toEqual(['第十六条', '第二十四条']);
    // … or one of its stations and offices.
    expect(articles(run('对超载运输的，由镇交管站没收其货物。', COUNTY))).toEqual(['第十六条', '第二十四条']);
    expect(articles(run('对违规收购的，由乡农业服务中心处以罚款。', COUNTY))).toEqual(['第十六条', '第二十四条']);
  });

  it('not the county units that sit in a township with powers of their own', () => {
    expect(articles(run('对违反规定的，由镇派出所处以200元罚款。', COUNTY))).toEqual(['第十六条']);
    expect(articles(run('对违反规定的，由镇税务所处以罚款。', COUNTY))).toEqual(['第十六条']);
  });

  it('not when another body acts, or the sentence names the power handed over', () => {
    expect(articles(run('对违反规定的，由县市场监督管理局处以200元罚款。'))).toEqual(['第十六条']);
    expect(articles(run('对违反规定的，由镇政府报请县公安局依法处以罚款。'))).toEqual(['第十六条']);
    expect(articles(run('经县林业局认定的违法木材，一律没收。'))).toEqual(['第十六条']);
    expect(articles(run('根据省政府赋权清单，由镇综合执法队没收违规渔具。'))).toEqual(['第十六条']);
    // A county's own voice is not a township's.
    expect(articles(run('对违规垂钓者将依法没收违规钓具。', COUNTY))).toEqual(['第十六条']);
  });

  it('not on a day the article was not yet the law (before 2021-07-15), and then no note either', () => {
    const f = run('对违规垂钓者将依法没收违规钓具。', TOWNSHIP, '2019-05-01');
    expect(articles(f)).toEqual(['第十六条']);
    expect(f!.message).not.toContain('【乡镇实施】');
  });
});

describe('a township penalty under a law that says which body decides its penalties', () => {
  // (第三十八条 is the article the frames compare the clause with: the penalty for fishing in a closed area.)
  it('quotes that article too (渔业法第四十八条: 县级以上人民政府渔业行政主管部门)', () => {
    const f = run('依照《中华人民共和国渔业法》，在禁渔区内捕捞的，由镇综合执法队没收渔获物，并处罚款。', COUNTY);
    expect(f?.basis.map((b) => `${b.law}${b.article}`)).toEqual([
      '中华人民共和国行政处罚法第十六条', '中华人民共和国渔业法第三十八条', '中华人民共和国行政处罚法第二十四条', '中华人民共和国渔业法第四十八条']);
  });

  it('not where that body acts, nor where the document names no such law', () => {
    expect(articles(run('依照《中华人民共和国渔业法》，在禁渔区内捕捞的，由县农业农村局没收渔获物，并处罚款。', COUNTY))).toEqual(['第十六条', '第三十八条']);
    expect(articles(run('在禁渔区内捕捞的，由镇综合执法队没收渔获物，并处罚款。', COUNTY))).toEqual(['第十六条', '第二十四条']);
  });
});

describe('imposedByTownship is checked like a basis', () => {
  it('rejects a quote the article does not hold', async () => {
    const bad = ruleDir({ 'test.yaml': (await import('node:fs')).readFileSync(`${dir}/test.yaml`, 'utf8').replace('交由能够有效承接的乡镇人民政府、街道办事处行使', '乡镇人民政府可以自行决定处罚') });
    await expect(loadRuleSet(bad, corpus, { profile: 'default' })).rejects.toThrow(/第二十四条的条文中没有/);
  });
});
