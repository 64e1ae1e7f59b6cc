// The article of the laws a document names that is closest in words to a clause. A finding whose own basis is a general
// rule (行政许可法第十七条 for a licence a notice sets, 宪法第三十三条 for a right it cuts) says what kind of wrong the clause
// is; the article of the law the notice rests on that governs the same matter (消防法第十五条 for a venue's opening check,
// 铁路安全管理条例第三十条 for building near a line) is what the reviewer holds the clause against. It is offered only where the
// clause shares most of its words with it.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { CITATION_PHRASE, conductSimilarity, withoutBodies } from './frames.ts';
import { articlesOfLaws, keptAcrossDocuments } from './named-law-articles.ts';

/** Share of the clause's words the article must hold. Measured on the labelled sets' findings (see README): below it the
 *  closest article is as often another matter of the same law as the clause's own. */
export const MIN_CLOSE = 0.5;

const COMMENCEMENT = /施行/;
const INVENTED = /许可证|执照|准营证|准许证|押金|保证金|费/g;

export interface ClosestArticle { law: CorpusLaw; article: CorpusLaw['articles'][number]; similarity: number }

function closestOf(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): ClosestArticle | false {
  // Neither the law cited nor the bodies named to act or applied to are the matter; nor is the kind of paper or payment the
  // clause invents (作业许可证, 技术审查费), which the law it departs from does not have.
  const words = withoutBodies(sentence.replace(CITATION_PHRASE, '　')).replace(INVENTED, '');
  let best: ClosestArticle | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    // The commencement and the transition ("本条例自……起施行", "本条例施行前已经从事……的") govern no matter of their own.
    if (COMMENCEMENT.test(article.text)) continue;
    const similarity = conductSimilarity(words, article.text);
    if (similarity >= MIN_CLOSE && (!best || similarity > best.similarity)) best = { law, article, similarity };
  }
  // false, not null: the memo keeps answers, and an answer of none is one too.
  return best ?? false;
}

/** The closest article of the named laws (their texts on the document's day) to `sentence`, or null; kept across the
 *  documents of a batch, as the other comparisons with the named laws are. */
const kept = keptAcrossDocuments(closestOf);
export function closestNamedArticle(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): ClosestArticle | null {
  if (!laws.length) return null;
  return kept(sentence, laws, corpus, date) || null;
}
