// The articles of the laws a document names, in the text in force on the document's day: what the frames, the
// comparisons (who decides, a condition's number) and the articles quoted beside a rule's basis all search.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw, ResolvedArticle } from '../model/types.ts';
import { paragraphsOfText } from '../corpus/article-parser.ts';
import { keepUpTo, keepUpToBy, objectId } from '../text/memo.ts';
import { splitSentences } from './units.ts';

/** The text in force on `date` of each named law the base holds, in the order named. */
export function lawTextsAt(names: readonly string[], corpus: Corpus, date: string | null): CorpusLaw[] {
  const out: CorpusLaw[] = [];
  for (const name of names) {
    const law = corpus.findLawAt(name, date ?? undefined);
    if (law) out.push(law);
  }
  return out;
}

/** A sentence of a named law's article that a clause departs from (it requires what the clause denies, forbids what it
 *  allows, waives what it requires), with the clause's words that depart, offsets in the text searched. */
export interface LawSentenceMatch {
  law: CorpusLaw;
  article: CorpusLaw['articles'][number];
  sentence: string;
  start: number;
  end: number;
  similarity: number;
}

/** The sentences of an article's text that `keep` accepts, trimmed, worked out once per text: each comparison that looks
 *  for one law sentence (denied, permitted, forbidden-charge) asks every article of every law a document names. */
export function lawSentencesWhere(keep: (sentence: string) => boolean): (text: string) => string[] {
  return keepUpTo((text: string) => splitSentences(text).map((u) => u.text.trim()).filter(keep), 20_000);
}

export function* articlesOfLaws(names: readonly string[], corpus: Corpus, date: string | null): Generator<{ law: CorpusLaw; article: CorpusLaw['articles'][number] }> {
  for (const law of lawTextsAt(names, corpus, date)) for (const article of law.articles) yield { law, article };
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

/** The article of the named laws (their text on `date`) that says which body decides the penalties the law provides
 *  ("本条例规定的行政处罚，由县级以上人民政府渔业行政主管部门……决定", 渔业船舶检验条例第三十八条): what a township that fines
 *  under that law is not. None where the article gives them to a township itself. */
export function penaltyDeciderArticle(laws: readonly string[], corpus: Corpus, date: string | null): ResolvedArticle | null {
  const article = articleSaying(laws, [PENALTY_DECIDER], corpus, date);
  return article && !TOWNSHIP_DECIDES.test(article.text) ? article : null;
}
const PENALTY_DECIDER = /本(?:法|条例|办法|规定|细则)规定的(?:行政)?处罚[，,]?(?:除[^。；]{1,40}?外[，,])?由/;
const TOWNSHIP_DECIDES = /乡、镇人民政府|乡镇人民政府|乡（镇）人民政府|乡\(镇\)人民政府|街道办事处/;

/** Which texts articlesOfLaws reads for the named laws on `date`, in order: what a key says of the laws a search of
 *  their articles read (the texts, not the day: the documents of a batch bear a hundred dates). */
export function lawTextsKey(names: readonly string[], corpus: Corpus, date: string | null): string {
  return lawTextsAt(names, corpus, date).map(objectId).join(',');
}

/**
 * A comparison of a sentence with the laws a document names (`compare` reads them only through articlesOfLaws), with
 * its answers kept across the documents of a batch: the answer depends on the sentence and on the text of each law in
 * force on the day, not on the rest of the document nor on the day itself; documents of one issuer repeat their
 * sentences, and a large named law (民法典, 1,260 articles) is read sentence by sentence for each of them. Kept per
 * corpus; `limit` answers at most (all forgotten when full). `compare` must not return undefined, and its answers are
 * shared: callers must not change them. Its further arguments are strings, flags or lists of strings.
 */
export function keptAcrossDocuments<X extends (string | boolean | readonly string[])[], R>(
  compare: (sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, ...rest: X) => R,
  limit = 5_000,
): typeof compare {
  type Compare = typeof compare;
  const perCorpus = new WeakMap<Corpus, Compare>();
  const key: (...args: Parameters<Compare>) => string = (sentence, laws, corpus, date, ...rest) =>
    `${lawTextsKey(laws, corpus, date)}\u0000${rest.map((r) => (Array.isArray(r) ? r.join('\u0002') : String(r))).join('\u0001')}\u0000${sentence}`;
  return (sentence, laws, corpus, date, ...rest) => {
    let kept = perCorpus.get(corpus);
    if (!kept) perCorpus.set(corpus, (kept = keepUpToBy(key, compare, limit)));
    return kept(sentence, laws, corpus, date, ...rest);
  };
}
