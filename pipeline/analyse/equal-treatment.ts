// The article of a law the document names that requires people from elsewhere to be treated as local ones
// (老年人权益保障法第五十三条第二款: "对常住在本行政区域内的外埠老年人给予同等优待"): where a document makes 户籍 a
// condition, that article is what the reviewer sets against it, more exactly than the constitution's equality clause.
import type { Corpus } from '../corpus/corpus.ts';
import type { ResolvedArticle } from '../model/types.ts';
import { paragraphsOfText } from '../corpus/article-parser.ts';
import { articlesOfLaws } from './named-law-articles.ts';

/** People from elsewhere, or residents without the local 户籍. */
const FROM_ELSEWHERE = /外埠|外地|外省|非本地|非本市|非本县|流动人口|常住|居住证|户籍所在地以外/;
/** … treated alike. */
const ALIKE = /同等|平等|一视同仁|不得歧视|不得设置户籍|不得以户籍/;

/** The first article of the named laws (their text on `date`) with a paragraph that says both. */
export function equalTreatmentArticle(laws: readonly string[], corpus: Corpus, date: string | null): ResolvedArticle | null {
  for (const { law, article: a } of articlesOfLaws(laws, corpus, date)) {
    if (!FROM_ELSEWHERE.test(a.text) || !ALIKE.test(a.text)) continue;
    if (!paragraphsOfText(a.text).some((p) => FROM_ELSEWHERE.test(p) && ALIKE.test(p))) continue;
    const resolved = corpus.resolve(law.title, a.label);
    if (resolved) return resolved;
  }
  return null;
}
