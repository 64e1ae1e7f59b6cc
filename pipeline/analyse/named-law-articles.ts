// The articles of the laws a document names, in the text in force on the document's day: what the frames, the
// comparisons (who decides, a condition's number) and the articles quoted beside a rule's basis all search.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';

export function* articlesOfLaws(names: readonly string[], corpus: Corpus, date: string | null): Generator<{ law: CorpusLaw; article: CorpusLaw['articles'][number] }> {
  for (const name of names) {
    const law = corpus.findLawAt(name, date ?? undefined);
    if (law) for (const article of law.articles) yield { law, article };
  }
}
