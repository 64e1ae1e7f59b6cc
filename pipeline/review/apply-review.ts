// What check --review and --baseline/--new-only do to each document's report before it is written:
// mark the findings a reviewer decided on, and leave out the findings an earlier run already had
// (matched by document path or content hash, and fingerprint), so CI shows only what is new.
import { existsSync } from 'node:fs';
import { loadReportFile } from './report-file.ts';
import { REVIEW_STATUSES, type DocumentReport, type Finding, type ReviewStatus, type RunReport } from '../model/types.ts';
import type { ReviewMemory } from './review-file.ts';

export interface Baseline {
  file: string;
  has(d: Pick<DocumentReport, 'path' | 'sha256'>, findingId: string): boolean;
}

export function baselineFrom(report: Pick<RunReport, 'documents'>, file: string): Baseline {
  const keys = new Set<string>();
  for (const d of report.documents) {
    for (const f of d.findings ?? []) {
      keys.add(`p\u0000${d.path}\u0000${f.id}`);
      if (d.sha256) keys.add(`h\u0000${d.sha256}\u0000${f.id}`);
    }
  }
  return {
    file,
    has: (d, id) => keys.has(`p\u0000${d.path}\u0000${id}`) || (!!d.sha256 && keys.has(`h\u0000${d.sha256}\u0000${id}`)),
  };
}

/** An earlier report.json; `missingOk` (for --new-only) makes an absent file no baseline. */
export async function loadBaseline(file: string, missingOk = false): Promise<Baseline | null> {
  if (missingOk && !existsSync(file)) return null;
  return baselineFrom(await loadReportFile(file, '作为基线的报告'), file);
}

export interface ReviewStep {
  memory?: ReviewMemory;
  baseline?: Baseline | null;
  /** Findings found across the batch (cross-document conflicts), by document path: added first. */
  extra?: Map<string, Finding[]>;
}

/** Applies the review marks and the baseline to one document (a pure function of the document). */
export class ReviewApplier {
  constructor(private readonly step: ReviewStep) {}

  get active(): boolean {
    return !!(this.step.memory || this.step.baseline || this.step.extra?.size);
  }

  apply(d: DocumentReport): DocumentReport {
    let findings = d.findings;
    const { baseline, memory, extra } = this.step;
    const more = extra?.get(d.path);
    // In document order, the batch's findings among the document's own.
    if (more?.length) findings = [...findings, ...more].map((f, i) => ({ f, i })).sort((a, b) => a.f.location.start - b.f.location.start || a.i - b.i).map((x) => x.f);
    if (baseline) findings = findings.filter((f) => !baseline.has(d, f.id));
    if (memory) {
      findings = findings.map((f) => {
        const review = memory.lookup(d.path, f.id);
        return review ? { ...f, review } : f;
      });
    }
    return findings === d.findings ? d : { ...d, findings };
  }

  /** The summary's extensions for documents this applier produced from `originals`. */
  summaryOf(pairs: { original: DocumentReport; reviewed: DocumentReport }[]): Partial<RunReport['summary']> {
    const out: Partial<RunReport['summary']> = {};
    if (this.step.memory) {
      const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
      for (const { reviewed } of pairs) for (const f of reviewed.findings) if (f.review) counts[f.review.status]++;
      out.reviewed = counts;
    }
    if (this.step.baseline) {
      let known = 0;
      for (const { original, reviewed } of pairs) known += original.findings.length + (this.step.extra?.get(original.path)?.length ?? 0) - reviewed.findings.length;
      out.baseline = { file: this.step.baseline.file, known };
    }
    return out;
  }
}
