// The contract of the upper-law corpus as the rest of the pipeline sees it.
import type { CorpusLaw, RelatedArticle, ResolvedArticle } from '../model/types.ts';

export interface RepealedLaw {
  name: string; // e.g. 中华人民共和国合同法
  aliases: string[];
  repealedOn: string; // YYYY-MM-DD
  replacedBy: string | null; // full title of the successor
  /** Where the date was verified (the successor's closing article). */
  source?: string;
  note?: string;
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
  /** Upper-law articles most relevant to a clause, best first. */
  related(text: string, limit?: number): RelatedArticle[];
}
