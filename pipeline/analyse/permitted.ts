// What a clause permits that a law the document names forbids. A notice that says "可以允许已满十六周岁的未成年人……进入"
// gives leave the law it rests on refuses (未成年人保护法第五十八条: 不得允许未成年人进入). The clause is compared with every
// sentence of the named laws' articles (their text on the document's day) that forbids leave ("不得允许", "不得准许"): one
// that shares the clause's matter is the article the clause departs from. The opposite of analyse/denied.ts, which finds a
// clause refusing what a law requires.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { keepUpTo } from '../text/memo.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws } from './named-law-articles.ts';
import { splitClauses, splitSentences } from './units.ts';

/** The words that give leave (also the rule's prefilter). */
export const PERMISSION_WORDS = ['允许', '准许'];
/** Leave given: not leave refused right before it ("不得允许", "不允许", "不再准许", "禁止允许"). */
const PERMITS = /(?<!不得|不|禁止|严禁|不再)(?:允许|准许)/g;
/** A law's sentence that refuses the leave. */
const FORBIDS = /不得(?:允许|准许)/;
/** The law's words that say how, not what or whom. */
const MODAL = /不得|允许|准许|应当|可以|的|和|或者|等/g;

/** The same matter: this share of the law sentence's words in the clause's sentence, and this many of them. Measured on
 *  the labelled sets (未成年人保护法第五十八条 against a 歌舞娱乐场所 clause, 0.27 with 11 words); a thin margin. */
export const MIN_MATTER = 0.2;
const MIN_SHARED = 4;

export interface PermittedBan {
  law: CorpusLaw;
  article: CorpusLaw['articles'][number];
  /** The law's sentence that forbids the leave. */
  sentence: string;
  /** The clause's words that give it, offsets in the text searched. */
  start: number;
  end: number;
  similarity: number;
}

const forbiddingSentences = keepUpTo((text: string): string[] => splitSentences(text).map((u) => u.text.trim()).filter((s) => FORBIDS.test(s)), 20_000);

/** The first leave in `sentence` that a named law's sentence refuses for the same matter; null if none. */
export function permittedBan(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): PermittedBan | null {
  // Leave named in a condition ("父母允许其被非法招用的，……处以罚款") is the conduct a sanction is for, not leave given.
  const conditions = splitClauses(sentence).filter((c) => c.condition);
  const leave = [...sentence.matchAll(PERMITS)].find((m) => !conditions.some((c) => c.start <= m.index! && m.index! < c.end));
  if (!leave) return null;
  const mine = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: PermittedBan | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of forbiddingSentences(article.text)) {
      const words = [...cjkBigrams(s.replace(MODAL, '　'))];
      const similarity = shareIn(words, mine);
      const shared = words.filter((w) => mine.has(w)).length;
      if (similarity < MIN_MATTER || shared < MIN_SHARED || (best && similarity <= best.similarity)) continue;
      best = { law, article, sentence: s, start: leave.index!, end: leave.index! + leave[0].length, similarity };
    }
  }
  return best;
}
