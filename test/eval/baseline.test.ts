// Baseline comparison on synthetic summaries: equal passes, lower fails, better passes.
import { describe, expect, it } from 'vitest';
import { baselineFigures, compareWithBaseline, type Baseline } from '../../pipeline/eval/baseline.ts';
import { summarise, type DocumentEvaluation } from '../../pipeline/eval/metrics.ts';
import { matchDocument } from '../../pipeline/eval/match.ts';
import type { Finding } from '../../pipeline/model/types.ts';
import type { GoldDoc } from '../../pipeline/eval/gold.ts';

const issuer = { name: '青石镇人民政府', level: 'township', kind: 'government' } as const;
function doc(clean: boolean, findings: Finding[]): DocumentEvaluation {
  const gold: GoldDoc = {
    sidecar: 'a.yaml', document: 'a.txt', path: '/x/a.txt', clean, issuer,
    expected: clean ? [] : [{ provision: '第三条', category: 'authority' }],
  };
  return { gold, status: 'ok', issuers: [issuer], match: matchDocument(gold.expected, findings) };
}
function f(label: string, severity: Finding['severity'] = 'error'): Finding {
  return {
    id: label, ruleId: 'r', category: 'authority', severity, title: '', message: '', suggestion: '',
    location: { label, path: [label], start: 0, end: 1, text: '', match: '' }, basis: [], related: [],
  };
}

const good = summarise([doc(false, [f('第三条')]), doc(true, [])], [], '/none', false);
const worse = summarise([doc(false, [f('第四条')]), doc(true, [f('第一条')])], [], '/none', false);
const base = (s = good): Baseline => ({ recordedAt: 'x', ruleset: { id: 'r', version: '1', rules: 1 }, documents: 2, ...baselineFigures(s) });

describe('summarise', () => {
  it('computes recall, precision and clean-document errors', () => {
    expect(good.overall).toMatchObject({ recall: 1, precision: 1 });
    expect(good.byCategory.authority).toMatchObject({ labels: 1, recalled: 1, findings: 1 });
    expect(good.byCategory.penalty.recall).toBeNull();
    expect(worse.overall).toMatchObject({ recall: 0, precision: 0, falsePositives: 2 });
    expect(worse.cleanErrors).toBe(1);
    expect(good.issuerAccuracy).toBe(1);
  });
});

describe('compareWithBaseline', () => {
  it('passes on exact equality', () => {
    expect(compareWithBaseline(good, base())).toEqual({ regressions: [], improvements: [] });
  });
  it('fails when a ratio drops or an error count rises', () => {
    const { regressions } = compareWithBaseline(worse, base());
    const names = regressions.map((r) => r.figure);
    expect(names).toEqual(expect.arrayContaining(['overall.recall', 'overall.precision', 'authority.recall', 'cleanErrors']));
  });
  it('passes improvements and names them', () => {
    const r = compareWithBaseline(good, base(worse));
    expect(r.regressions).toEqual([]);
    expect(r.improvements.map((i) => i.figure)).toContain('overall.recall');
  });
  it('skips control figures when the controls are absent here', () => {
    const b = base();
    b.atMost['controls.errorFindings'] = 0;
    expect(compareWithBaseline(good, b).regressions).toEqual([]);
  });
});
