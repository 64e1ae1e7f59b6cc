// Exact article citations in a piece of text (《……》第X条[第X款]), resolved against the corpus.
// The precision guard "restating an upper-law rule with an exact citation is not setting one"
// and the quantity comparison "amounts are compared with the cited article" both stand on this.
import type { Corpus } from '../corpus/corpus.ts';
import type { ResolvedArticle } from '../model/types.ts';
import { parseChineseNumber } from './numerals.ts';

export interface CitedArticle {
  law: string;
  article: string;
  /** 1-based 款 when cited (第一百一十九条第一款). */
  paragraph?: number;
  start: number;
  end: number;
  resolved?: ResolvedArticle;
}

const NUM = '[一二三四五六七八九十百零〇\\d]+';
const CITE_RE = new RegExp(`《([^》\\n]{2,60})》((?:第${NUM}条(?:之[一二三四五六七八九十])?(?:第${NUM}款)?(?:第[（(]?${NUM}[）)]?项)?[、和及，,至]?)+)`, 'g');
const ARTICLE_RE = new RegExp(`(第${NUM}条(?:之[一二三四五六七八九十])?)(?:第(${NUM})款)?`, 'g');

export function scanCitedArticles(text: string, corpus: Corpus): CitedArticle[] {
  const out: CitedArticle[] = [];
  for (const m of text.matchAll(CITE_RE)) {
    const law = m[1]!.trim();
    for (const a of m[2]!.matchAll(ARTICLE_RE)) {
      const article = a[1]!;
      const paragraph = a[2] ? parseChineseNumber(a[2]) ?? undefined : undefined;
      let resolved: ResolvedArticle | undefined;
      try {
        resolved = corpus.resolve(law, article);
      } catch {
        resolved = undefined;
      }
      out.push({ law, article, paragraph, start: m.index!, end: m.index! + m[0].length, resolved });
    }
  }
  return out;
}


/** The paragraphs (款) of an article's text: one per line, except that the items (项) of a list —
 *  lines opening with （一）— belong to the paragraph that introduces them. */
export function paragraphsOf(articleText: string): string[] {
  const out: string[] = [];
  for (const line of articleText.split('\n')) {
    if (!line.trim()) continue;
    if (out.length && /^\s*[（(][一二三四五六七八九十]+[)）]/.test(line)) out[out.length - 1] += '\n' + line;
    else out.push(line);
  }
  return out;
}

/** The cited text: the cited paragraph (款) when one is named and exists, else the whole article. */
export function citedText(c: CitedArticle): string {
  if (!c.resolved) return '';
  const paras = paragraphsOf(c.resolved.text);
  return c.paragraph && paras[c.paragraph - 1] ? paras[c.paragraph - 1]! : c.resolved.text;
}

/**
 * The citation guard: the text cites an exact article of an upper law — one that resolves in the
 * corpus, or of a law the corpus does not hold at all (the embedded corpus is small; an unknown
 * name is not evidence of a wrong citation, and citation/* rules judge citations separately).
 * A law the corpus holds whose article does not exist, or a repealed law, protects nothing.
 */
export function citesUpperArticle(text: string, corpus: Corpus): boolean {
  return scanCitedArticles(text, corpus).some((c) => c.resolved || isUnknownLaw(c.law, corpus));
}

export function isUnknownLaw(name: string, corpus: Corpus): boolean {
  if (!/(?:法|条例|规定|办法|细则|决定)$/.test(name)) return false;
  try {
    return !corpus.findLaw(name) && !corpus.findRepealed(name);
  } catch {
    return false;
  }
}
