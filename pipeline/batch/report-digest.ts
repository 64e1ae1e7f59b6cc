// What the main thread keeps of each document's report while the batch runs: enough for the summary
// and the exit code (status, and each finding's severity and category), never the texts.
import type { Category, DocumentReport, Severity } from '../model/types.ts';

export type ReportDigest = Pick<DocumentReport, 'path' | 'status'> & { findings: { severity: Severity; category: Category }[] };

export function digestOf(r: DocumentReport): ReportDigest {
  return { path: r.path, status: r.status, findings: r.findings.map((f) => ({ severity: f.severity, category: f.category })) };
}

/** A document's report as report.json holds it (before indenting to its depth there). */
export function serialiseReport(r: DocumentReport): string {
  return JSON.stringify(r, null, 2);
}
