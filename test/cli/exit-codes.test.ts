import { describe, expect, it } from 'vitest';
import { exitCodeFor, worstExit, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from '../../pipeline/cli/exit-codes.ts';
import { buildRunReport } from '../../pipeline/engine/build-report.ts';
import { emptyMeta, type DocumentReport, type Finding, type Severity } from '../../pipeline/model/types.ts';

function finding(severity: Severity): Finding {
  return {
    id: `f-${severity}-0000000000`, ruleId: 'penalty/test', category: 'penalty', severity, title: '测试',
    message: '测试', suggestion: '', basis: [], related: [],
    location: { label: '第一条', path: ['第一条'], start: 0, end: 1, text: '处', match: '处' },
  };
}

function doc(path: string, status: DocumentReport['status'], severities: Severity[] = []): DocumentReport {
  return {
    path, sha256: '', format: 'txt', status, meta: emptyMeta(), findings: severities.map(finding),
    ...(status === 'ok' ? {} : { error: { code: 'x', message: '无法读取' } }),
  };
}

const RULESET = { id: 't', version: '1', hash: 'h', rules: [] };

describe('exit code of a run (DESIGN §2)', () => {
  const cases: [string, DocumentReport[], Parameters<typeof exitCodeFor>[1], number][] = [
    ['clean batch', [doc('a', 'ok')], 'error', EXIT_OK],
    ['error finding, fail-on error', [doc('a', 'ok', ['error'])], 'error', EXIT_FINDINGS],
    ['warning finding, fail-on error', [doc('a', 'ok', ['warning'])], 'error', EXIT_OK],
    ['warning finding, fail-on warning', [doc('a', 'ok', ['warning'])], 'warning', EXIT_FINDINGS],
    ['info finding, fail-on warning', [doc('a', 'ok', ['info'])], 'warning', EXIT_OK],
    ['info finding, fail-on info', [doc('a', 'ok', ['info'])], 'info', EXIT_FINDINGS],
    ['error finding, fail-on never', [doc('a', 'ok', ['error'])], 'never', EXIT_OK],
    ['unreadable document beats findings', [doc('a', 'ok', ['error']), doc('b', 'failed')], 'error', EXIT_UNREADABLE],
    ['unsupported document', [doc('a', 'unsupported')], 'never', EXIT_UNREADABLE],
    ['no-text document', [doc('a', 'no-text')], 'error', EXIT_UNREADABLE],
  ];
  for (const [name, docs, failOn, code] of cases) {
    it(name, () => expect(exitCodeFor(buildRunReport(docs, RULESET), failOn)).toBe(code));
  }

  it('combines codes by precedence 2 > 3 > 1 > 0', () => {
    expect(worstExit(EXIT_OK, EXIT_FINDINGS)).toBe(EXIT_FINDINGS);
    expect(worstExit(EXIT_FINDINGS, EXIT_UNREADABLE)).toBe(EXIT_UNREADABLE);
    expect(worstExit(EXIT_UNREADABLE, EXIT_ERROR, EXIT_FINDINGS)).toBe(EXIT_ERROR);
    expect(worstExit(EXIT_OK)).toBe(EXIT_OK);
  });
});
