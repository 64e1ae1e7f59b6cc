// Review memory, baselines and diff go by place: a merged finding (Finding.alsoAt) keeps the fingerprint each of its
// places had as a finding of its own, so a decision recorded on any of them still applies, a place the baseline knows
// is not new, and a place that moved into another finding's alsoAt is not "resolved".
import { describe, expect, it } from 'vitest';
import { atEachPlace, placeIds } from '../../pipeline/model/places.ts';
import type { DocumentReport, Finding, RunReport } from '../../pipeline/model/types.ts';
import { baselineFrom, ReviewApplier } from '../../pipeline/review/apply-review.ts';
import { diffReports } from '../../pipeline/review/diff-reports.ts';
import { ReviewMemory, type ReviewEntry } from '../../pipeline/review/review-file.ts';
import { mergeRepeats } from '../../pipeline/rules/merge-repeats.ts';

const PATH = 'filings/青镇发〔2024〕5号.txt';

function fine(label: string, match: string, start: number): Finding {
  return {
    id: `id-${label}`, ruleId: 'penalty/normative-doc-sets-fine', category: 'penalty', severity: 'error', title: '规范性文件设定罚款',
    message: `本条设定了罚款“${match}”。`, suggestion: '删除该罚款规定。',
    location: { label, path: [label], start, end: start + match.length, text: `${label} 违反的，${match}。`, match },
    basis: [{ law: '中华人民共和国行政处罚法', lawId: 'xzcff', version: '2021-01-22', article: '第十六条', text: '除法律、法规、规章外，其他规范性文件不得设定行政处罚。' }],
    related: [],
  };
}

const separate = [fine('第三条', '处二百元罚款', 40), fine('第五条', '处五百元罚款', 90), fine('第七条', '处一百元罚款', 140)];
const merged = mergeRepeats(separate, () => true);
const doc = (findings: Finding[]): DocumentReport => ({
  path: PATH, sha256: 'a'.repeat(64), format: 'txt', status: 'ok', findings,
  meta: { title: '青山镇人民政府关于加强集镇环境卫生管理的通告', docNumber: '青镇发〔2024〕5号', docType: '通告', issuers: [], issuedOn: null, effectiveOn: null, validUntil: null, pages: null },
});
const run = (findings: Finding[]): RunReport => ({
  schemaVersion: 1, tool: { name: 'beishen', version: '0.1.0' }, ruleset: { id: 'r', version: '1', rules: 1, hash: 'h' }, generatedAt: '2025-03-01T00:00:00Z',
  summary: { documents: 1, ok: 1, failed: 0, findings: { error: findings.length, warning: 0, info: 0 }, byCategory: {} }, documents: [doc(findings)],
});
const decide = (entries: [string, ReviewEntry['status']][]) =>
  new ReviewApplier({ memory: new ReviewMemory(entries.map(([id, status]) => ({ id, document: PATH, status, reviewer: '王审查' }))) });
const shape = (fs: Finding[]) => fs.map((f) => [placeIds(f).join('+'), f.review?.status ?? null]);

describe('review decisions on a merged finding', () => {
  it('the merged finding is one finding with three places', () => {
    expect(shape(merged)).toEqual([['id-第三条+id-第五条+id-第七条', null]]);
  });

  it('a decision on the finding\'s own id covers every place that has none', () => {
    expect(shape(decide([['id-第三条', 'accepted']]).apply(doc(merged)).findings)).toEqual([['id-第三条+id-第五条+id-第七条', 'accepted']]);
  });

  it('a decision recorded on an id that is now another place applies there, and only there', () => {
    const reviewed = decide([['id-第五条', 'not-a-problem']]).apply(doc(merged)).findings;
    expect(shape(reviewed)).toEqual([['id-第三条+id-第七条', null], ['id-第五条', 'not-a-problem']]);
    // The place split off is the finding it was: its own location and message.
    expect(reviewed[1]).toMatchObject({ location: separate[1]!.location, message: separate[1]!.message, review: { status: 'not-a-problem', reviewer: '王审查' } });
  });

  it('places decided otherwise than the finding go apart, each with its decision', () => {
    const reviewed = decide([['id-第三条', 'not-a-problem'], ['id-第七条', 'corrected']]).apply(doc(merged)).findings;
    expect(shape(reviewed)).toEqual([['id-第三条+id-第五条', 'not-a-problem'], ['id-第七条', 'corrected']]);
    const summary = decide([['id-第三条', 'not-a-problem'], ['id-第七条', 'corrected']]).summaryOf([{ original: doc(merged), reviewed: doc(reviewed) }]);
    expect(summary.reviewed).toEqual({ accepted: 0, 'not-a-problem': 1, corrected: 1 });
  });
});

describe('a baseline by place', () => {
  it('an earlier run that reported each place apart knows every place of the merged finding', () => {
    const applier = new ReviewApplier({ baseline: baselineFrom(run(separate), 'old.json') });
    const out = applier.apply(doc(merged));
    expect(out.findings).toEqual([]);
    // Counted as this run counts: one finding left out.
    expect(applier.summaryOf([{ original: doc(merged), reviewed: out }]).baseline).toEqual({ file: 'old.json', known: 1 });
  });

  it('a place the earlier run lacked is new, as a finding of its own places', () => {
    const applier = new ReviewApplier({ baseline: baselineFrom(run([separate[0]!]), 'old.json') });
    const out = applier.apply(doc(merged));
    expect(shape(out.findings)).toEqual([['id-第五条+id-第七条', null]]);
    expect(out.findings[0]!.location.label).toBe('第五条');
    expect(applier.summaryOf([{ original: doc(merged), reviewed: out }]).baseline?.known).toBe(0);
  });
});

describe('beishen diff by place', () => {
  it('places merged into one finding are neither resolved nor new', () => {
    const d = diffReports(run(separate), run(merged));
    expect(d.summary.findings).toEqual({ added: 0, resolved: 0, changed: 0, unchanged: 1 });
    expect(d.documents).toEqual([]);
  });

  it('and taken apart again, none is new', () => {
    expect(diffReports(run(merged), run(merged.flatMap(atEachPlace))).summary.findings).toEqual({ added: 0, resolved: 0, changed: 0, unchanged: 3 });
  });

  it('a place lost or gained is a change of the finding, named by its label', () => {
    const two = mergeRepeats(separate.slice(0, 2), () => true);
    const lost = diffReports(run(merged), run(two));
    expect(lost.summary.findings).toEqual({ added: 0, resolved: 0, changed: 1, unchanged: 0 });
    expect(lost.documents[0]!.changed[0]).toMatchObject({ id: 'id-第三条', fields: ['places'], places: { added: [], removed: ['第七条'] } });
    const gained = diffReports(run(two), run(merged));
    expect(gained.documents[0]!.changed[0]).toMatchObject({ fields: ['places'], places: { added: ['第七条'], removed: [] } });
  });

  it('a problem gone everywhere is resolved once', () => {
    const d = diffReports(run(merged), run([]));
    expect(d.summary.findings).toEqual({ added: 0, resolved: 1, changed: 0, unchanged: 0 });
  });
});
