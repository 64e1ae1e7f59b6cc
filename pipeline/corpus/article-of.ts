// One article of a law without the law's others. A law read from the corpus bundle (store.ts) parses its
// articles on first use of `articles`; retrieval wants one article of each law it ranks, and over a batch it
// ranks most laws of the base, so the bundle also records where each article starts and registers here a
// reader of one article.
import type { CorpusLaw } from '../model/types.ts';

export type StoredArticle = CorpusLaw['articles'][number];

const readers = new WeakMap<CorpusLaw, (index: number) => StoredArticle | undefined>();

/** Registers how to read one article of `law` alone (the bundle's reader). */
export function readArticlesSingly(law: CorpusLaw, read: (index: number) => StoredArticle | undefined): void {
  readers.set(law, read);
}

/** law.articles[index], parsing that article alone when the law's reader allows it. */
export function articleOf(law: CorpusLaw, index: number): StoredArticle | undefined {
  const read = readers.get(law);
  return read ? read(index) : law.articles[index];
}
