// The `actor: administration` guard (rules/guards.ts, isOwnActOfPublic): a measure the party takes on its own is no
// measure of the administration. Its subject may end the clause before a clause that opens with the modal. Synthetic
// rule; the sentences are the shapes township notices take.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { ruleDir } from './support/temp-rules.ts';

const corpus = await loadCorpus();
const dir = ruleDir({
  'test.yaml': `rules:
  - id: coercion/test-culling
    kind: pattern
    category: coercion
    severity: error
    title: 测试规则扑杀
    scope: sentence
    match: { anyOf: [ { regex: '扑杀|捕杀' } ] }
    message: 本条规定了“{match}”（《{law}》{article}）。
    suggestion: 删除。
    basis:
      - { law: 中华人民共和国行政强制法, article: 第十条, quote: 行政强制措施由法律设定 }
    guards: { actor: administration, citation: false, referral: false, reason: 只测实施主体 }
    examples:
      invalid: [ 对违规饲养的家禽，予以扑杀。 ]
      valid: [ 养殖户应当自行扑杀病死家禽。 ]
`,
});
const rs = await loadRuleSet(dir, corpus, { profile: 'default' });
const flagged = (text: string) => checkText(rs, corpus, `一、${text}`, { issuer: { name: '马路镇人民政府', level: 'township', kind: 'government' }, issuedOn: '2023-06-01' })
  .some((f) => f.ruleId === 'coercion/test-culling');

describe('actor: administration', () => {
  it('leaves a measure the party takes, its subject before the clause that opens with the modal', () => {
    expect(flagged('庄稼受害严重的农户，可以在承包地周边架设围网捕杀野猪。')).toBe(false);
    expect(flagged('养殖场户应当自行扑杀染疫家禽。')).toBe(false);
  });

  it('still reads a measure imposed on the party, or one whose subject is not the party, as the administration\'s', () => {
    expect(flagged('违规养殖的农户，应当予以扑杀。')).toBe(true);
    expect(flagged('对违规散养的，可以予以扑杀。')).toBe(true);
    expect(flagged('违规散养的家禽，由镇政府统一扑杀。')).toBe(true);
  });
});
