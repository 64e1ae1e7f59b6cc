// The contract between the check engine and the rule base.
import type { Corpus } from '../corpus/corpus.ts';
import type { Segmenter } from '../text/segmenter.ts';
import type { Category, Finding, Provision, ResolvedArticle, Severity, StructuredDocument } from '../model/types.ts';

/** Everything a rule may look at for one document. */
export interface AnalysisInput {
  path: string;
  /** The document's extracted text; every offset refers to it. */
  text: string;
  doc: StructuredDocument;
  corpus: Corpus;
  segmenter: Segmenter;
  /** Profile name (national default "default", provincial e.g. "shandong"). */
  profile: string;
  /** --as-of: judge the document by the law of this day (YYYY-MM-DD) instead of its own date. */
  asOf?: string | null;
  /** The day of the check (YYYY-MM-DD): the law applied to a document that states no date. Default: today. */
  today?: string;
  /** Where the engine says what the reviewer must know about the check itself (a rule stopped for time). */
  notes?: string[];
  /** The time one rule may spend on one document (default RULE_TIME_BUDGET_MS), and the clock that
   *  measures it (default performance.now; tests give their own). */
  ruleTime?: { budgetMs?: number; now?: () => number };
}

export interface RuleInfo {
  id: string;
  kind: string;
  title: string;
  category: Category;
  severity: Severity;
  basis: { law: string; article: string }[];
}

export interface RuleSet {
  id: string;
  version: string;
  /** Hash of every rule file and the corpus: changes when any judgement could change. */
  hash: string;
  rules: RuleInfo[];
  /** Complete findings: basis resolved and quoted, related articles, fingerprints, stable order. */
  check(input: AnalysisInput): Finding[];
}

/** Where a raw match sits: index into the document's provisions (the engine's list), -1 for none,
 *  or the provision itself when a rule built one of its own. */
export type RawProvision = number | Provision;

export interface RawHit {
  start: number;
  end: number;
  match: string;
  provision: RawProvision;
  vars: Record<string, string>;
  /** The articles the finding quotes instead of the rule's basis (citation problems, cited articles). */
  basis?: ResolvedArticle[];
  /** The upper-law article the clause departs from, and what it says (Hit.compared). */
  compared?: { article: ResolvedArticle; note: string };
  /** Hit.meantLaw. */
  meantLaw?: string;
  /** Hit.byTownship. */
  byTownship?: boolean;
}

/** A match held back because the issuer is unknown; `pass` is the provision loop index (the number
 *  of provisions for the document-wide pass), so finish() can restore the full run's order. */
export interface RawHeld {
  start: number;
  end: number;
  match: string;
  provision: RawProvision;
  pass: number;
}

/** One rule's raw result on one document. */
export interface RuleRun {
  hits: RawHit[];
  held: RawHeld[];
}

export interface RuleProblem {
  file: string;
  line: number;
  message: string;
}

/** A rule set that cannot be used: every problem with file and line. */
export class RuleSetError extends Error {
  constructor(public readonly problems: RuleProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'RuleSetError';
  }
}
