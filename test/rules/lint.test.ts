// rules lint: every defect that makes a rule set unusable is reported with file and line.
import { describe, expect, it } from 'vitest';
import { lintRuleDir } from '../../pipeline/rules/lint.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import { RuleSetError } from '../../pipeline/rules/ruleset.ts';
import { loadTestCorpus } from './support/law-corpus.ts';
import { GOOD_RULE, ruleDir } from './support/temp-rules.ts';

const corpus = await loadTestCorpus();

async function lint(text: string) {
  return (await lintRuleDir(ruleDir({ 'test.yaml': text }), corpus)).problems;
}

describe('rules lint', () => {
  it('accepts a well-formed rule', async () => {
    expect(await lint(GOOD_RULE)).toEqual([]);
  });

  it('rejects unknown keys with the line of the key', async () => {
    const text = GOOD_RULE.replace('    scope: sentence\n', '    scope: sentence\n    colour: red\n');
    const problems = await lint(text);
    expect(problems.some((p) => p.message.includes('colour') && p.line === 8 && p.file.endsWith('test.yaml'))).toBe(true);
  });

  it('rejects a missing required field and a bad category', async () => {
    expect((await lint(GOOD_RULE.replace('    severity: error\n', ''))).some((p) => p.message.includes('severity'))).toBe(true);
    expect((await lint(GOOD_RULE.replace('category: penalty', 'category: punishment'))).length).toBeGreaterThan(0);
  });

  it('a conduct wording must be named by the term its anchor article uses', async () => {
    const conduct = (name: string) => `id: conduct-terms
title: 行为与对象的法定称谓
family: conduct
anchor: { law: 中华人民共和国行政处罚法, article: 第十六条, quote: 其他规范性文件不得设定行政处罚 }
entries:
  - id: other-documents
    name: ${name}
    anchor: { law: 中华人民共和国行政处罚法, article: 第十六条, quote: 其他规范性文件不得设定行政处罚 }
    forms:
      - { form: '(红头文件|通知通告)', from: '以红头文件设定罚款（县通告）' }
`;
    const problems = async (name: string) => (await lintRuleDir(ruleDir({ 'test.yaml': GOOD_RULE, 'vocab/conduct.yaml': conduct(name) }), corpus)).problems;
    expect(await problems('其他规范性文件')).toEqual([]);
    const wrong = await problems('规范性文件以外的文件');
    expect(wrong.some((p) => p.message.includes('行为称谓“规范性文件以外的文件”') && p.file.endsWith('conduct.yaml') && p.line === 6)).toBe(true);
  });

  it('reports duplicate ids with both places', async () => {
    const dir = ruleDir({ 'a.yaml': GOOD_RULE, 'b.yaml': GOOD_RULE });
    const problems = (await lintRuleDir(dir, corpus)).problems;
    const dup = problems.find((p) => p.message.includes('重复'));
    expect(dup?.file.endsWith('b.yaml')).toBe(true);
    expect(dup?.message).toContain('a.yaml:2');
  });

  it('reports a basis that does not resolve, and a quote that is not in the article', async () => {
    const missing = await lint(GOOD_RULE.replace('article: 第十六条', 'article: 第二百条'));
    expect(missing.some((p) => p.message.includes('第二百条') && p.line === 14)).toBe(true);
    const misquoted = await lint(GOOD_RULE.replace('quote: 其他规范性文件不得设定行政处罚', 'quote: 限制人身自由的行政处罚'));
    expect(misquoted.some((p) => p.message.includes('条号可能有误'))).toBe(true);
    const fake = await lint(GOOD_RULE.replace('中华人民共和国行政处罚法', '中华人民共和国行政惩戒法'));
    expect(fake.some((p) => p.message.includes('行政惩戒法'))).toBe(true);
  });

  it('rejects \\b, regexes that do not compile, and catastrophic backtracking', async () => {
    expect((await lint(GOOD_RULE.replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", "'\\b罚款\\b'"))).some((p) => p.message.includes('\\b'))).toBe(true);
    expect((await lint(GOOD_RULE.replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", "'处(以罚款'"))).some((p) => p.message.includes('无法编译'))).toBe(true);
    // A free character window between words is not a grammar: co-occurrence goes through clause/sentence.
    const windowed = await lint(GOOD_RULE.replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", "'处以?[^，。；]{0,12}罚款'"));
    expect(windowed.some((p) => p.message.includes('任意字符窗口'))).toBe(true);
    const redos = await lint(GOOD_RULE.replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", "'(款+)+元'"));
    expect(redos.some((p) => p.message.includes('回溯') && p.line === 10)).toBe(true);
  });

  it('rejects alternations that overlap, bounded nested repetition and polynomial wildcards (issue 16)', async () => {
    for (const re of ['(罚|款|罚款)*处', '(?:罚{1,20}){1,20}处', '[\\s\\S]*罚[\\s\\S]*款', '[^。]+处[^。]+罚款']) {
      const problems = await lint(GOOD_RULE.replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", `'${re}'`));
      expect(problems.some((p) => /回溯|多项式/.test(p.message) && p.line === 10), re).toBe(true);
    }
  });

  it('checks regexes when a rule set is loaded for a check, not only in lint', async () => {
    const dir = ruleDir({ 'test.yaml': GOOD_RULE.replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", "'(罚|款|罚款)*处'") });
    const err = await loadRuleSet(dir, corpus, {}).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(RuleSetError);
    expect((err as Error).message).toMatch(/回溯/);
  });

  it('rejects placeholders that cannot be filled', async () => {
    const problems = await lint(GOOD_RULE.replace('本条设定了罚款“{match}”', '本条设定了罚款“{amount}”{limit}'));
    expect(problems.filter((p) => p.message.includes('占位符')).length).toBe(2);
  });

  it('makes loadRuleSet fail with a RuleSetError instead of running a broken set', async () => {
    const dir = ruleDir({ 'test.yaml': GOOD_RULE.replace('article: 第十六条', 'article: 第二百条') });
    await expect(loadRuleSet(dir, corpus, {})).rejects.toBeInstanceOf(RuleSetError);
  });

  it('rejects a profile that names an unknown rule or does not exist', async () => {
    const dir = ruleDir({ 'test.yaml': GOOD_RULE, 'profiles/x.yaml': 'name: x\ntitle: 测试\nseverity: { penalty/nope: info }\n' });
    expect((await lintRuleDir(dir, corpus)).problems.some((p) => p.message.includes('penalty/nope'))).toBe(true);
    await expect(loadRuleSet(dir, corpus, { profile: 'missing' })).rejects.toBeInstanceOf(RuleSetError);
  });

  it('takes compareWith only on pattern rules', async () => {
    expect(await lint(GOOD_RULE.replace('    kind: pattern\n', '    kind: pattern\n    compareWith: designation-ban\n'))).toEqual([]);
    expect((await lint(GOOD_RULE.replace('    kind: pattern\n', '    kind: pattern\n    compareWith: anything\n'))).length).toBeGreaterThan(0);
    const comparison = GOOD_RULE.replace('    kind: pattern\n', '    kind: comparison\n    compares: threshold\n    compareWith: licence-conditions\n');
    expect((await lint(comparison)).map((p) => p.message)).toEqual(['penalty/test-fine: compareWith 只用于 pattern 规则']);
  });

  it('takes frame-conflict only where the citation guard compares frames', async () => {
    // A penalty rule compares frames by default; switched off, the frames are never read and the rule could not report.
    expect(await lint(GOOD_RULE.replace('    kind: pattern\n', '    kind: pattern\n    compareWith: frame-conflict\n'))).toEqual([]);
    const off = GOOD_RULE.replace('    kind: pattern\n', '    kind: pattern\n    compareWith: frame-conflict\n    guards: { citation: false, reason: 测试 }\n');
    expect((await lint(off)).map((p) => p.message)).toEqual(['penalty/test-fine: frame-conflict 需要开启 citation 防误报保护（条文比较）']);
  });

  it('takes namedLawArticle on pattern rules only, with regexes that compile, and not beside compareWith', async () => {
    const named = (says: string) => `    kind: pattern\n    namedLawArticle: { says: [${says}], note: '对照《{law}》{article}' }\n`;
    expect(await lint(GOOD_RULE.replace('    kind: pattern\n', named("'征用', '补偿'")))).toEqual([]);
    expect((await lint(GOOD_RULE.replace('    kind: pattern\n', named("'征用(', '补偿'")))).map((p) => p.message).join()).toContain('正则表达式无效');
    expect((await lint(GOOD_RULE.replace('    kind: pattern\n', named("'征用'") + '    compareWith: designation-ban\n'))).map((p) => p.message))
      .toEqual(['penalty/test-fine: namedLawArticle 与 compareWith 只能选一个']);
    expect((await lint(GOOD_RULE.replace('    kind: pattern\n', "    kind: pattern\n    namedLawArticle: { says: ['征用'] }\n"))).length).toBeGreaterThan(0);
    // A rule whose basis is the named law's article only: {law} may stand without a basis of its own, but not beside
    // basisInForce (there is no basis of its own to date).
    const onlyNamed = GOOD_RULE.replace('    kind: pattern\n', "    kind: pattern\n    namedLawArticle: { says: ['征用'], note: '对照', required: true }\n")
      .replace(/    basis:\n.*\n/, '    basis: []\n');
    expect(await lint(onlyNamed)).toEqual([]);
    expect((await lint(onlyNamed.replace('    scope: sentence\n', '    scope: sentence\n    appliesTo: { basisInForce: true }\n'))).map((p) => p.message).join()).toContain('basisInForce');
    expect((await lint(onlyNamed.replace('required: true', 'required: false'))).map((p) => p.message).join()).toContain('需要 basis');
  });
});
