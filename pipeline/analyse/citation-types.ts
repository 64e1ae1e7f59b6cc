// The shapes of a citation as the analysis stage gives it to rules, guards and reports.
import type { LawAtDate } from '../corpus/in-force.ts';
import type { LaterRevision, RepealedLaw } from '../corpus/corpus.ts';
import type { CorpusLaw, ResolvedArticle } from '../model/types.ts';
import type { ArticleRef } from './article-refs.ts';
import type { MentionForm } from './citation-scan.ts';
import type { NameMatch } from './law-names.ts';

export interface CitedArticle extends ArticleRef {
  /** The article in the text applied (undefined: the law or the article is not held). */
  resolved?: ResolvedArticle;
  /** The cited paragraph (款) or item (项) where named and found, else the whole article. */
  text?: string;
  /** The paragraph or item named is not in the article (text is then the whole article). */
  partMissing?: boolean;
  /**
   * The held text is not the one in force on the day, and the article was found another way:
   * `declared`/`aligned` — through the article correspondence of the version in force (the document
   * cites its older numbering); `same-label` — the same number in the nearest held text (may differ).
   */
  via?: { how: 'declared' | 'aligned' | 'moved' | 'same-label'; fromVersion?: string; verified: boolean; evidence?: string };
}

export type CitationProblemCode =
  | 'repealed' // the cited act was repealed on or before the day the document is judged
  | 'repealed-unverified' // the registry says so, but no repealing clause of the library proves it
  | 'repealed-since' // right on the document's date, repealed since
  | 'nonexistent-article'
  | 'renumbered' // the article cited is an older number (or the wrong one) of the text in force
  | 'renumbered-since' // right on the document's date, renumbered since
  | 'non-standard-name'
  | 'law-base-outdated' // a newer text is in force that the law base does not hold
  | 'superseded-version'; // the version the document names ("（2008年修订）") is not the one in force that day

export interface CitationProblem {
  code: CitationProblemCode;
  message: string; // Chinese, for the reviewer
  suggestion?: string;
  /** The cited article the problem is about. */
  article?: string;
  /** repealed: the successor's title; renumbered/nonexistent: the right article label. */
  successor?: string;
  /** repealed: the successor's article that may correspond (content of the citing sentence). */
  successorArticle?: string;
  /** What a finding on this problem quotes: the repealing clause, the current article. */
  basis?: ResolvedArticle[];
  /** False when the fact rests on an unverified registry entry or correspondence ("请核实"). */
  verified?: boolean;
  /** non-standard-name: the act the name most likely means (its title in the law base). */
  meant?: string;
}

export interface Citation {
  start: number;
  end: number;
  raw: string;
  form: MentionForm;
  /** The name as written (the pointer word for 该法/该条 …). */
  written: string;
  /** The law's canonical name when known, else as written. */
  name: string;
  /** How the name was matched when not exactly (fuzzy, with its confidence), or the candidate of a damaged name. */
  match?: NameMatch;
  issuerPrefix?: string;
  versionNote?: string;
  /** The held text applied on the day judged, and how it relates to that day. */
  law?: CorpusLaw;
  at?: LawAtDate;
  /** The repeal that applies on the day judged. */
  repealed?: RepealedLaw;
  /** A newer text in force on the day judged that the law base does not hold. */
  revision?: LaterRevision;
  /** The document's own provisions (本办法第五条, 依照第三条): never an upper law. */
  own?: boolean;
  /** A pointer (该条、本法、上述规定): index of the citation it points back at. */
  of?: number;
  articles: CitedArticle[];
  problems: CitationProblem[];
}

export interface ScanOptions {
  /** The day the document is judged as of: its own date, or the --as-of date. Absent: as of `now`. */
  date?: string | null;
  /** The document's own date, when it is earlier than `date` (--as-of): "right then, changed since". */
  docDate?: string | null;
  /** Today (YYYY-MM-DD): a document judged on its own earlier date also learns what changed since. */
  now?: string;
}
