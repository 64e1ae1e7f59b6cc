// A charge a clause makes that a law the document names says is free. A notice that has 专业纤维检验机构 collect 五元 a bale
// for 公证检验 charges what 棉花质量监督管理条例第十七条 forbids ("实施棉花质量公证检验不得收取费用"); one that charges a
// 登记工本费 for 财产登记 charges what 蓄滞洪区运用补偿暂行办法第二十四条 forbids ("不得向区内居民收取任何费用"). The clause is
// compared with every sentence of the named laws' articles (their text on the document's day) that makes a service free;
// one that shares the clause's matter is the article the charge departs from. A charge no law speaks of is the general
// fee rules' (fees.yaml); this comparison names the article that says the very service is free.
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, lawSentencesWhere, type LawSentenceMatch } from './named-law-articles.ts';
import { clauseAround, splitClauses } from './units.ts';

/** The words of a charge (also the rule's prefilter). */
export const CHARGE_WORDS = ['收取', '缴纳', '交纳', '收缴', '加收'];
/** A charge made: the verb, up to eight characters of what is charged, and 费 — not one refused right before it ("不得收取",
 *  "免收", "不再收取"). */
const CHARGES = /(?<!不得|不|免|禁止|严禁|不再|不予|无需|无须)(?:收取|缴纳|交纳|收缴|加收)[\u4e00-\u9fa5]{0,8}?(?:费用|费|款)/g;
/** A refusal before the charge in its clause. */
const REFUSED = /不得|不准|不再|不予|禁止|严禁|无需|无须|不向|不收|免予|免收|免费/;
/** The charge is the exception of a free rule: "除……收取工本费外". */
const EXCEPTED = /^[\u4e00-\u9fa5]{0,6}外/;
/** A law's sentence that makes the service free. */
const FREE = /不得(?:向[\u4e00-\u9fa5（）()、]{1,16})?收取(?:任何)?[\u4e00-\u9fa5]{0,6}?(?:费用|费)|不得收费|免费(?:向|为|提供|开放|办理|发放)|不收(?:取)?[\u4e00-\u9fa5]{0,4}?费|免收/;
/** The law's words that say how or that it is free, not what is done or for whom. */
const MODAL = /不得|不收取|不收|收取|任何|费用|免费|免收|应当|可以|提供|的|和|或者|等/g;

/** The same matter: this share of the free sentence's words in the clause's sentence, and this many of them (棉花质量监督管理
 *  条例第十七条 against a notice's 公证检验 clause shares most; 行政许可法第五十八条's general "实施行政许可……不得收取任何费用"
 *  shares two words with a clause on a licence's fee, and is the general fee rule's). */
export const MIN_MATTER = 0.3;
const MIN_SHARED = 4;

export type ForbiddenCharge = LawSentenceMatch;

const freeSentences = lawSentencesWhere((s) => FREE.test(s));

/** The first charge in `sentence` that a named law's sentence makes free for the same matter; null if none. */
export function forbiddenCharge(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): ForbiddenCharge | null {
  // A charge named in a condition ("违反规定收取费用的，……") is the conduct a sanction is for, not a charge made.
  const conditions = splitClauses(sentence).filter((c) => c.condition);
  // Nor one refused earlier in its clause ("不得向排污单位收取任何费用", "不向被检查人收取检验费用"), nor the exception a free
  // rule keeps ("除按收费标准向当事人收取工本费外，不得收取其他费用").
  const charge = [...sentence.matchAll(CHARGES)].find((m) => !conditions.some((c) => c.start <= m.index! && m.index! < c.end)
    && !REFUSED.test(sentence.slice(clauseAround(sentence, m.index!, m.index!).start, m.index!))
    && !EXCEPTED.test(sentence.slice(m.index! + m[0].length)) );
  if (!charge) return null;
  const mine = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: ForbiddenCharge | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of freeSentences(article.text)) {
      // The sentence up to the clause that makes it free: what follows ("所需费用由……统筹解决") says who pays instead.
      const m = FREE.exec(s)!;
      const words = [...cjkBigrams(s.slice(0, clauseAround(s, m.index, m.index + m[0].length).end).replace(MODAL, '　'))];
      const similarity = shareIn(words, mine);
      const shared = words.filter((w) => mine.has(w)).length;
      if (similarity < MIN_MATTER || shared < MIN_SHARED || (best && similarity <= best.similarity)) continue;
      best = { law, article, sentence: s, start: charge.index!, end: charge.index! + charge[0].length, similarity };
    }
  }
  // The laws' own sentence that lets the charge be made for a case next to the free one (疫苗管理法第四十九条: 免疫规划疫苗
  // free, 非免疫规划疫苗 "还可以收取接种服务费"; 第六条 "政府免费向居民提供免疫规划疫苗"): a clause nearly as close to it as to
  // the closest free one restates it. (Read only where a free sentence was found: most charges meet none.)
  if (!best) return null;
  let allowed = 0;
  for (const { article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of chargingSentences(article.text)) allowed = Math.max(allowed, shareIn([...cjkBigrams(s.replace(MODAL, '　'))], mine));
  }
  return allowed >= best.similarity - ALLOW_MARGIN ? null : best;
}

/** How much less of the clause's words the article's allowing sentence may hold than its free one and still be the
 *  clause's case (a clause on 非免疫规划疫苗 holds 0.79 of the allowing sentence's words and 0.90 of the free one's; one
 *  on 免疫规划疫苗, 0.58 and 0.90). */
const ALLOW_MARGIN = 0.15;

/** An article's sentences that make or allow a charge and make nothing free. */
const chargingSentences = lawSentencesWhere((s) => !FREE.test(s) && CHARGING.test(s));
const CHARGING = /(?:收取|缴纳|交纳)[\u4e00-\u9fa5]{0,8}?(?:费用|费)/;
