// From raw hits to findings: dedupe, profile severity, messages, basis quoted from the corpus,
// related articles, fingerprints and a stable order.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/corpus.ts';
import type { Finding, FindingLocation, RelatedArticle, ResolvedArticle, Severity } from '../model/types.ts';
import type { DocContext, Hit } from './context.ts';
import { sentenceAround } from '../analyse/units.ts';
import { conceptQuery, RELATED_POOL, relevantRelated } from './related-filter.ts';
import { fillTemplate } from './template.ts';
import { mergeStanding } from './issuer-standing.ts';
import { mergeRepeats } from './merge-repeats.ts';
import { namedLaws, subjectLawsOf } from './restatement.ts';
import { penaltyDeciderArticle } from '../analyse/named-law-articles.ts';

function normalise(s: string): string {
  return s.replace(/\s+/g, '').replace(/[，,]/g, '，');
}

export function fingerprint(ruleId: string, label: string, match: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\u0000${label}\u0000${normalise(match)}\u0000${occurrence}`).digest('hex').slice(0, 20);
}

function location(h: Hit, ctx: DocContext): FindingLocation {
  const p = h.provision;
  const label = p?.label ?? '全文';
  const path = p ? [...p.path] : [];
  let fullLabel = label;
  const part = p?.parts?.find((x) => x.start <= h.start && h.start < x.end);
  if (part && !label.endsWith(part.label)) {
    fullLabel = label + part.label;
    path.push(part.label);
  }
  const loc: FindingLocation = { label: fullLabel, path, start: h.start, end: h.end, text: p?.text ?? ctx.text.slice(0, 200), match: h.match };
  if (p?.page !== undefined) loc.page = p.page;
  return loc;
}

export interface PostOptions {
  corpus: Corpus;
  /** The rule's basis as it applies on the day judged (null: no date, the current texts). */
  basisOf(ruleId: string, date: string | null): ResolvedArticle[];
  /** The rule's `imposedByTownship` articles that apply on the day judged (none: no note either). */
  townshipBasisOf?(ruleId: string, date: string | null): ResolvedArticle[];
  severityOf(ruleId: string, fallback: Severity): Severity;
  relatedLimit: number;
  /** Where the profile's limits come from (for {source}). */
  source: string;
}

/**
 * The articles a finding quotes: what the hit itself rests on (the repealing clause of a repealed
 * citation, the current article of a renumbered one, the cited article a quantity was compared with),
 * else the rule's own basis on the day judged.
 */
function basisOfHit(h: Hit, opts: PostOptions, ctx: DocContext): ResolvedArticle[] {
  const date = ctx.date;
  const own = h.basis?.length ? h.basis : opts.basisOf(h.rule.def.id, date);
  const out = [...own];
  const add = (a: ResolvedArticle) => { if (!out.some((b) => b.law === a.law && b.article === a.article)) out.push(a); };
  if (h.compared?.article) add(h.compared.article);
  const township = townshipBasis(h, opts, date);
  for (const a of township) add(a);
  // A township's penalty under a law that says who decides its penalties: that article names the body the township is not.
  if (township.length && h.rule.def.category === 'penalty') {
    const decider = penaltyDeciderOf(ctx);
    if (decider) add(decider);
  }
  return out;
}

/** The named laws' article on who decides their penalties, once per document: each township penalty's basis asks, twice
 *  (for the standing merge and for the finding). */
const deciderMemo = new WeakMap<DocContext, ResolvedArticle | null>();
function penaltyDeciderOf(ctx: DocContext): ResolvedArticle | null {
  let decider = deciderMemo.get(ctx);
  if (decider === undefined) {
    decider = penaltyDeciderArticle([...namedLaws(ctx).map((l) => l.title), ...subjectLawsOf(ctx)], ctx.corpus, ctx.date);
    deciderMemo.set(ctx, decider);
  }
  return decider;
}

function townshipBasis(h: Hit, opts: PostOptions, date: string | null): ResolvedArticle[] {
  return h.byTownship && opts.townshipBasisOf ? opts.townshipBasisOf(h.rule.def.id, date) : [];
}

/** Hits of a rule whose problem another rule's finding on the same words already reports. */
function subsumed(h: Hit, hits: Hit[], text: string): boolean {
  const by = h.rule.def.subsumedBy;
  if (!by?.length) return false;
  const near = h.rule.def.subsumedWithin === 'sentence'
    ? ((s) => (o: Hit) => sentenceAround(text, o.start, o.start).start === s)(sentenceAround(text, h.start, h.start).start)
    : (o: Hit) => o.start < h.end && h.start < o.end;
  return hits.some((o) => o !== h && near(o) && by.some((x) => x === o.rule.def.id || x === o.rule.def.category));
}

export function toFindings(hits: Hit[], ctx: DocContext, opts: PostOptions): Finding[] {
  // Dedupe: one finding per rule and sentence — a sentence that lists three fines, or names a tax base
  // twice, is one problem for the reviewer, reported at its first words.
  const seen = new Set<string>();
  const unique = hits.filter((h) => {
    const sentence = sentenceAround(ctx.text, h.start, h.start).start;
    // A citation problem is the cited name's: each name once per document, at its first mention.
    const key = h.rule.def.kind === 'citation'
      ? `${h.rule.def.id}|${normalise(h.match)}`
      : `${h.rule.def.id}|${h.provision?.label ?? ''}|${h.rule.def.kind === 'document' ? h.start : sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !subsumed(h, hits, ctx.text);
  });
  unique.sort((a, b) => a.start - b.start || (a.rule.def.id < b.rule.def.id ? -1 : a.rule.def.id > b.rule.def.id ? 1 : 0) || a.end - b.end);
  const occurrences = new Map<string, number>();
  const relatedMemo = new Map<string, RelatedArticle[]>();
  const issuerName = ctx.issuers.map((i) => i.name).filter(Boolean).join('、') || '制定机关';
  const merged = mergeStanding(unique, ctx, { basisOf: (h) => basisOfHit(h, opts, ctx), labelOf: (h) => location(h, ctx).label });
  // Each finding is built at its own place first (its fingerprint, message and occurrence count are what they
  // were before repeats were merged), then a problem the document repeats becomes one finding (merge-repeats.ts).
  const kindOf = new Map(merged.map((h) => [h.rule.def.id, h.rule.def.kind]));
  const findings = merged.map((h): Finding => {
    const def = h.rule.def;
    const loc = location(h, ctx);
    const basis = basisOfHit(h, opts, ctx);
    const key = `${def.id}|${loc.label}|${normalise(h.match)}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const vars: Record<string, string> = {
      match: h.match, issuer: issuerName,
      law: basis[0]?.law ?? '', article: basis[0]?.article ?? '',
      value: '', limit: '', detail: '', successor: '', cited: '', source: opts.source,
      ...h.vars,
    };
    // Related articles share the finding's concept (related-filter.ts); the ranking is memoised per query.
    const query = conceptQuery(def.title, vars.match!);
    let ranked = relatedMemo.get(query);
    if (!ranked) {
      try {
        ranked = opts.corpus.related(query, RELATED_POOL);
      } catch {
        ranked = [];
      }
      relatedMemo.set(query, ranked);
    }
    const related = relevantRelated(ranked, basis, opts.relatedLimit);
    return {
      id: fingerprint(def.id, loc.label, h.match, n),
      ruleId: def.id,
      category: def.category,
      severity: opts.severityOf(def.id, def.severity),
      title: def.title,
      message: fillTemplate(def.message, vars) + (h.compared ? h.compared.note : '') + (h.addendum ?? '')
        + (townshipBasis(h, opts, ctx.date).length ? def.imposedByTownship!.note : ''),
      suggestion: fillTemplate(def.suggestion, vars),
      location: loc,
      basis,
      related,
      appliedAsOf: ctx.appliedAsOf,
      ...(h.meantLaw ? { meantLaw: h.meantLaw } : {}),
      ...(h.alsoRules ? { alsoRules: h.alsoRules } : {}),
    };
  });
  return mergeRepeats(findings, (f) => kindOf.get(f.ruleId) !== 'document' && kindOf.get(f.ruleId) !== 'citation');
}
