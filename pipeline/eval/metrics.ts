// Figures over the whole gold set: recall and precision per category and overall, basis
// accuracy, errors on clean documents and on the real controls. Ratios are rounded to four
// places so a stored baseline compares exactly with a re-run.
import { CATEGORIES, type Category, type DocMeta, type DocStatus, type Finding, type Issuer } from '../model/types.ts';
import type { GoldDoc } from './gold.ts';
import type { DocumentMatch } from './match.ts';
import { ownDate } from '../rules/context.ts';

export interface DocumentEvaluation {
  gold: GoldDoc;
  status: DocStatus;
  error?: string;
  /** Issuers as the structure stage read them off the document. */
  issuers: Issuer[];
  /** The whole metadata read off the document (title, dates …), for the reviewer of the evaluation. */
  meta?: DocMeta;
  match: DocumentMatch;
}

export interface ControlEvaluation {
  path: string;
  status: DocStatus;
  error?: string;
  errors: Finding[];
  warnings: number;
}

export interface Figures {
  labels: number;
  recalled: number;
  findings: number;
  truePositives: number;
  falsePositives: number;
  recall: number | null;
  precision: number | null;
}

export interface EvalSummary {
  documents: number;
  cleanDocuments: number;
  failedDocuments: number;
  overall: Figures & {
    basisLabelled: number; basisCorrect: number; basisAccuracy: number | null;
    /** Recalled with the right article (a label without a basis counts when recalled). */
    recalledWithBasis: number; recallWithBasis: number | null;
    /** A finding on the right clause citing the wrong article counts half. */
    weightedRecall: number | null;
  };
  byCategory: Record<Category, Figures>;
  /** Error-level findings on documents labelled clean (target 0). */
  cleanErrors: number;
  cleanDocumentsWithErrors: number;
  /** Labelled issuer level and kind read correctly off the document (level only where no kind is labelled). */
  issuerAccuracy: number | null;
  /** Documents whose sources give a full date: how many the tool dated at all, and how many on that very day (its
   *  own date, as the rules judge it: issued, else published, else in effect). */
  documentDate: { labelled: number; dated: number; same: number; share: number | null };
  /** Documents labelled with a township issuer on which a township-level issuer was read. */
  township: { labelled: number; recognised: number; share: number | null };
  /** Labels whose quote could not be found in the extracted text (anchored labels only). */
  unlocatedLabels: number;
  /** Findings on clauses the labels call doubtful (counted neither way). */
  doubtfulFindings: number;
  /** False positives that repeat a recalled label's problem elsewhere in its document (same rule), and the
   *  precision counted without them — beside, never instead of, the precision above. */
  repeats: { findings: number; precisionWithout: number | null };
  /** Places: precision counts findings (problems), and a merged finding stands at several places (Finding.alsoAt).
   *  `other`: the places beyond each counted finding's first; `unlabelled`: those on no labelled spot. */
  places: { other: number; unlabelled: number };
  infos: number;
  underSeverity: number;
  controls: { available: boolean; dir: string; documents: number; failed: number; errorFindings: number };
}

function datesRead(docs: DocumentEvaluation[]): EvalSummary['documentDate'] {
  const labelled = docs.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.gold.date ?? ''));
  const own = labelled.map((d) => (d.meta ? ownDate(d.meta)?.date : undefined));
  const same = labelled.filter((d, i) => own[i] === d.gold.date).length;
  return { labelled: labelled.length, dated: own.filter(Boolean).length, same, share: ratio(same, labelled.length) };
}

export const ratio = (num: number, den: number): number | null =>
  den === 0 ? null : Math.round((num / den) * 10000) / 10000;

function figures(labels: number, recalled: number, findings: number, tp: number): Figures {
  return {
    labels, recalled, findings, truePositives: tp, falsePositives: findings - tp,
    recall: ratio(recalled, labels), precision: ratio(tp, findings),
  };
}

export function summarise(docs: DocumentEvaluation[], controls: ControlEvaluation[], controlsDir: string, controlsAvailable: boolean): EvalSummary {
  const byCategory = {} as Record<Category, Figures>;
  for (const c of CATEGORIES) {
    let labels = 0, recalled = 0, findings = 0, tp = 0;
    for (const d of docs) {
      for (const o of d.match.labels) if (o.label.category === c) { labels++; if (o.recalled) recalled++; }
      findings += [...d.match.truePositives, ...d.match.falsePositives].filter((f) => f.category === c).length;
      tp += d.match.truePositives.filter((f) => f.category === c).length;
    }
    byCategory[c] = figures(labels, recalled, findings, tp);
  }
  const outcomes = docs.flatMap((d) => d.match.labels);
  const tp = docs.reduce((n, d) => n + d.match.truePositives.length, 0);
  const fp = docs.reduce((n, d) => n + d.match.falsePositives.length, 0);
  const repeats = docs.reduce((n, d) => n + (d.match.repeats?.length ?? 0), 0);
  const withBasis = outcomes.filter((o) => o.basisCorrect !== null);
  const clean = docs.filter((d) => d.gold.clean);
  const cleanErrorCounts = clean.map((d) =>
    [...d.match.falsePositives, ...d.match.truePositives].filter((f) => f.severity === 'error').length);
  const withLevel = docs.filter((d) => d.gold.issuer.level);
  const issuerRight = withLevel.filter((d) => d.issuers.some((i) => i.level === d.gold.issuer.level && (!d.gold.issuer.kind || i.kind === d.gold.issuer.kind)));
  const townships = docs.filter((d) => d.gold.issuer.level === 'township');
  const townshipRead = townships.filter((d) => d.issuers.some((i) => i.level === 'township'));
  const recalled = outcomes.filter((o) => o.recalled).length;
  const recalledWithBasis = outcomes.filter((o) => o.recalled && o.basisCorrect !== false).length;
  return {
    documents: docs.length,
    cleanDocuments: clean.length,
    failedDocuments: docs.filter((d) => d.status !== 'ok').length,
    overall: {
      ...figures(outcomes.length, recalled, tp + fp, tp),
      recalledWithBasis,
      recallWithBasis: ratio(recalledWithBasis, outcomes.length),
      weightedRecall: ratio(recalledWithBasis + (recalled - recalledWithBasis) / 2, outcomes.length),
      basisLabelled: withBasis.length,
      basisCorrect: withBasis.filter((o) => o.basisCorrect).length,
      basisAccuracy: ratio(withBasis.filter((o) => o.basisCorrect).length, withBasis.length),
    },
    byCategory,
    cleanErrors: cleanErrorCounts.reduce((a, b) => a + b, 0),
    cleanDocumentsWithErrors: cleanErrorCounts.filter((n) => n > 0).length,
    issuerAccuracy: ratio(issuerRight.length, withLevel.length),
    documentDate: datesRead(docs),
    township: { labelled: townships.length, recognised: townshipRead.length, share: ratio(townshipRead.length, townships.length) },
    unlocatedLabels: outcomes.filter((o) => o.unlocated).length,
    doubtfulFindings: docs.reduce((n, d) => n + (d.match.doubtful?.length ?? 0), 0),
    repeats: { findings: repeats, precisionWithout: ratio(tp, tp + fp - repeats) },
    places: {
      other: docs.reduce((n, d) => n + (d.match.otherPlaces ?? 0), 0),
      unlabelled: docs.reduce((n, d) => n + (d.match.unlabelledPlaces?.length ?? 0), 0),
    },
    infos: docs.reduce((n, d) => n + d.match.infos.length, 0),
    underSeverity: outcomes.filter((o) => o.underSeverity).length,
    controls: {
      available: controlsAvailable,
      dir: controlsDir,
      documents: controls.length,
      failed: controls.filter((c) => c.status !== 'ok').length,
      errorFindings: controls.reduce((n, c) => n + c.errors.length, 0),
    },
  };
}
