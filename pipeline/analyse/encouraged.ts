// A duty a clause puts on the public where the law the document names only encourages the same people to do the same
// thing (农产品质量安全法第三十九条: 农产品生产企业、农民专业合作社 "应当……开具承诺达标合格证", but "鼓励和支持农户销售农产品时
// 开具承诺达标合格证"; a notice that says 农户 "必须逐批开具" makes compulsory what the law chose to leave voluntary).
// The clause is compared with every sentence of the named laws' articles (their text on the document's day): the
// closest sentence that encourages must be close, and closer than any sentence of those laws that imposes the duty on
// someone (the law's own duty for the same people would make the clause a restatement).
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws } from './named-law-articles.ts';
import { keepUpTo } from '../text/memo.ts';
import { splitSentences } from './units.ts';

/** The words that make a clause a duty (also the rule's prefilter words). */
export const DUTY_WORDS = ['必须', '应当', '须', '一律', '要求'];
export const DUTY = new RegExp(DUTY_WORDS.join('|'));
/** The clause itself encourages, supports or guides: it sets no duty. */
const ENCOURAGING = /鼓励|支持|提倡|倡导|引导|自愿|可以/;
/** A law's sentence that encourages (its subject does not have to), or leaves it to its subject's will ("个体工商户可以自愿……
 *  转型为企业", 促进个体工商户发展条例第十三条). */
const LAW_ENCOURAGES = /鼓励|提倡|倡导|可以自愿/;
/** A law's sentence that obliges. */
const LAW_OBLIGES = /应当|必须|不得|禁止/;

/** The clause's words this close to the encouraging sentence name the same people and conduct. */
export const MIN_ENCOURAGED = 0.6;

export interface EncouragedConflict {
  law: CorpusLaw;
  article: CorpusLaw['articles'][number];
  /** The law's encouraging sentence. */
  sentence: string;
  similarity: number;
}

/** The law's words that say how it wants the thing done, not what or by whom. */
const MODAL = /国家|鼓励|支持|提倡|倡导|引导|可以自愿|自愿|应当|必须|不得|禁止|按照规定|依法|和|或者|及其|等/g;

const PARTICLE = /[的了着之其对将]/;

/** An encouraging sentence's subject, its word of encouragement and what it encourages, when that holds alternatives. */
const ALTERNATIVES = /^([^，；]*?)(鼓励|提倡|倡导|可以自愿)([^，；。]*或者[^，；。]*)/;

/** A sentence of fewer words says too little to be recognised in a clause. */
const MIN_WORDS = 6;

/** A sentence of an article that encourages or obliges, with its people and conduct (its words without the modality). */
interface LawSentence {
  text: string;
  encourages: boolean;
  words: string[];
}

/** The sentences of an article that could be a clause's law, read once per article text: each clause with a duty is
 *  compared with every sentence of the named laws, and a batch's clauses name the same laws. */
const lawSentencesOf = keepUpTo((text: string): LawSentence[] => {
  const out: LawSentence[] = [];
  for (const u of splitSentences(text)) {
    const s = u.text.trim();
    if (s.length < 6) continue;
    const encourages = LAW_ENCOURAGES.test(s);
    if (!encourages && !LAW_OBLIGES.test(s)) continue;
    const words = [...cjkBigrams(s.replace(MODAL, '　'))];
    // Too few words to be recognised in a clause: the sentence is no clause's law.
    if (words.length >= MIN_WORDS) out.push({ text: s, encourages, words });
    // What the law leaves to its subject among alternatives ("个体工商户可以自愿变更经营者或者转型为企业") is left so each: a
    // clause that compels one of them is recognised by the subject and that one.
    const alternatives = encourages ? ALTERNATIVES.exec(s) : null;
    if (alternatives) {
      for (const alt of alternatives[3]!.split('或者')) {
        const altWords = [...cjkBigrams(`${alternatives[1]}　${alt}`.replace(MODAL, '　'))];
        if (altWords.length >= MIN_WORDS) out.push({ text: s, encourages, words: altWords });
      }
    }
  }
  return out;
}, 20_000);

/** A sentence that obliges and fits the clause this well may be the clause's own law. */
const MIN_OBLIGED = 0.5;

/** The article of a named law that only encourages what the clause (a duty on the public) requires; null if none. */
export function encouragedConflict(clause: string, laws: readonly string[], corpus: Corpus, date: string | null): EncouragedConflict | null {
  if (!DUTY.test(clause) || ENCOURAGING.test(clause)) return null;
  const mine = cjkBigrams(clause);
  // (Particles are no words of people or conduct: "指定的" and "规定的" share 定的 and nothing else.)
  const clauseWords = [...cjkBigrams(clause.replace(CITATION_PHRASE, '　').replace(MODAL, '　'))].filter((b) => !PARTICLE.test(b));
  let best: (EncouragedConflict & { reverse: number }) | null = null;
  const obliging: { forward: number; reverse: number }[] = [];
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const { text: s, encourages, words } of lawSentencesOf(article.text)) {
      // The share of the law sentence's words (its people and conduct, not its modality) that the clause has: the law's
      // sentence is short and says exactly whom and what; the clause adds its place, dates and manner ("全县", "每两年",
      // "逐批").
      const similarity = shareIn(words, mine);
      if (similarity < MIN_OBLIGED) continue;
      // The share of the clause's own words (without its citation and modality) the sentence has: of two sentences that
      // both fit, the one that names the clause's people more narrowly ("高危行业、领域的生产经营单位") is the clause's.
      const reverse = shareIn(clauseWords, cjkBigrams(s));
      if (encourages) {
        if (!best || similarity > best.similarity) best = { law, article, sentence: s, similarity, reverse };
      } else obliging.push({ forward: similarity, reverse });
    }
  }
  if (!best || best.similarity < MIN_ENCOURAGED) return null;
  // A duty the law itself imposes that fits the clause more closely: the clause restates it. As closely is not enough: the
  // law's duty then names people the clause does not narrow to ("属于国家规定的高危行业、领域的生产经营单位，应当投保" beside
  // "国家鼓励生产经营单位投保": a clause for every 生产经营单位 shares as many words with each).
  const found = best;
  if (obliging.some((o) => o.reverse > found.reverse)) return null;
  return { law: found.law, article: found.article, sentence: found.sentence, similarity: found.similarity };
}
