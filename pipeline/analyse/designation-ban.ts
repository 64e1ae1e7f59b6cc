// The article of a law the document names that forbids designating who provides a service or a good (环境影响评价法
// 第十九条第三款 (2018): "任何单位和个人不得为建设单位指定编制建设项目环境影响报告书、环境影响报告表的技术单位"; 道路交通安全法
// 第十三条: 不得指定机动车安全技术检验的场所): where a document keeps a trade for the providers it picks, that article is
// what the reviewer sets against it, more exactly than 反垄断法's general clause.
import type { Corpus } from '../corpus/corpus.ts';
import type { ResolvedArticle } from '../model/types.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { articlesOfLaws } from './named-law-articles.ts';
import { splitSentences } from './units.ts';

/** A sentence that forbids designating or restricting the provider. */
const BANS_DESIGNATION = /(?:不得|禁止|严禁)(?:为[\u4e00-\u9fa5、]{1,12})?(?:指定|限定|强制[\u4e00-\u9fa5]{0,4}(?:选择|使用|购买))/;
/** The words that say who forbids what, not what is provided. */
const GENERIC = /任何单位和个人|任何单位|不得|禁止|严禁|指定|限定|为|的|和|或者|及其|等/g;
/** This share of the ban's words about the service must be in the clause. */
export const MIN_SHARED = 0.35;

/** The article of the named laws (their text on `date`) whose ban on designating a provider is about the clause's
 *  service; null when none is. */
export function designationBanArticle(clause: string, laws: readonly string[], corpus: Corpus, date: string | null): ResolvedArticle | null {
  const mine = cjkBigrams(clause);
  let best: { law: string; label: string; share: number } | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    if (!BANS_DESIGNATION.test(article.text)) continue;
    for (const u of splitSentences(article.text)) {
      if (!BANS_DESIGNATION.test(u.text)) continue;
      const words = [...cjkBigrams(u.text.replace(GENERIC, '　'))];
      if (words.length < 4) continue;
      const share = shareIn(words, mine);
      if (share >= MIN_SHARED && (!best || share > best.share)) best = { law: law.title, label: article.label, share };
    }
  }
  return best ? corpus.resolve(best.law, best.label) ?? null : null;
}
