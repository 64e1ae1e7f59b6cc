// Matching one document's findings against its labels. A finding matches a label when the
// category is the same, the finding's location lies under the labelled provision (prefix match
// on the label or on the path, so "第五条" also matches "第二章第五条第一款") and, when the label
// quotes words, those words lie inside the finding's provision text. Severity and basis are
// judged on the matches, not used to find them: a right spot with a weak severity is reported
// as such rather than counted both as a miss and as a false positive.
import type { Finding, FindingLocation, Severity } from '../model/types.ts';
import type { GoldLabel } from './gold.ts';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export interface LabelOutcome {
  label: GoldLabel;
  /** Findings (warning or error) on the labelled spot, whatever their severity. */
  matches: Finding[];
  /** A match reaches the labelled minimum severity (warning when none is labelled). */
  recalled: boolean;
  /** Matched, but only below the labelled minimum severity. */
  underSeverity: boolean;
  /** null when the label names no basis or the label was not recalled. */
  basisCorrect: boolean | null;
}

export interface DocumentMatch {
  labels: LabelOutcome[];
  /** Warning/error findings on no labelled spot. */
  falsePositives: Finding[];
  /** Warning/error findings that match at least one label. */
  truePositives: Finding[];
  /** Info findings: reported apart, never counted against precision. */
  infos: Finding[];
}

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** Does the finding's location lie under the labelled provision? */
export function provisionMatches(want: string | undefined, loc: Pick<FindingLocation, 'label' | 'path'>): boolean {
  if (want === undefined) return true;
  const w = norm(want);
  if (norm(loc.label).startsWith(w)) return true;
  // Every suffix of the path starting at a segment boundary: chapters, sections and attachment
  // wrappers above the article may be left out of a label.
  for (let i = 0; i < loc.path.length; i++) {
    if (norm(loc.path.slice(i).join('')).startsWith(w)) return true;
  }
  return false;
}

export function quoteMatches(quote: string | undefined, loc: Pick<FindingLocation, 'text' | 'match'>): boolean {
  if (quote === undefined) return true;
  const q = norm(quote);
  return norm(loc.text).includes(q) || norm(loc.match).includes(q);
}

/** Law titles compare without book-title marks, the 中华人民共和国 prefix or a version note. */
export function normaliseLawName(name: string): string {
  return norm(name)
    .replace(/[《》〈〉]/g, '')
    .replace(/[（(][^）)]*(修订|修正|年)[^）)]*[）)]$/, '')
    .replace(/^中华人民共和国/, '')
    .replace(/^国务院(关于)?/, '');
}

export function basisMatches(want: { law: string; article: string }, finding: Finding): boolean {
  const law = normaliseLawName(want.law);
  return finding.basis.some((b) => normaliseLawName(b.law) === law && norm(b.article).startsWith(norm(want.article)));
}

export function findingMatchesLabel(label: GoldLabel, f: Finding): boolean {
  return (f.category === label.category || (label.alsoAccept ?? []).includes(f.category))
    && provisionMatches(label.provision, f.location)
    && quoteMatches(label.quote, f.location);
}

export function matchDocument(labels: GoldLabel[], findings: Finding[]): DocumentMatch {
  const counted = findings.filter((f) => f.severity !== 'info');
  const infos = findings.filter((f) => f.severity === 'info');
  const outcomes = labels.map((label): LabelOutcome => {
    const matches = counted.filter((f) => findingMatchesLabel(label, f));
    const min = RANK[label.severity ?? 'warning'];
    const strong = matches.filter((f) => RANK[f.severity] >= min);
    const recalled = strong.length > 0;
    return {
      label,
      matches,
      recalled,
      underSeverity: !recalled && matches.length > 0,
      basisCorrect: recalled && label.basis ? strong.some((f) => basisMatches(label.basis!, f)) : null,
    };
  });
  const truePositives = counted.filter((f) => outcomes.some((o) => o.matches.includes(f)));
  const falsePositives = counted.filter((f) => !truePositives.includes(f));
  return { labels: outcomes, truePositives, falsePositives, infos };
}
