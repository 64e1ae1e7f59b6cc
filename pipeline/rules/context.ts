// Per-document state shared by the rule kinds during one check.
import type { Citation } from '../analyse/citations.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { CompiledVocabulary } from '../analyse/vocabulary.ts';
import type { AppliedAsOf, DocMeta, Issuer, Provision, ResolvedArticle, StructuredDocument } from '../model/types.ts';
import { chineseDate } from '../text/dates.ts';
import type { ResolvedGuards } from './guards.ts';
import type { CompiledMatch, UnitContext } from './match.ts';
import type { LoadedRule, RuleDef } from './types.ts';

export interface CompiledRule extends LoadedRule {
  index: number;
  guards: ResolvedGuards;
  match?: CompiledMatch;
  context?: RegExp[];
  /** Literals for the prefilter (one must occur in the provision), or null (always run). */
  literals: string[] | null;
  params: Record<string, number | string | boolean>;
  /** Negation words inside the rule's own regexes (not treated as negations of its matches). */
  ownNegations: Map<string, string[]>;
}

export interface Hit {
  rule: CompiledRule;
  start: number; // document offsets of the match
  end: number;
  match: string;
  provision: Provision | null;
  vars: Record<string, string>;
  /** The articles this finding quotes instead of the rule's own basis (the repealing clause, the cited article). */
  basis?: ResolvedArticle[];
  /** The upper-law article the clause was compared with and departs from (a range beyond it, a condition
   *  it leaves out): quoted after the rule's basis, and what it says added to the message. */
  compared?: { article: ResolvedArticle; note: string };
  /** A misnamed citation: the act it most likely means (Finding.meantLaw). */
  meantLaw?: string;
  /** Added to the message after it is filled (what the merged standing rules add). */
  addendum?: string;
  /** The other standing rules merged into this hit (Finding.alsoRules). */
  alsoRules?: string[];
  /** A township imposes the measure (township-imposer.ts): the rule's `imposedByTownship` articles are quoted too. */
  byTownship?: boolean;
}

export interface DocContext extends UnitContext {
  text: string;
  doc: StructuredDocument;
  provisions: Provision[];
  issuers: Issuer[];
  /** The day the document is judged as of — its own date, or --as-of — for applicability; null when unknown. */
  date: string | null;
  /** The day the law is applied as of (the check's own day when the document states none), and why. */
  appliedAsOf: AppliedAsOf;
  /** Every citation of the document, resolved on appliedAsOf.date (scanned once, on first use). */
  citations(): Citation[];
  /** Rules that matched but were held back because the issuer is unknown (made visible later). */
  suppressed: { rule: RuleDef; start: number; end: number; match: string; provision: Provision | null }[];
  corpus: Corpus;
  vocabulary: CompiledVocabulary;
}

/** The document's own date: issued, else published, else in effect. */
export function ownDate(meta: DocMeta): { date: string; from: 'issuedOn' | 'publishedOn' | 'effectiveOn' | 'madeIn' } | null {
  if (meta.issuedOn) return { date: meta.issuedOn, from: 'issuedOn' };
  if (meta.publishedOn) return { date: meta.publishedOn, from: 'publishedOn' };
  if (meta.effectiveOn) return { date: meta.effectiveOn, from: 'effectiveOn' };
  // No day stated, but the year it was made in: the law at that year's end is nearer than the law of the check.
  if (meta.madeInYear) return { date: `${meta.madeInYear}-12-31`, from: 'madeIn' };
  return null;
}

export function docDate(doc: StructuredDocument): string | null {
  return ownDate(doc.meta)?.date ?? null;
}

/**
 * The day the law is applied as of. A document is judged by the law of its own date; with --as-of
 * (a 清理 of documents still in force) by the law of that day — never of a day before the document.
 * Without either, by the law of the day of the check, and the finding says so.
 */
export function appliedAsOf(doc: StructuredDocument, asOf: string | null | undefined, today: string): AppliedAsOf {
  const own = ownDate(doc.meta);
  if (asOf && (!own || asOf >= own.date)) {
    // A 清理 is of documents still in force: one whose validity ended before that day is said to be.
    const expired = doc.meta.validUntil && doc.meta.validUntil < asOf ? `；文件有效期已于${chineseDate(doc.meta.validUntil)}届满` : '';
    return { date: asOf, from: 'as-of', note: `按审查基准日（${chineseDate(asOf)}）的法律审查${own ? `；文件日期为${chineseDate(own.date)}` : '；文件未载明日期'}${expired}。` };
  }
  if (own?.from === 'madeIn') {
    return { date: own.date, from: 'madeIn', note: `文件未载明具体日期，据其文号或通过会议推定制定于${own.date.slice(0, 4)}年，按该年年末（${chineseDate(own.date)}）的法律审查。` };
  }
  if (own) return { date: own.date, from: own.from };
  return { date: today, from: 'today', note: `文件未载明成文、发布或施行日期，按审查之日（${chineseDate(today)}）的现行法律审查。` };
}
