// The contract of the upper-law corpus as the rest of the pipeline sees it.
import type { CorpusLaw, RelatedArticle, ResolvedArticle } from '../model/types.ts';

export interface RepealedLaw {
  name: string; // e.g. 中华人民共和国合同法
  aliases: string[];
  repealedOn: string; // YYYY-MM-DD
  replacedBy: string | null; // full title of the successor
  note?: string;
}

export interface Corpus {
  /** Content hash of the corpus data (part of the cache key and the report's ruleset hash). */
  hash: string;
  laws: CorpusLaw[];
  /** Full title, short name, alias, with or without 中华人民共和国 / 国务院《…》. */
  findLaw(name: string): CorpusLaw | undefined;
  /** Resolves "第十六条" (also "第十六条第一款"; the whole article text is returned). */
  resolve(law: string, article: string): ResolvedArticle | undefined;
  /** Registry of repealed/replaced laws, by any of their names. */
  findRepealed(name: string): RepealedLaw | undefined;
  /** Upper-law articles most relevant to a clause, best first. */
  related(text: string, limit?: number): RelatedArticle[];
}
