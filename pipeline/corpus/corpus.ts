// The contract of the upper-law corpus as the rest of the pipeline sees it.
import type { CorpusLaw, RelatedArticle, ResolvedArticle } from '../model/types.ts';

/** The article that repealed an act, word for word (corpus/history/repeal-clauses.json). */
export interface RepealEvidence {
  law: string; // the repealing act
  version: string; // the text of it the clause was read from
  article: string;
  quote: string;
  dateFrom: 'stated' | 'publication';
}

export interface RepealedLaw {
  name: string; // e.g. 中华人民共和国合同法
  aliases: string[];
  repealedOn: string; // YYYY-MM-DD
  replacedBy: string | null; // full title of the successor
  /** The repealing clause, when the library states it. */
  evidence?: RepealEvidence;
  /** True only when `evidence` proves the repeal; an unverified entry is reported as "请核实". */
  verified: boolean;
  note?: string;
}

/** A later text of a law that the law base does not hold (corpus/history/later-revisions.yaml). */
export interface LaterRevision {
  law: string;
  kind: 'revision' | 'amendment' | 'new';
  passed?: string;
  /** The day it takes effect; absent when not verified (then `year` alone is known). */
  inForce?: string;
  year: number;
  changes?: string;
  source: string;
}

/** What the law base is: the date of its texts and the later texts known to be missing from it. */
export interface LawBase {
  /** The day the library was taken (declared), else the newest text date in the corpus. */
  date: string | null;
  /** How `date` is known. */
  dateFrom: 'declared' | 'newest-text' | 'unknown';
}

/** An agency renamed or merged in the 2018 reform (info-level findings). */
export interface RenamedAgency {
  name: string;
  aliases: string[];
  successor: string;
  note?: string;
}

export interface Corpus {
  /** Content hash of the corpus data (part of the cache key and the report's ruleset hash). */
  hash: string;
  /** Every law version in the corpus (older versions have status 'amended'). */
  laws: CorpusLaw[];
  /** Full title, short name, alias, with or without 中华人民共和国 / 国务院《…》: the current version. */
  findLaw(name: string): CorpusLaw | undefined;
  /** The version in force on `date` (YYYY-MM-DD); the current version when no date is given. */
  findLawAt(name: string, date?: string): CorpusLaw | undefined;
  /** All versions of a law, oldest first. */
  versionsOf(name: string): CorpusLaw[];
  /** Resolves "第十六条" (also "第十六条第一款"; the whole article text is returned). */
  resolve(law: string, article: string): ResolvedArticle | undefined;
  /** Registry of repealed/replaced laws, by any of their names. */
  findRepealed(name: string): RepealedLaw | undefined;
  /** The whole registry of repealed/replaced laws. */
  repealedLaws: RepealedLaw[];
  /** Agencies renamed in 2018. */
  renamedAgencies: RenamedAgency[];
  /** Later texts known to exist (whether this corpus holds them is for in-force.ts to say). */
  laterRevisions: LaterRevision[];
  /** Titles of every national act of the snapshot, held or not: right names the scanner knows. */
  knownTitles: string[];
  /** The highest article number any text of a national act has in the snapshot, held or not. */
  lastArticleOf(title: string): number | undefined;
  /** The date of the law base. */
  lawBase: LawBase;
  /** Upper-law articles most relevant to a clause, best first. */
  related(text: string, limit?: number): RelatedArticle[];
  /** Whether a sentence, read as its Chinese characters and figures, is word for word a sentence of an article
   *  in force on `date` (a notice copying the law's own words, whatever article it names). */
  holdsSentence(sentence: string, date?: string): boolean;
  /** Builds what holdsSentence and related read (once per process: the sentence index, the search index, the word
   *  segmenter), so that no rule's time budget pays for it. */
  prepare(): void;
}
