// The shared data model. Every stage reads and writes these shapes; the report contract
// (DESIGN §3, reports/report.schema.json) is the serialised form of RunReport.

export const CATEGORIES = [
  'penalty', 'licensing', 'coercion', 'fees', 'rights', 'equality',
  'competition', 'authority', 'conflict', 'citation', 'form',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<Category, string> = {
  penalty: '违法设定行政处罚',
  licensing: '违法设定行政许可或增设许可条件',
  coercion: '违法设定行政强制措施或强制执行',
  fees: '违法设定收费、罚没以外的金钱义务',
  rights: '没有法律依据减损权利或增加义务',
  equality: '歧视性规定',
  competition: '排除、限制竞争',
  authority: '制定主体或事项超越职权',
  conflict: '与上位法具体规定抵触',
  citation: '依据引用问题',
  form: '形式与程序',
};

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ISSUER_LEVELS = ['central', 'province', 'city', 'county', 'township'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

/** Chinese names of the levels, as reports, inspect and inferred issuer names write them. */
export const ISSUER_LEVEL_NAMES: Record<IssuerLevel, string> = {
  central: '中央', province: '省级', city: '市级', county: '县级', township: '乡级',
};

export const ISSUER_KINDS = [
  'people-congress', 'government', 'general-office', 'department', 'internal-unit',
  'coordination-body', 'court', 'procuratorate', 'other',
] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];

export type DocFormat = 'docx' | 'pdf' | 'txt' | 'md' | 'doc' | 'wps' | 'ofd' | 'html' | 'unknown';
export type DocStatus = 'ok' | 'failed' | 'unsupported' | 'no-text';

// ---------------------------------------------------------------- ingest

/** One paragraph (Word), line-joined paragraph (PDF) or line (text) of the extracted text. */
export interface TextSpan {
  start: number; // UTF-16 offset into IngestResult.text
  end: number;
  page?: number; // 1-based, where the format knows pages
  paragraph?: number; // 0-based paragraph index in the source
  kind?: 'body' | 'table' | 'footnote' | 'textbox' | 'heading';
}

export interface IngestResult {
  format: DocFormat;
  /** Extracted text: paragraphs separated by "\n". Offsets in findings point into this string. */
  text: string;
  spans: TextSpan[];
  pages?: number;
  /** Notes for the reviewer in Chinese (e.g. "已接受修订 3 处", "第 2 页为图像，未识别文字"). */
  notes: string[];
  /** Text quality: "garbled" means extraction produced text that must not be checked. */
  quality: { status: 'ok' | 'no-text' | 'garbled'; reason?: string };
  /** Metadata some formats carry themselves (HTML 信息公开 table, OFD signatures …). */
  meta?: Partial<DocMeta>;
}

/** An ingest failure that is the document's fault, not ours: reported as failed/unsupported. */
export class DocumentError extends Error {
  constructor(
    public readonly code: string,
    message: string, // Chinese, for the reviewer
    public readonly status: 'failed' | 'unsupported' | 'no-text' = 'failed',
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

// ---------------------------------------------------------------- structure

export interface Issuer {
  name: string;
  level: IssuerLevel | null;
  kind: IssuerKind;
  /** Extension: when the level is not known exactly, the levels it can be (an "X市" missing from the
   *  division list is a county-level city or a prefecture-level one). */
  possibleLevels?: IssuerLevel[];
  /** Extension: where the name was read, when not from the red head, title or 落款 (a portal's field, the
   *  body, a news lead, the place a title is about, the document speaking of itself as 本镇/全县). */
  source?: string;
}

export interface DocMeta {
  title: string | null;
  docNumber: string | null;
  docType: string | null;
  issuers: Issuer[];
  issuedOn: string | null; // YYYY-MM-DD
  effectiveOn: string | null;
  validUntil: string | null;
  pages: number | null;
  /** Extensions of the contract (optional). */
  validityText?: string | null; // e.g. "有效期五年"
  provisional?: '暂行' | '试行' | null;
  publishedOn?: string | null;
  /** The year the text says it was made in (its 文号, the adopting meeting), whether or not a day is stated. */
  madeInYear?: number | null;
  /** 印发 notices: title of the issued document (docType is then its type, e.g. 办法). */
  attachedTitle?: string | null;
  /** 印发 notices: the notice's own type (通知) when docType is the issued document's. */
  wrapperDocType?: string | null;
  /** A 地方政府规章 (published by 人民政府令) of a province or a city with districts: the maker's level. Rules may
   *  set what other normative documents may not (行政处罚法第十四条, 行政许可法第十五条). */
  governmentRule?: 'province' | 'city';
}

export type OutlineKind =
  | 'document' | 'preamble' | 'part' | 'chapter' | 'section' | 'article' | 'paragraph'
  | 'item' | 'subitem' | 'heading' | 'attachment' | 'table' | 'signature';

export interface OutlineNode {
  kind: OutlineKind;
  label: string; // e.g. "第五条", "第一款", "第（三）项", "一、"
  number?: number;
  text: string; // the node's own text including children
  start: number;
  end: number;
  page?: number;
  children: OutlineNode[];
}

/** The unit rules run on: the smallest numbered block that carries a full sentence. */
export interface Provision {
  label: string; // "第二章第五条第一款"
  path: string[]; // ["第二章","第五条","第一款"]
  text: string;
  start: number;
  end: number;
  page?: number;
  /** Path segments for sub-units (items) inside this provision, for precise locations. */
  parts?: { label: string; start: number; end: number }[];
}

/** Words of the text that state a date fact, and where they stand (offsets into the document's text). */
export interface Stated {
  words: string;
  start: number;
  end: number;
}

/** A day the text names: "自2024年1月1日起施行", "有效期至2028年12月31日". */
export interface StatedDate extends Stated {
  date: string; // YYYY-MM-DD
}

/** 有效期 as a length: "有效期为5年", "有效期限三年", "有效期自印发之日起18个月". */
export interface StatedPeriod extends Stated {
  n: number;
  unit: 'year' | 'month';
}

/** The words "自……起施行" (执行, 实施) that first say when the document takes effect: on the day it is issued,
 *  on a day it names, or in words that name neither ("自本办法公布后第30日起施行"). */
export interface Commencement extends Stated {
  onIssue: boolean;
  date: string | null;
}

/** What the text says about when the document takes effect and how long it stays valid, read once by the
 *  structure stage so that rules need not read dates again. Internal: the report carries only meta's summary
 *  of it (effectiveOn, validUntil, validityText). */
export interface DocumentDates {
  /** The document's own dated "自……起施行" (the last one, not one about a law it applies). */
  effective: StatedDate | null;
  commencement: Commencement | null;
  /** The text says in some words when it takes effect ("自……起施行", "施行日期"). */
  effectStated: boolean;
  /** 有效期 as a length: the body's, else the whole text's. */
  period: StatedPeriod | null;
  /** The last day of validity as stated ("有效期至……", "起施行，至……止"): the body's, else the whole text's. */
  validTo: StatedDate | null;
  /** The text speaks of its validity at all (有效期, 有效至, 失效, 废止日期). */
  validityStated: boolean;
}

export interface StructuredDocument {
  meta: DocMeta;
  dates: DocumentDates;
  outline: OutlineNode;
  provisions: Provision[];
  /** Where the checked body starts (for 印发 notices: the attached 办法). */
  bodyStart?: number;
}

// ---------------------------------------------------------------- corpus

export interface CorpusArticle {
  label: string; // "第十六条", "第二十条之一"
  number: number; // 16 (之一 articles share the number of the article they follow)
  sub?: number; // 1 for 之一
  text: string; // paragraphs joined by "\n", exactly as enacted
  paragraphs: string[];
  chapter?: string;
}

export interface CorpusLawVersion {
  version: string; // YYYY-MM-DD of the text
  adopted?: string;
  effective?: string;
  note?: string;
}

export type LawLevel = '宪法' | '法律' | '行政法规' | '部门规章' | '地方性法规' | '司法解释' | '党内法规' | '规范性文件' | '其他';

export interface CorpusLaw {
  id: string; // ASCII or pinyin slug, stable
  title: string; // full official name
  shortNames: string[];
  aliases: string[];
  level: LawLevel;
  issuer?: string;
  version: string; // version of the shipped text
  versions: CorpusLawVersion[];
  status: 'in-force' | 'amended' | 'repealed';
  repealedOn?: string;
  replacedBy?: string;
  articles: CorpusArticle[];
  /** Extensions (optional): a reviewer-facing note on the text (e.g. a revision newer than the snapshot). */
  note?: string;
  /** Only some articles are shipped (宪法, 民法典 in the embedded corpus). */
  partial?: boolean;
  /** Source file(s) the text was imported from, relative to the import root. */
  source?: string;
}

export interface ResolvedArticle {
  law: string; // full title
  lawId: string;
  version: string;
  article: string; // label
  text: string;
  /** Extensions (optional). The days the quoted text was in force (to: null while in force). */
  inForce?: { from: string; to: string | null };
  /** Chinese note on the text quoted: not the one in force on the day applied, a later revision the
   *  law base does not hold, an unverified correspondence or repeal ("请核实"). */
  note?: string;
  /** False when the quote rests on a fact the library does not prove (the reviewer must verify). */
  verified?: boolean;
}

/** The day a finding applied the law as of, and where that day comes from. */
export interface AppliedAsOf {
  date: string;
  /** The document's own date (issue, else publication, else effect; else the end of the year its 文号 or adopting
   *  meeting names: madeIn), --as-of, or the day of the check when the document states none. */
  from: 'issuedOn' | 'publishedOn' | 'effectiveOn' | 'madeIn' | 'as-of' | 'today';
  /** Chinese, when the reviewer must know (no date stated; judged as of a later day). */
  note?: string;
}

export interface RelatedArticle {
  law: string;
  article: string;
  text: string;
  score: number;
  /** Extension: a provision of another document of the batch (cross-document conflicts): its path. */
  document?: string;
}

// ---------------------------------------------------------------- findings and report

export interface FindingLocation {
  label: string;
  path: string[];
  page?: number;
  start: number;
  end: number;
  text: string;
  match: string;
}

/** Another place of the same problem (Finding.alsoAt): its own fingerprint and location, and its own
 *  message only where it differs from the finding's (a threshold finding quoting another value). */
export interface FindingPlace extends FindingLocation {
  id: string;
  message?: string;
}

/** A reviewer's decision on a finding (beishen-review.yaml, check --review). */
export const REVIEW_STATUSES = ['accepted', 'not-a-problem', 'corrected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_NAMES: Record<ReviewStatus, string> = {
  accepted: '属实', 'not-a-problem': '不是问题', corrected: '已纠正',
};

export interface FindingReview {
  status: ReviewStatus;
  reason?: string;
  reviewer?: string;
  date?: string; // YYYY-MM-DD
}

export interface Finding {
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  title: string;
  message: string;
  suggestion: string;
  location: FindingLocation;
  basis: ResolvedArticle[];
  related: RelatedArticle[];
  /** Extension: the day the law was applied as of (basis[].version names the text). */
  appliedAsOf?: AppliedAsOf;
  /** Extension: the reviewer's decision, when the run was given a review file. */
  review?: FindingReview;
  /** Extension: a misnamed citation (citation/non-standard-name) — the act it most likely means, by its
   *  title in the law base, for machines (the message says it to the reviewer). */
  meantLaw?: string;
  /** Extension: an issuer-standing finding (the issuer lacks power over the public) — the other rules
   *  whose hits it takes in, each adding the power it names and its article to this one finding. */
  alsoRules?: string[];
  /** Extension: the other places of this one problem, in document order (pipeline/rules/merge-repeats.ts): the same
   *  rule, severity and basis elsewhere in the document. A reviewer writes one opinion per problem, naming every
   *  place ("第三条、第五条、第七条设定罚款……"); `location` is the first place, `id` its fingerprint. */
  alsoAt?: FindingPlace[];
}

export interface DocumentReport {
  path: string;
  sha256: string;
  format: DocFormat;
  status: DocStatus;
  error?: { code: string; message: string };
  meta: DocMeta;
  findings: Finding[];
  /** Extension: reviewer notes from ingest (Chinese). */
  notes?: string[];
}

/** Extension of the run report: what the law base is, and the later texts it lacks. */
export interface LawBaseInfo {
  /** The day the law base was taken (or its newest text), null when unknown. */
  date: string | null;
  dateFrom: 'declared' | 'newest-text' | 'unknown';
  /** Content hash of the corpus and its history files. */
  corpus: string;
  /** How many laws and regulations (titles) it holds: the embedded corpus's two hundred or the law library's thousand. */
  acts?: number;
  /** --as-of, when the run judged every document as of that day. */
  asOf?: string;
  /** Later texts known to exist that the corpus does not hold. */
  missing: { law: string; kind: 'revision' | 'amendment' | 'new'; passed?: string; inForce?: string; year: number; note: string }[];
}

export interface RunReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  ruleset: { id: string; version: string; rules: number; hash: string };
  generatedAt: string;
  lawBase?: LawBaseInfo;
  summary: {
    documents: number;
    ok: number;
    failed: number;
    findings: Record<Severity, number>;
    byCategory: Partial<Record<Category, number>>;
    /** Extension: findings with a reviewer's decision (check --review). */
    reviewed?: Record<ReviewStatus, number>;
    /** Extension: findings left out because an earlier run already had them (check --baseline / --new-only). */
    baseline?: { file: string; known: number };
  };
  documents: DocumentReport[];
  /** Files and folders of the inputs that were not checked, and why (never silently dropped). */
  skipped?: SkippedInput[];
  /** What was checked: the inputs as given and where they resolved, and the shard of a sharded run. */
  inputs?: RunInputs;
}

/** Why a file or folder found in an input folder was not checked (pipeline/batch/input-selection.ts). */
export type SkipReason =
  | 'default-ignore' // .git, node_modules and other folders of tools
  | 'hidden' // a name starting with "."
  | 'lock-file' // ~$name.docx, the lock file Word keeps beside an open document
  | 'ignore-file' // matched by a .beishenignore
  | 'not-a-document' // an extension that is not a document format (images, tables, Markdown …)
  | 'extension-filter' // not in --ext
  | 'output-folder' // the run's own report folder
  | 'symlink-to-folder'; // links to folders are not followed (they can form cycles)

export interface SkippedInput {
  path: string;
  /** 'folder' when the whole folder was left out. */
  kind: 'file' | 'folder';
  reason: SkipReason;
  message: string;
}

export interface RunInputs {
  /** The inputs as given on the command line (a shard's split depends on how they are spelled). */
  given: string[];
  /** The same, resolved to absolute paths. */
  roots: string[];
  shard: { index: number; count: number } | null;
  /** A merge of some shards only (merge --allow-partial): which of how many. */
  partial?: { count: number; present: number[] };
}

export function emptyMeta(): DocMeta {
  return {
    title: null, docNumber: null, docType: null, issuers: [],
    issuedOn: null, effectiveOn: null, validUntil: null, pages: null,
  };
}
