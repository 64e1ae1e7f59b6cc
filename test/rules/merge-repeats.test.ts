// One problem, one opinion: findings of one document with the same rule, severity and basis are one finding with
// its other places in `alsoAt` (pipeline/rules/merge-repeats.ts). Unit cases on findings as the engine builds them,
// then the engine itself on a township notice that sets fines in three clauses.
import { describe, expect, it } from 'vitest';
import type { Finding, ResolvedArticle } from '../../pipeline/model/types.ts';
import { atEachPlace, placeIds } from '../../pipeline/model/places.ts';
import { basisSetKey, mergeRepeats } from '../../pipeline/rules/merge-repeats.ts';
import { fingerprint } from '../../pipeline/rules/postprocess.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import type { ExampleMeta } from '../../pipeline/rules/types.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const article = (law: string, label: string): ResolvedArticle => ({ law, lawId: law, version: '2021-01-22', article: label, text: `${label}的条文` });
const P16 = article('中华人民共和国行政处罚法', '第十六条');
const P24 = article('中华人民共和国行政处罚法', '第二十四条');

/** A fine finding at a clause, as toFindings builds it (message naming its own match). */
function fine(label: string, match: string, start: number, extra: Partial<Finding> = {}): Finding {
  const text = `${label} 违反的，${match}。`;
  return {
    id: fingerprint('penalty/normative-doc-sets-fine', label, match, 0),
    ruleId: 'penalty/normative-doc-sets-fine', category: 'penalty', severity: 'error', title: '规范性文件设定罚款',
    message: `本条设定了罚款“${match}”。其他规范性文件不得设定行政处罚。`, suggestion: '删除该罚款规定。',
    location: { label, path: [label], start, end: start + match.length, text, match },
    basis: [P16, P24], related: [], ...extra,
  };
}

const all = () => true;

describe('mergeRepeats', () => {
  it('merges findings of one rule, severity and basis (in any order) into the first, which keeps its id', () => {
    const three = [fine('第三条', '处二百元罚款', 40), fine('第五条', '处五百元罚款', 90, { basis: [P24, P16] }), fine('第七条', '处一百元罚款', 140)];
    const [merged, ...rest] = mergeRepeats(three, all);
    expect(rest).toEqual([]);
    expect(merged!.id).toBe(three[0]!.id);
    expect(merged!.location).toEqual(three[0]!.location);
    expect(merged!.alsoAt!.map((p) => [p.id, p.label, p.match, p.start])).toEqual([
      [three[1]!.id, '第五条', '处五百元罚款', 90], [three[2]!.id, '第七条', '处一百元罚款', 140]]);
    // Every place is the finding it was: merged and taken apart again, nothing is lost.
    expect(atEachPlace(merged!)).toEqual(three.map((f) => ({ ...f, basis: three[0]!.basis })));
    expect(placeIds(merged!)).toEqual(three.map((f) => f.id));
    // The findings given are not changed.
    expect(three[0]!.alsoAt).toBeUndefined();
  });

  it('keeps a place\'s own message only where it differs from the finding\'s', () => {
    const same = { message: '本条设定了罚款。' };
    const [merged] = mergeRepeats([fine('第三条', '处二百元罚款', 40, same), fine('第五条', '处五百元罚款', 90, same),
      fine('第七条', '处一百元罚款', 140)], all);
    expect(merged!.alsoAt![0]).not.toHaveProperty('message');
    expect(merged!.alsoAt![1]!.message).toBe('本条设定了罚款“处一百元罚款”。其他规范性文件不得设定行政处罚。');
  });

  it('does not merge another basis, another severity, another meant act or other powers taken in', () => {
    const base = fine('第三条', '处二百元罚款', 40);
    const others = [
      fine('第五条', '处五百元罚款', 90, { basis: [P16] }),
      fine('第六条', '处五百元罚款', 110, { basis: [P16, P24, article('森林防火条例', '第五十条')] }),
      fine('第七条', '处一百元罚款', 140, { severity: 'warning' }),
      fine('第八条', '处一百元罚款', 160, { meantLaw: '森林防火条例' }),
      fine('第九条', '处一百元罚款', 180, { alsoRules: ['coercion/normative-doc-sets-measure'] }),
      fine('第十条', '处一百元罚款', 200, { suggestion: '改为依照有关法律处理。' }),
    ];
    const out = mergeRepeats([base, ...others], all);
    expect(out).toHaveLength(7);
    expect(out.every((f) => !f.alsoAt)).toBe(true);
  });

  it('leaves alone the findings it is told not to merge (document-level and citation rules)', () => {
    const validity = (start: number): Finding => ({ ...fine('全文', '', start), ruleId: 'form/validity-missing', id: `validity-${start}` });
    const out = mergeRepeats([validity(0), validity(0), fine('第三条', '处二百元罚款', 40), fine('第五条', '处五百元罚款', 90)],
      (f) => f.ruleId !== 'form/validity-missing');
    expect(out.map((f) => [f.ruleId, f.alsoAt?.length ?? 0])).toEqual([
      ['form/validity-missing', 0], ['form/validity-missing', 0], ['penalty/normative-doc-sets-fine', 1]]);
  });

  it('keys a basis by law and article, whatever the order and repeats', () => {
    expect(basisSetKey([P16, P24])).toBe(basisSetKey([P24, P16, P24]));
    expect(basisSetKey([P16])).not.toBe(basisSetKey([P24]));
  });
});

describe('the engine merges a problem a notice repeats', async () => {
  const { corpus, rs } = await shippedRuleSet();
  const TOWNSHIP: ExampleMeta = { issuers: [{ name: '青山镇人民政府', level: 'township', kind: 'government' }], docType: '通告', issuedOn: '2024-03-01' };
  const notice = ['第一条 本通告适用于本镇集镇规划区。', '第二条 禁止在街道两侧乱堆乱放杂物。违反的，由镇综合执法队责令清除，并处二百元罚款。',
    '第三条 禁止在集镇街道上占道经营。违反的，由镇综合执法队处五百元罚款。', '第四条 禁止随意倾倒生活垃圾。违反的，处一百元罚款。',
    '第五条 本通告自发布之日起施行。'].join('\n');

  it('reports the three fines as one finding at 第二条 with 第三条 and 第四条 as its other places, each with its own id', () => {
    const findings = checkText(rs, corpus, notice, TOWNSHIP);
    const fines = findings.filter((f) => f.ruleId === 'penalty/normative-doc-sets-fine');
    expect(fines).toHaveLength(1);
    const f = fines[0]!;
    expect([f.location.label, ...f.alsoAt!.map((p) => p.label)]).toEqual(['第二条', '第三条', '第四条']);
    // The ids are the fingerprints each place had as a finding of its own: the first keeps the id it had before.
    expect(placeIds(f)).toEqual(atEachPlace(f).map((p) => fingerprint(p.ruleId, p.location.label, p.location.match, 0)));
    expect(f.alsoAt!.map((p) => p.match)).toEqual(['处五百元罚款', '处一百元罚款']);
    for (const p of f.alsoAt!) expect(notice.slice(p.start, p.end)).toBe(p.match);
  });
});
