// What the main thread keeps of each document's report while the batch runs: enough for the summary
// and the exit code (status, and each finding's severity and category), never the texts.
import type { Category, DocumentReport, Severity } from '../model/types.ts';

export type ReportDigest = Pick<DocumentReport, 'path' | 'status'> & { findings: { severity: Severity; category: Category }[] };

export function digestOf(r: DocumentReport): ReportDigest {
  return { path: r.path, status: r.status, findings: r.findings.map((f) => ({ severity: f.severity, category: f.category })) };
}

const shared = new Map<string, { severity: Severity; category: Category }>();

/**
 * The digest as the main process keeps it for the rest of the batch: each (severity, category) pair
 * is one shared object, so 10,000 documents with a dozen findings each hold no more than their paths
 * and a few pointers (memory flat in the batch size).
 */
export function compactDigest(d: ReportDigest): ReportDigest {
  const findings = d.findings.map((f) => {
    const key = `${f.severity}/${f.category}`;
    let one = shared.get(key);
    if (!one) shared.set(key, (one = Object.freeze({ severity: f.severity, category: f.category })));
    return one;
  });
  return { path: d.path, status: d.status, findings };
}

/** A document's report as report.json holds it (before indenting to its depth there). */
export function serialiseReport(r: DocumentReport): string {
  return JSON.stringify(r, null, 2);
}
