// Which upper-law articles a finding shows as "related": those that share its concept. The articles are
// retrieved for the finding's concept (its title and matched words), not for the whole provision, whose
// other words pulled in articles on anything (道路运输条例 for 限男性, 监察法 for a marital-status clause).
// An article of a law the finding's basis cites is kept; an article of another law only above
// OTHER_LAW_MIN_SCORE, a threshold measured on labelled pairs (pipeline/eval/related-calibration.ts):
// on the gold documents and samples no retrieval score separated relevant other-law articles from the
// rest (precision at most 0.3 at any cut), so there is none — articles of other laws are not shown.
import type { RelatedArticle, ResolvedArticle } from '../model/types.ts';

/** Articles retrieved per finding before filtering. */
export const RELATED_POOL = 30;

/**
 * Minimum retrieval score for an article of a law outside the finding's basis, or null when no score
 * reaches the target precision on the labelled pairs (test/corpus/related-calibration.test.ts measures it).
 */
export const OTHER_LAW_MIN_SCORE: number | null = null;

/** The query a finding's related articles are retrieved for. */
export function conceptQuery(title: string, match: string): string {
  return `${title} ${match}`.trim();
}

export function relevantRelated(ranked: RelatedArticle[], basis: ResolvedArticle[], limit: number, minOtherScore = OTHER_LAW_MIN_SCORE): RelatedArticle[] {
  const laws = new Set(basis.map((b) => b.law));
  return ranked
    .filter((r) => !basis.some((b) => b.law === r.law && b.article === r.article))
    .filter((r) => laws.has(r.law) || (minOtherScore !== null && r.score >= minOtherScore))
    .slice(0, limit);
}
