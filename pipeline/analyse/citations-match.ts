// Is the cited article about what the citing sentence says? Compares the sentence's keywords with
// every article of the cited law (idf weighted inside that law) and names a clearly better article.
import type { CorpusArticle, CorpusLaw } from '../model/types.ts';
import { tokenize } from '../corpus/tokens.ts';
import { charTest } from '../text/char-class.ts';
import { keepLast } from '../text/memo.ts';

interface LawTerms {
  articleTerms: Set<string>[];
  idf: Map<string, number>;
  /** The words of the law's title (they say nothing about which article is meant). */
  titleTerms: Set<string>;
}

const cache = new WeakMap<CorpusLaw, LawTerms>();

function lawTerms(law: CorpusLaw): LawTerms {
  let t = cache.get(law);
  if (!t) {
    const articleTerms = law.articles.map((a) => new Set(tokenize(a.text)));
    const df = new Map<string, number>();
    for (const s of articleTerms) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
    const N = articleTerms.length;
    const idf = new Map<string, number>();
    for (const [w, d] of df) idf.set(w, Math.log((N + 1) / d));
    t = { articleTerms, idf, titleTerms: new Set(tokenize(law.title)) };
    cache.set(law, t);
  }
  return t;
}

// One citing sentence is compared with several texts of a law and several of its articles in a row
// (citation-problems.ts, betterArticle): its words are cut once.
const contextTerms = keepLast(tokenize);

export interface ArticleMatch {
  article: CorpusArticle;
  score: number;
  shared: string[];
}

/** Scores of the cited article and the best article of the law for the context keywords. */
export function matchContext(law: CorpusLaw, context: string, citedLabel: string): { cited?: ArticleMatch; best?: ArticleMatch; keywords: number } {
  const { articleTerms, idf, titleTerms } = lawTerms(law);
  const words = [...new Set(contextTerms(context))].filter((w) => !titleTerms.has(w) && idf.has(w));
  let best: ArticleMatch | undefined;
  let cited: ArticleMatch | undefined;
  law.articles.forEach((a, i) => {
    const shared = words.filter((w) => articleTerms[i].has(w));
    const score = shared.reduce((s, w) => s + (idf.get(w) ?? 0), 0);
    const m = { article: a, score, shared };
    if (a.label === citedLabel) cited = m;
    if (!best || score > best.score) best = m;
  });
  return { cited, best, keywords: words.length };
}

/** Every article's score for the context keywords, in the law's order (one pass, where each article is weighed). */
export function scoresOf(law: CorpusLaw, context: string): number[] {
  const { articleTerms, idf, titleTerms } = lawTerms(law);
  const words = [...new Set(tokenize(context))].filter((w) => !titleTerms.has(w) && idf.has(w));
  return articleTerms.map((terms) => words.reduce((s, w) => s + (terms.has(w) ? idf.get(w) ?? 0 : 0), 0));
}

/** The score of one article of the law for the context keywords (0 when the article is not held). */
export function scoreOf(law: CorpusLaw, context: string, label: string): ArticleMatch | undefined {
  return matchContext(law, context, label).cited;
}

const isStop = charTest(/[。；;！？!?\n]/);

/** Bounds of the sentence around [start, end) (at most 300 characters each way). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < 300 && !isStop(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !isStop(text.charCodeAt(b))) b++;
  return [a, b];
}

/** The sentence around [start, end), with law names and article references blanked out. */
export function citingSentence(text: string, start: number, end: number): string {
  const [a, b] = sentenceBounds(text, start, end);
  return (text.slice(a, start) + ' ' + text.slice(end, b)).replace(/《[^》]*》/g, ' ').replace(/第[^条款项]{1,8}[条款项]/g, ' ');
}

/** The article of `to` whose wording is closest to `article` (how a revision renumbered it). */
export function closestArticle(to: CorpusLaw, article: CorpusArticle): ArticleMatch | undefined {
  return matchContext(to, article.text, '').best;
}
