// Calibrates which related articles of laws outside a finding's basis are worth showing. Labelled pairs
// are built from the rule base and the labelled documents: each finding on a gold document or sample,
// with the articles retrieved for its concept query; an article of another law is labelled relevant when
// that law is the basis of some rule of the finding's category (it speaks to the same kind of problem:
// 就业促进法 for a discrimination finding, not 兵役法), irrelevant otherwise. The threshold is the lowest
// retrieval score above which those pairs reach the target precision; null when no score does.
import type { Corpus } from '../corpus/corpus.ts';
import type { Category, DocumentReport } from '../model/types.ts';
import type { RuleDef } from '../rules/types.ts';
import { conceptQuery, RELATED_POOL } from '../rules/related-filter.ts';

export interface LabelledPair {
  category: Category;
  law: string;
  article: string;
  score: number;
  /** The article belongs to a law of the finding's own basis. */
  sameLaw: boolean;
  /** The law is a basis of some rule of the finding's category. */
  relevant: boolean;
}

/** Full titles of the laws the rules of each category cite. */
export function categoryLaws(defs: Pick<RuleDef, 'category' | 'basis'>[], corpus: Corpus): Map<Category, Set<string>> {
  const out = new Map<Category, Set<string>>();
  for (const d of defs) {
    let set = out.get(d.category);
    if (!set) out.set(d.category, (set = new Set()));
    for (const b of d.basis) {
      const law = corpus.findLaw(b.law);
      if (law) set.add(law.title);
    }
  }
  return out;
}

export function labelledPairs(reports: DocumentReport[], laws: Map<Category, Set<string>>, corpus: Corpus): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const d of reports) {
    for (const f of d.findings) {
      if (!f.basis.length) continue;
      const own = new Set(f.basis.map((b) => b.law));
      for (const r of corpus.related(conceptQuery(f.title, f.location.match), RELATED_POOL)) {
        if (f.basis.some((b) => b.law === r.law && b.article === r.article)) continue;
        pairs.push({
          category: f.category, law: r.law, article: r.article, score: r.score,
          sameLaw: own.has(r.law), relevant: !!laws.get(f.category)?.has(r.law),
        });
      }
    }
  }
  return pairs;
}

export interface Calibration {
  threshold: number | null;
  /** Other-law pairs: how many, how many relevant, and the best precision any cut reaches (with the support asked). */
  otherLaw: number;
  otherLawRelevant: number;
  bestPrecision: number;
}

/** The lowest score t such that other-law pairs scoring ≥ t have precision ≥ target (over at least minSupport pairs). */
export function calibrate(pairs: LabelledPair[], target = 0.8, minSupport = 10): Calibration {
  const other = pairs.filter((p) => !p.sameLaw).sort((a, b) => b.score - a.score);
  let tp = 0;
  let threshold: number | null = null;
  let best = 0;
  other.forEach((p, i) => {
    if (p.relevant) tp++;
    const n = i + 1;
    if (n < minSupport) return;
    const precision = tp / n;
    best = Math.max(best, precision);
    if (precision >= target && (i + 1 === other.length || other[i + 1]!.score < p.score)) threshold = p.score;
  });
  return { threshold, otherLaw: other.length, otherLawRelevant: other.filter((p) => p.relevant).length, bestPrecision: Math.round(best * 100) / 100 };
}
