// The contract between the check engine and the rule base.
import type { Corpus } from '../corpus/corpus.ts';
import type { Segmenter } from '../analyse/segmenter.ts';
import type { Category, Finding, Severity, StructuredDocument } from '../model/types.ts';

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
