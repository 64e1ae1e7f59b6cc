// What check --review and --baseline/--new-only do to each document's report before it is written:
// mark the findings a reviewer decided on, and leave out the findings an earlier run already had
// (matched by document path or content hash, and fingerprint), so CI shows only what is new. Both go by place: every
// place of a merged finding has the fingerprint it had as a finding of its own (split-places.ts).
import { existsSync } from 'node:fs';
import { loadReportFile } from './report-file.ts';
import { placeIds } from '../model/places.ts';
import { REVIEW_STATUSES, type DocumentReport, type Finding, type FindingReview, type ReviewStatus, type RunReport } from '../model/types.ts';
import type { ReviewMemory } from './review-file.ts';
import { inDocumentOrder, splitPlaces } from './split-places.ts';

export interface Baseline {
  file: string;
  has(d: Pick<DocumentReport, 'path' | 'sha256'>, findingId: string): boolean;
}

export function baselineFrom(report: Pick<RunReport, 'documents'>, file: string): Baseline {
  const keys = new Set<string>();
  for (const d of report.documents) {
    for (const f of d.findings ?? []) {
      for (const id of placeIds(f)) {
        keys.add(`p\u0000${d.path}\u0000${id}`);
        if (d.sha256) keys.add(`h\u0000${d.sha256}\u0000${id}`);
      }
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
    if (more?.length) findings = [...findings, ...more];
    // The places the earlier run had are left out; a merged finding keeps its new places.
    if (baseline) findings = findings.flatMap((f) => splitPlaces(f, (p) => (baseline.has(d, p.id) ? null : 'new')).map((x) => x.finding));
    if (memory) findings = findings.flatMap((f) => reviewed(f, (id) => memory.lookup(d.path, id)));
    // In document order: the batch's findings among the document's own, and a place split off where it stands.
    return findings === d.findings ? d : { ...d, findings: inDocumentOrder(findings) };
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
      // Findings left out whole: a finding with a place the baseline lacks is listed (with its new places only).
      for (const { original, reviewed } of pairs) {
        const listed = new Set(reviewed.findings.flatMap(placeIds));
        known += [...original.findings, ...(this.step.extra?.get(original.path) ?? [])].filter((f) => !placeIds(f).some((id) => listed.has(id))).length;
      }
      out.baseline = { file: this.step.baseline.file, known };
    }
    return out;
  }
}

/**
 * The finding with the reviewer's decisions: the decision on its own id covers the places that have none of their
 * own (the reviewer decided on the problem); a place decided otherwise — a decision recorded when it was a finding
 * of its own — becomes a finding with that decision, so it still applies there and only there.
 */
function reviewed(f: Finding, lookup: (id: string) => FindingReview | undefined): Finding[] {
  const own = lookup(f.id);
  const decisions = new Map<string, FindingReview>();
  const parts = splitPlaces(f, (p, i) => {
    const r = (i === 0 ? undefined : lookup(p.id)) ?? own;
    const key = r?.status ?? '';
    if (r && !decisions.has(key)) decisions.set(key, r);
    return key;
  });
  return parts.map(({ key, finding }) => {
    const review = decisions.get(key);
    return review ? { ...finding, review } : finding;
  });
}
