// Matching one document's findings against its labels. A finding matches a label when the
// category is the same, the finding's location lies under the labelled provision (prefix match
// on the label or on the path, so "第五条" also matches "第二章第五条第一款") and, when the label
// quotes words, those words lie inside the finding's provision text. Severity and basis are
// judged on the matches, not used to find them: a right spot with a weak severity is reported
// as such rather than counted both as a miss and as a false positive.
// A finding is a problem, which may stand at several places (Finding.alsoAt: a problem the document repeats): it
// matches a label when any of its places does, and may recall several labels (a document whose labels name each of
// the repeated clauses). Precision counts findings; the places a merged finding holds beyond the labelled ones are
// counted apart (`unlabelledPlaces`), so what the merge absorbed stays visible.
import type { Corpus } from '../corpus/corpus.ts';
import { correspondingArticle } from '../corpus/correspondence.ts';
import { atEachPlace } from '../model/places.ts';
import type { Finding, FindingLocation, ResolvedArticle, Severity } from '../model/types.ts';
import { clauseRegion, locateQuote, type Span } from './anchor.ts';
import type { GoldLabel } from './gold.ts';
import type { LabelBasis } from './label-basis.ts';

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
  /** Anchored labels: the quote was not found in the extracted text (the label cannot be matched). */
  unlocated?: boolean;
}

export interface DocumentMatch {
  labels: LabelOutcome[];
  /** Warning/error findings on no labelled spot. */
  falsePositives: Finding[];
  /** Warning/error findings that match at least one label. */
  truePositives: Finding[];
  /** Info findings: reported apart, never counted against precision. */
  infos: Finding[];
  /** Findings on a clause the labels call doubtful: counted neither way. */
  doubtful: Finding[];
  /**
   * False positives that repeat a recalled label's problem elsewhere in the document: the same rule as a
   * finding that met the label (labels quote one instance of a problem a document repeats). Still false
   * positives; the summary gives precision with and without them.
   */
  repeats: Finding[];
  /** Other places (alsoAt) of the warning/error findings counted for or against precision: how many … */
  otherPlaces: number;
  /** … and those on no labelled spot, each as the finding at that place (what merging absorbed). */
  unlabelledPlaces: Finding[];
}

/** What anchored labels need: the extracted text, and the corpus to map article numbers between versions. */
export interface MatchContext {
  text: string;
  corpus?: Corpus;
  /** Quotes of doubtful clauses. */
  doubtful?: string[];
  /** Findings of these rules are left out (e.g. missing-date checks on a partial copy). */
  ignoreRules?: (f: Finding) => boolean;
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

/** Does one basis a finding quotes match one basis of a reviewer's label, mapping article numbers
 *  between versions (a 2017 label's 第十四条 of 行政处罚法 is 第十六条 of the 2021 text)? */
export function labelBasisMatches(want: LabelBasis, got: ResolvedArticle, corpus?: Corpus): boolean {
  if (normaliseLawName(want.law) !== normaliseLawName(got.law)) return false;
  if (!want.articles.length) return true; // the label names only the law (a wrong or outdated name)
  const article = /^第[^条]+条(?:之[一二三四五六七八九十]+)?/.exec(norm(got.article))?.[0] ?? norm(got.article);
  if (want.currentArticles.includes(article)) return true;
  for (const a of want.articles) {
    if (!want.versionYear || !corpus) { if (a === article) return true; continue; }
    const target = corpus.versionsOf(got.law).find((v) => v.version === got.version);
    const c = target ? correspondingArticle(corpus, got.law, a, want.versionYear, target) : undefined;
    if (c ? c.article === article : a === article) return true;
  }
  return false;
}

export function basisMatches(want: { law: string; article: string }, finding: Finding): boolean {
  const law = normaliseLawName(want.law);
  return finding.basis.some((b) => normaliseLawName(b.law) === law && norm(b.article).startsWith(norm(want.article)));
}

const overlaps = (a: Span, b: { start: number; end: number }) => a.start < Math.max(b.end, b.start + 1) && b.start < a.end;

/** Is this place on the labelled clause (whatever the finding's category)? */
function placeOnLabelledSpot(label: GoldLabel, loc: FindingLocation, region?: Span | null): boolean {
  if (label.anchor !== undefined) return !!region && overlaps(region, loc);
  return provisionMatches(label.provision, loc) && quoteMatches(label.quote, loc);
}

/** Is any place of the finding on the labelled clause (whatever its category)? */
function onLabelledSpot(label: GoldLabel, f: Finding, region?: Span | null): boolean {
  return atEachPlace(f).some((p) => placeOnLabelledSpot(label, p.location, region));
}

export function findingMatchesLabel(label: GoldLabel, f: Finding, region?: Span | null): boolean {
  if (f.category !== label.category && !(label.alsoAccept ?? []).includes(f.category)) return false;
  return onLabelledSpot(label, f, region);
}

/** A finding of another category on the labelled clause that quotes an article the label names: the
 *  reviewer gives that article as a reason too ("没收属于行政处罚，现场清除属于强制措施" labelled as coercion
 *  with 行政处罚法 and 行政强制法). It agrees with the label; it does not recall it. */
function agreesWithLabel(label: GoldLabel, f: Finding, region: Span | null, corpus?: Corpus): boolean {
  if (!label.bases?.length || !onLabelledSpot(label, f, region)) return false;
  return f.basis.some((b) => label.bases!.some((w) => w.articles.length > 0 && labelBasisMatches(w, b, corpus)));
}

function basisCorrect(label: GoldLabel, strong: Finding[], corpus?: Corpus): boolean | null {
  if (label.bases?.length) {
    return strong.some((f) => f.basis.some((b) => label.bases!.some((w) => labelBasisMatches(w, b, corpus)))
      // A label that names only the right act of a misnamed citation is met by the act the finding says is meant.
      || (f.meantLaw !== undefined && label.bases!.some((w) => !w.articles.length && normaliseLawName(w.law) === normaliseLawName(f.meantLaw!))));
  }
  if (label.basis) return strong.some((f) => basisMatches(label.basis!, f));
  return null;
}

export function matchDocument(labels: GoldLabel[], findings: Finding[], ctx?: MatchContext): DocumentMatch {
  const considered = ctx?.ignoreRules ? findings.filter((f) => !ctx.ignoreRules!(f)) : findings;
  const doubtfulRegions = (ctx?.doubtful ?? []).map((q) => locateQuote(ctx!.text, q)).filter((s): s is Span => !!s)
    .map((s) => clauseRegion(ctx!.text, s));
  const counted = considered.filter((f) => f.severity !== 'info');
  const infos = considered.filter((f) => f.severity === 'info');
  const regions = new Map<GoldLabel, Span | null>();
  const outcomes = labels.map((label): LabelOutcome => {
    let region: Span | null = null;
    if (label.anchor !== undefined && ctx) {
      const at = locateQuote(ctx.text, label.anchor);
      region = at && clauseRegion(ctx.text, at);
    }
    regions.set(label, region);
    // A label that expects only a note (severity info: a province's requirement, nationally a note) is
    // met by an info finding too; info findings still never count for or against precision.
    const pool = label.severity === 'info' ? [...counted, ...infos] : counted;
    const matches = pool.filter((f) => findingMatchesLabel(label, f, region));
    const min = RANK[label.severity ?? 'warning'];
    const strong = matches.filter((f) => RANK[f.severity] >= min);
    const recalled = strong.length > 0;
    const out: LabelOutcome = {
      label,
      matches,
      recalled,
      underSeverity: !recalled && matches.length > 0,
      basisCorrect: recalled ? basisCorrect(label, strong, ctx?.corpus) : null,
    };
    if (label.anchor !== undefined && !region) out.unlocated = true;
    return out;
  });
  const truePositives = counted.filter((f) => outcomes.some((o) => o.matches.includes(f)
    || (o.recalled && agreesWithLabel(o.label, f, regions.get(o.label) ?? null, ctx?.corpus))));
  const rest = counted.filter((f) => !truePositives.includes(f));
  const onDoubtful = (f: Finding) => atEachPlace(f).some((p) => doubtfulRegions.some((r) => overlaps(r, p.location)));
  const doubtful = rest.filter(onDoubtful);
  const falsePositives = rest.filter((f) => !doubtful.includes(f));
  const recalledRules = new Set(outcomes.filter((o) => o.recalled).flatMap((o) => o.matches.map((f) => f.ruleId)));
  const repeats = falsePositives.filter((f) => recalledRules.has(f.ruleId));
  // The other places of the findings precision counts, and those that meet no label: what merging absorbed.
  const others = [...truePositives, ...falsePositives].flatMap((f) => atEachPlace(f).slice(1));
  const unlabelledPlaces = others.filter((p) => !onDoubtful(p) && !outcomes.some((o) => findingMatchesLabel(o.label, p, regions.get(o.label))
    || (o.recalled && agreesWithLabel(o.label, p, regions.get(o.label) ?? null, ctx?.corpus))));
  return { labels: outcomes, truePositives, falsePositives, infos, doubtful, repeats, otherPlaces: others.length, unlabelledPlaces };
}
