// The rule definitions as written in rules/*.yaml (after schema validation), and the compiled
// form the engine runs. The schema (rules/schema/rule.schema.json) is the authority on shape.
import type { CitationProblemCode } from '../analyse/citation-types.ts';
import type { Category, DocMeta, IssuerKind, IssuerLevel, Severity } from '../model/types.ts';

export const RULE_KINDS = ['pattern', 'quantity', 'authority', 'citation', 'document', 'comparison'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type Scope = 'provision' | 'sentence' | 'document';

export type MatcherDef =
  | { regex: string }
  | { terms: string[] }
  | { citesArticle: boolean }
  /** Mentions of vocabulary entries (an entry, list or family id), found by the analysis stage. */
  | { measure: string | string[] }
  | { vocab: string | string[] }
  /** Every matcher inside one clause / one sentence: co-occurrence without a character window. */
  | { clause: MatcherDef[]; span?: 'match' | 'unit' }
  | { sentence: MatcherDef[]; span?: 'match' | 'unit' }
  /** Every matcher in the lead-in of the numbered list the unit is an item of ("……禁止下列野外用火：").
   *  Matches the whole unit; meant for `unless` (the item's setting changes what it means). */
  | { leadIn: MatcherDef[] }
  /** Every matcher somewhere in the whole document (the setting a rule's premise needs: "必须办理备案"
   *  in one article makes the conditions of another a licence's). Matches the whole unit. */
  | { inDocument: MatcherDef[] };

export interface MatchDef {
  anyOf?: MatcherDef[];
  allOf?: MatcherDef[];
  unless?: MatcherDef[];
}

export interface ExampleMeta {
  issuer?: { name?: string; level?: IssuerLevel | null; kind?: IssuerKind };
  issuers?: { name?: string; level?: IssuerLevel | null; kind?: IssuerKind }[];
  docType?: string | null;
  title?: string;
  issuedOn?: string;
  publishedOn?: string;
  effectiveOn?: string;
  validUntil?: string;
  validityText?: string;
  provisional?: '暂行' | '试行';
}

export type ExampleDef = string | { text: string; meta?: ExampleMeta; match?: string; note?: string };

export interface AppliesTo {
  levels?: (IssuerLevel | 'unknown')[];
  kinds?: IssuerKind[];
  docTypes?: string[];
  notDocTypes?: string[];
  before?: string;
  after?: string;
  /** Not for documents whose text matches one of these regexes. */
  unlessText?: string[];
  /** Only for documents whose text matches one of these regexes (a rule about one subject's procedure). */
  onlyText?: string[];
  /** Not for documents that cite (in 《》) a title holding every word of one of these lists. */
  unlessCites?: string[][];
  /** Judge only on days a basis article is the law: each basis entry's interval is its `from`/`to`, else
   *  derived from the law's history (first entry into force → repeal). Findings quote only the entries in force. */
  basisInForce?: boolean;
  /** Not for 地方政府规章 made at these levels (DocMeta.governmentRule). */
  notGovernmentRules?: ('province' | 'city')[];
}

/** Built-in precision guards (defaults depend on the category; a rule may only switch one off with a reason). */
export interface GuardSwitches {
  citation?: boolean; // restating an upper-law article with an exact citation
  filing?: boolean; // 备案 is not 许可
  referral?: boolean; // "依法处理" sets nothing
  negation?: boolean; // "不得收取" is not setting a fee
  subject?: 'public' | 'any'; // the sentence's subject must be the public
  /** 'administration': the measure must be one the administration takes (not the public's own act:
   *  "取水单位应当将自备井封存" is no 查封). */
  actor?: 'administration' | 'any';
  reason?: string;
}

/** A basis article of a rule: `from`/`to` are the days the article as quoted is the law. */
export interface BasisDef { law: string; article: string; quote?: string; from?: string; to?: string }

export interface RuleDef {
  id: string;
  kind: RuleKind;
  category: Category;
  severity: Severity;
  title: string;
  message: string;
  suggestion: string;
  /** `from`/`to`: the days the article as quoted is the law (content added or removed by a revision). */
  basis: BasisDef[];
  /** When a township imposes the measure (its government or offices named, or its own voice in its own
   *  document): the articles on whose power it is, quoted after `basis` on the days they apply, and a note. */
  imposedByTownship?: { note: string; basis: BasisDef[] };
  examples: { invalid: ExampleDef[]; valid: ExampleDef[] };
  appliesTo?: AppliesTo;
  guards?: GuardSwitches;
  scope?: Scope;
  match?: MatchDef;
  // quantity
  quantity?: 'amount' | 'period' | 'rate';
  /** A regex, or regexes that must occur in the sentence in this order (the quantity is near the last). */
  context?: string | string[];
  /** With a list context: the quantity is looked for near the last words only, not the whole phrase. */
  contextLast?: boolean;
  within?: number;
  limit?: { max?: number; min?: number; unit: QuantityUnit; text: string };
  fromCitation?: boolean;
  /** comparison rules: what of the clause is compared with the article of a named law. 'approver-below': the approver
   *  comparison where the document's body is below every level the law names (a power taken from above: 超越职权);
   *  'approver' then takes the other departures (a power moved up, or sideways). */
  compares?: 'approver' | 'approver-below' | 'threshold' | 'encouraged' | 'denied' | 'permitted' | 'unneeded' | 'charge' | 'tax-relief' | 'cost-bearer' | 'narrowed-choice' | 'leave-forbidden';
  /** pattern rules: the article of a named law quoted beside the finding — the one requiring equal treatment of people
   *  from elsewhere (户籍 conditions), the one listing a licence's conditions (conditions added to it), or the one that
   *  forbids designating a provider (a trade kept for the providers a document picks); 'frame-conflict': the rule reports
   *  only a measure the frames found beyond the range of the article for its conduct, or without that article's condition,
   *  and quotes that article. */
  compareWith?: 'licence-conditions' | 'designation-ban' | 'frame-conflict';
  /** pattern rules: the article of a law the document names that says what the clause departs from, quoted beside
   *  the finding — the first (in the text in force on the document's day) with one paragraph matching every regex of
   *  `says` ("同等" and "外地" for a 户籍 condition; "征用" and "补偿" for a requisition without compensation); `note`
   *  ({law}, {article}) tells the reviewer what to compare. `required`: the rule reports only where such an article is
   *  found — a conflict with what one named law says ("不再公示" against the article that orders 公示), whose basis is that
   *  article (the rule's own `basis` may then be empty). */
  namedLawArticle?: { says: string[]; note: string; required?: boolean };
  after?: boolean;
  dayEqualsWorkday?: boolean;
  /** quantity: a regex the sentence must also match, wherever it stands ("当场作出行政处罚决定" after the amounts). */
  inSentence?: string;
  // authority
  /** Report only the first match in a document (the finding is about the issuer, not the clause). */
  once?: boolean;
  /**
   * The finding is about the issuer's want of power over the public: every such rule's hits in a document
   * make one finding, at the words where the issuer enacts the document in its own name (issuer-standing.ts).
   */
  standing?: boolean;
  /** What a standing rule adds to the merged finding ({match}, {label}, {law}, {article}). */
  standingNote?: string;
  forbiddenFor?: IssuerSet;
  allowedOnly?: IssuerSet;
  // citation
  problem?: CitationProblemCode;
  // document
  check?: DocumentCheck;
  params?: Record<string, number | string | boolean>;
  disabled?: boolean;
  note?: string;
  /** Rule ids or categories whose finding on the same words already reports this problem. */
  subsumedBy?: string[];
  /** How near that finding must be: on the same words (default), or anywhere in the same sentence (a list of a
   *  patient's 姓名、住址 is one exposure, reported by the rule that names whose they are). */
  subsumedWithin?: 'words' | 'sentence';
}

/** Issuers by level and kind; `except` (regexes over the name) takes out bodies the law empowers. */
export interface IssuerSet {
  levels?: IssuerLevel[];
  kinds?: IssuerKind[];
  except?: string[];
}

/** 'age': years of age (周岁); 'kg': a mass (千克, 吨); 'share': a share of a whole (三分之二, 过半数); 'metre': a distance
 *  (米, 公里). */
export type QuantityUnit = 'yuan' | 'day' | 'workday' | 'month' | 'year' | 'hour' | 'ratio' | 'age' | 'kg' | 'share' | 'metre';

export const DOCUMENT_CHECKS = [
  'validity-missing', 'validity-too-long', 'effective-date-missing', 'provisional-too-long',
  'legal-basis-missing', 'publication-gap', 'retroactive-effect', 'issuer-unknown',
] as const;
export type DocumentCheck = (typeof DOCUMENT_CHECKS)[number];

/** Where a rule came from, for lint messages: file and line of the rule and of each key. */
export interface RuleSource {
  file: string;
  line: number;
  lineOf(path: (string | number)[]): number;
}

export interface LoadedRule {
  def: RuleDef;
  source: RuleSource;
}

export interface Profile {
  name: string;
  title?: string;
  basis?: { name: string; number?: string; articles?: string[]; url?: string; note?: string }[];
  params?: Record<string, Record<string, number | string | boolean>>;
  severity?: Record<string, Severity>;
  disable?: string[];
  enable?: string[];
  extends?: string;
}

export type { DocMeta };
