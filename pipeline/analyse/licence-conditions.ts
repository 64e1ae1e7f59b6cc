// The article of a law the document names that lists the conditions of a licence ("……应当具备下列条件：") or its papers: where a
// document adds conditions to a licence, that article is what the reviewer sets the added ones against (动物防疫法第六十一条
// for a 动物诊疗许可, 劳动合同法第五十七条 for 劳务派遣).
import type { Corpus } from '../corpus/corpus.ts';
import type { ResolvedArticle } from '../model/types.ts';
import { conductSimilarity, CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws } from './named-law-articles.ts';

/** An article that lists conditions, or the papers an applicant brings (婚姻登记条例第五条: "办理结婚登记的内地居民应当
 *  出具下列证件和证明材料"): papers added to those are conditions added too (行政许可法第三十一条). */
const LISTS_CONDITIONS = /(?:应当|须|必须)(?:具备|符合)(?:下列|以下)(?:条件|要求)|(?:应当|须|必须)(?:出具|提交|提供|持有|携带)(?:下列|以下)(?:证件|材料|证明材料|文件|申请材料)/;
/** How close the article must be to the clause's matter (conduct similarity over the whole article). */
const MIN_MATTER = 0.35;

/** The named laws' article closest to the sentence that lists conditions, in the text of `date`; null when none is close. */
export function conditionsArticle(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): ResolvedArticle | null {
  const matter = sentence.replace(CITATION_PHRASE, '');
  let best: { law: string; label: string; sim: number } | null = null;
  for (const { law, article: a } of articlesOfLaws(laws, corpus, date)) {
    if (!LISTS_CONDITIONS.test(a.text)) continue;
    const sim = conductSimilarity(matter, a.text);
    if (sim >= MIN_MATTER && (!best || sim > best.sim)) best = { law: law.title, label: a.label, sim };
  }
  return best ? corpus.resolve(best.law, best.label) ?? null : null;
}
