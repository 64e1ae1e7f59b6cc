// The articles of the laws a document names, in the text in force on the document's day: what the frames, the
// comparisons (who decides, a condition's number) and the articles quoted beside a rule's basis all search.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw, ResolvedArticle } from '../model/types.ts';
import { paragraphsOfText } from '../corpus/article-parser.ts';

export function* articlesOfLaws(names: readonly string[], corpus: Corpus, date: string | null): Generator<{ law: CorpusLaw; article: CorpusLaw['articles'][number] }> {
  for (const name of names) {
    const law = corpus.findLawAt(name, date ?? undefined);
    if (law) for (const article of law.articles) yield { law, article };
  }
}

/** The first article of the named laws (their text on `date`) with one paragraph that says every one of `says`. */
export function articleSaying(laws: readonly string[], says: readonly RegExp[], corpus: Corpus, date: string | null): ResolvedArticle | null {
  for (const { law, article: a } of articlesOfLaws(laws, corpus, date)) {
    if (!says.every((r) => r.test(a.text))) continue;
    if (!paragraphsOfText(a.text).some((p) => says.every((r) => r.test(p)))) continue;
    const resolved = corpus.resolve(law.title, a.label);
    if (resolved) return resolved;
  }
  return null;
}
