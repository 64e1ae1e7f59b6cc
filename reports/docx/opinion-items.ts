// The problems of one document as a letter lists them: findings grouped by provision, and within a
// provision by rule — one sentence with two fines is one problem listing both, not two problems — each
// with the provision quoted exactly (the provision, never the letterhead: whole-document findings quote
// nothing) and its place named as a reviewer names it ("第二部分第（五）项", not "二、（五）"). A problem the document
// repeats (a merged finding, Finding.alsoAt) is one item naming its provisions together ("关于第三条、第五条、第七条"),
// each quoted, with every matched words in its one explanation.
import type { DocumentReport, Finding, FindingLocation, ResolvedArticle } from '../../pipeline/model/types.ts';
import { splitSentences } from '../../pipeline/analyse/units.ts';
import { atEachPlace, placesOf } from '../../pipeline/model/places.ts';
import { placeName as placeOf } from '../../pipeline/model/place-name.ts';
import { matchRanges, type MatchRange } from '../match-ranges.ts';

const RANK = { error: 0, warning: 1, info: 2 } as const;
const QUOTE_MAX = 300; // longer provisions are quoted by the sentences that carry the problem

/** Findings a letter is written for: errors and warnings, except those a reviewer found to be no
 *  problem or already corrected (check --review). */
export function opinionFindings(d: DocumentReport): Finding[] {
  return d.findings.filter((f) => f.severity !== 'info' && f.review?.status !== 'not-a-problem' && f.review?.status !== 'corrected');
}

export interface ProblemPoint {
  ruleId: string;
  severity: Finding['severity'];
  category: Finding['category'];
  title: string;
  /** The matched words of every finding merged into this point, in document order, without repeats. */
  matches: string[];
  /** The explanation: one sentence naming every match when the findings differ only there. */
  message: string;
  basis: ResolvedArticle[];
  suggestion: string;
  findingIds: string[];
}

export interface ProvisionQuote {
  /** The provision's place ("第五条第一款"). */
  place: string;
  /** Its words, exactly (excerpted by sentence with …… when long). */
  text: string;
}

export interface ProvisionProblems {
  /** "第一项", "第二部分第（五）项", "第五条第一款", "序言部分", "第三条、第五条、第七条" (a problem repeated in several
   *  provisions); null for the document as a whole. */
  place: string | null;
  /** Each provision's place (one, or several for a repeated problem; none for the document as a whole). */
  places: string[];
  /** "该项", "该条", "上述规定" …: how the letter refers back to the place. */
  unit: string;
  /** Each provision's words, in document order; none for the whole document. */
  quotes: ProvisionQuote[];
  points: ProblemPoint[];
  start: number;
}

export function placeName(f: Pick<Finding, 'location'>): string | null {
  return placeOf(f.location.path, f.location.label);
}

export function unitWord(place: string | null, provisions = 1): string {
  if (!place) return '该文件';
  if (provisions > 1) return '上述规定';
  const m = /(条|款|项|目|章|节|部分)$/.exec(place);
  return m ? `该${m[1]}` : '该规定';
}

/** The provision as quoted: whole when short; else the sentences holding a match, with …… for what is left out. */
export function quoteProvision(text: string, ranges: MatchRange[]): string {
  const flat = text.trim();
  if (flat.length <= QUOTE_MAX) return text.split('\n').map((p) => p.trim()).filter(Boolean).join('');
  const sentences = splitSentences(text);
  const keep = new Set<number>();
  for (const r of ranges) {
    const k = sentences.findIndex((u) => u.start <= r.start && r.start < u.end);
    if (k >= 0) keep.add(k);
  }
  if (!keep.size) keep.add(0);
  const parts: string[] = [];
  let last = -1;
  for (const k of [...keep].sort((a, b) => a - b)) {
    if (k !== last + 1) parts.push('……');
    parts.push(sentences[k]!.text.replace(/\n/g, '').trim());
    last = k;
  }
  if (last < sentences.length - 1) parts.push('……');
  return parts.join('');
}

/** One message for findings of one rule that differ only in the matched words; else each distinct message. */
export function mergedMessage(findings: Finding[]): string {
  const messages = [...new Set(findings.map((f) => f.message))];
  if (messages.length === 1) return messages[0]!;
  const MARK = '\u0000';
  const templates = findings.map((f) => (f.location.match ? f.message.split(f.location.match).join(MARK) : f.message));
  const matches = [...new Set(findings.map((f) => f.location.match))];
  if (new Set(templates).size === 1 && templates[0]!.split(MARK).length === 2) {
    // "……罚款“处二百元罚款”。" → "……罚款“处二百元罚款”“处一千元罚款”。"
    const [before, after] = templates[0]!.split(MARK) as [string, string];
    const open = before.endsWith('“') ? '“' : '';
    const close = after.startsWith('”') ? '”' : '';
    const sep = open && close ? `${close}${open}` : '、';
    return `${before}${matches.join(sep)}${after}`;
  }
  return messages.join('');
}

function uniqueBasis(findings: Finding[]): ResolvedArticle[] {
  const seen = new Set<string>();
  const out: ResolvedArticle[] = [];
  for (const f of findings) for (const b of f.basis) {
    const k = `${b.law}\u0000${b.article}`;
    if (!seen.has(k)) { seen.add(k); out.push(b); }
  }
  return out;
}

const provisionKey = (loc: FindingLocation) => (loc.path.length ? `${loc.label}\u0000${loc.text}` : '\u0000whole');

/** The provisions a finding's places lie in, each once, in document order. */
function provisionsOf(f: Finding): FindingLocation[] {
  const seen = new Map<string, FindingLocation>();
  for (const p of placesOf(f).sort((a, b) => a.start - b.start)) if (!seen.has(provisionKey(p))) seen.set(provisionKey(p), p);
  return [...seen.values()];
}

function pointOf(fs: Finding[]): ProblemPoint {
  // Each place as the finding it was before repeats were merged: their matches and messages make one explanation.
  const places = fs.flatMap(atEachPlace).sort((a, b) => a.location.start - b.location.start);
  const f0 = fs[0]!;
  const severity = fs.some((f) => f.severity === 'error') ? 'error' : 'warning';
  return {
    ruleId: f0.ruleId, severity, category: f0.category, title: f0.title,
    matches: [...new Set(places.map((f) => f.location.match).filter(Boolean))],
    message: mergedMessage(places),
    basis: uniqueBasis(fs),
    suggestion: [...new Set(fs.map((f) => f.suggestion).filter(Boolean))].join(''),
    findingIds: places.map((f) => f.id),
  };
}

/** The document's problems, by provision in document order (the document as a whole first); a problem repeated in
 *  several provisions is one item for all of them. */
export function provisionProblems(d: DocumentReport): ProvisionProblems[] {
  const byProvisions = new Map<string, Finding[]>();
  for (const f of opinionFindings(d)) {
    const key = provisionsOf(f).map(provisionKey).join('\u0001');
    byProvisions.set(key, [...(byProvisions.get(key) ?? []), f]);
  }
  const out: ProvisionProblems[] = [];
  for (const group of byProvisions.values()) {
    const provisions = provisionsOf(group[0]!);
    const whole = provisions.length === 1 && provisions[0]!.path.length === 0;
    const byRule = new Map<string, Finding[]>();
    for (const f of [...group].sort((a, b) => a.location.start - b.location.start)) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const points = [...byRule.values()].map(pointOf).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const atPlaces = group.flatMap(atEachPlace);
    const places = whole ? [] : provisions.map((p) => placeOf(p.path, p.label) ?? p.label);
    const place = whole ? null : places.join('、');
    out.push({
      place,
      places,
      unit: unitWord(place, places.length),
      quotes: whole ? [] : provisions.map((p, k) => {
        const here = atPlaces.filter((f) => provisionKey(f.location) === provisionKey(p));
        return { place: places[k]!, text: quoteProvision(p.text, matchRanges(p.text, here)) };
      }),
      points,
      start: whole ? -1 : Math.min(...atPlaces.map((f) => f.location.start)),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
