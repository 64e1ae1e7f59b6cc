// Who pays, compared with who the law says pays. 邮政法第十条 has a builder that did not set up letter boxes bear the cost
// of having them set up ("所需费用由该居民楼的建设单位承担"); a notice that shares it among the flat buyers moves the cost to
// others. 长城保护条例第二十三条 has whoever damaged the wall bear its repair; a notice that puts it on the village committee
// does the same. The clause's sentence is compared with each sentence of the named laws' articles that names a bearer of
// a cost: one that speaks of the same matter and names another bearer is the article the clause departs from.
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, lawSentencesWhere, type LawSentenceMatch } from './named-law-articles.ts';

/** The words of a cost borne (the comparison's prefilter). */
export const BEARER_WORDS = ['承担', '负担', '分摊', '支付', '预交', '预缴', '垫付', '自理'];
/** A cost and who bears it: "所需费用由该居民楼的建设单位承担", "修缮费用由所在村民委员会承担"; paid in advance or met by the
 *  bearer alone ("诊断、鉴定费用由申请人预交", "检查费用由劳动者本人自理") is borne all the same. */
const BORNE = /(?:费用|经费|资金)[，,]?由([\u4e00-\u9fa5、（）()]{2,24}?)(?:按户|按人|按面积|共同|自行|依法|先行)?(?:承担|负担|分摊|支付|预交|预缴|垫付|自理)/;
/** The words of a bearer that say nothing of who it is. */
const BEARER_FILLER = /该|其|所在|的|各|本|有关|相关|当地|全体|居民楼|房屋|共同|按户/g;

/** The same matter: this share of the law sentence's words (before its bearer) in the clause's sentence. */
export const MIN_MATTER = 0.33;
const MIN_SHARED = 7;

const bearingSentences = lawSentencesWhere((s) => BORNE.test(s));

/** Two bearers are the same one: they share a word once the words that name no one are gone ("该居民楼的建设单位" and
 *  "建设单位"). */
function sameBearer(a: string, b: string): boolean {
  const mine = cjkBigrams(a.replace(BEARER_FILLER, '　'));
  const theirs = [...cjkBigrams(b.replace(BEARER_FILLER, '　'))];
  return theirs.some((w) => mine.has(w));
}

/** The first cost of `sentence` whose bearer differs from the one a named law's sentence names for the same matter. */
export function costBearerDiffers(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): LawSentenceMatch | null {
  const mine = BORNE.exec(sentence);
  if (!mine) return null;
  const words = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: LawSentenceMatch | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of bearingSentences(article.text)) {
      const theirs = BORNE.exec(s)!;
      // The matter is what the law's sentence says before the cost: the duty unmet, the thing damaged.
      // The cost's own name is part of it ("职业病诊断、鉴定费用": a short matter says little before 费用).
      const before = [...cjkBigrams(s.slice(0, theirs.index + 2))];
      const similarity = shareIn(before, words);
      if (similarity < MIN_MATTER || before.filter((w) => words.has(w)).length < MIN_SHARED) continue;
      // A law's sentence on the same matter that names the clause's bearer: the clause restates it.
      if (sameBearer(mine[1]!, theirs[1]!)) return null;
      if (!best || similarity > best.similarity) best = { law, article, sentence: s, start: mine.index, end: mine.index + mine[0].length, similarity };
    }
  }
  return best;
}
