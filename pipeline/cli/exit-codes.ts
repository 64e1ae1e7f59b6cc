// Exit codes (DESIGN §2): 0 clean; 1 findings at or above --fail-on; 2 usage, configuration,
// rule-set or internal error; 3 some input could not be read. Precedence 2 > 3 > 1 > 0.
import type { RunReport, Severity } from '../model/types.ts';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
export const EXIT_UNREADABLE = 3;

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: FailOn[] = ['error', 'warning', 'info', 'never'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function exitCodeFor(report: RunReport, failOn: FailOn): number {
  if (report.documents.some((d) => d.status !== 'ok')) return EXIT_UNREADABLE;
  if (failOn === 'never') return EXIT_OK;
  const threshold = RANK[failOn];
  // A finding the reviewer marked "not a problem" (check --review) no longer fails the run.
  const hit = report.documents.some((d) => d.findings.some((f) => RANK[f.severity] >= threshold && f.review?.status !== 'not-a-problem'));
  return hit ? EXIT_FINDINGS : EXIT_OK;
}

/** Combine codes by precedence 2 > 3 > 1 > 0. */
export function worstExit(...codes: number[]): number {
  const order = [EXIT_ERROR, EXIT_UNREADABLE, EXIT_FINDINGS, EXIT_OK];
  for (const c of order) if (codes.includes(c)) return c;
  return EXIT_ERROR;
}
