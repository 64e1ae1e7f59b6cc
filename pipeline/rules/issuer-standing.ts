// An issuer without power over the public (an internal unit, a coordination body) is one problem of the
// document, not of each clause: a reviewer writes it once, at the words where the body acts in its own
// name ("……领导小组办公室决定，……"), and names every power the body lacks — to bind the public, to
// punish, to take coercive measures, to approve. The rules that see each of these (`standing: true`) are
// merged here into one finding: the first such hit leads, the others add a sentence and their articles.
import type { ResolvedArticle } from '../model/types.ts';
import type { DocContext, Hit } from './context.ts';
import { sentenceAround } from '../analyse/units.ts';
import { fillTemplate } from './template.ts';

// The words with which a body enacts a document in its own name. Kept to verbs of enacting or announcing,
// so that a name in a 落款 or in "报X备案" does not anchor the finding.
// "X决定，……" / "经X研究，特公告如下" / "X发布了关于……的通告" (a portal's lead).
const ENACTING = /^[^。；！？\n]{0,4}(?:决定|研究决定|特?通告如下|特?公告如下|特?规定如下|特?制定本|讨论通过|现将有关事项|现就有关事项|特此通告|特?发布了?)/;
// A body names itself in its own text without its place ("经县推进殡葬改革领导小组研究"): the name's tails
// down to this length are looked for too.
const SHORTEST_NAME = 6;

/** Where the issuer enacts the document in its own name: the name and the verb, or null. */
export function enactingWords(ctx: Pick<DocContext, 'text' | 'issuers'>, before: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const issuer of ctx.issuers) {
    for (let cut = 0; issuer.name && issuer.name.length - cut >= SHORTEST_NAME; cut++) {
      const name = issuer.name.slice(cut);
      const at = enactedAt(ctx.text, name, before);
      if (at && (!best || at.start < best.start)) best = at;
      if (at) break;
    }
  }
  return best;
}

function enactedAt(text: string, name: string, before: number): { start: number; end: number } | null {
  for (let at = text.indexOf(name); at >= 0 && at < before; at = text.indexOf(name, at + 1)) {
    const after = at + name.length;
    const verb = ENACTING.exec(text.slice(after, after + 16));
    // The verb must belong to the sentence that names the body.
    if (verb && sentenceAround(text, at, at).end >= after + verb[0].length) return { start: at, end: after + verb[0].length };
  }
  return null;
}

export interface StandingOptions {
  basisOf(h: Hit): ResolvedArticle[];
  labelOf(h: Hit): string;
}

/**
 * One finding for the document's standing hits, placed at the enacting words when the document has them.
 * Hits must be in document order; the others are returned unchanged, in order.
 */
export function mergeStanding(hits: Hit[], ctx: Pick<DocContext, 'text' | 'issuers' | 'provisions'>, opts: StandingOptions): Hit[] {
  const standing = hits.filter((h) => h.rule.def.standing);
  if (!standing.length) return hits;
  const lead = standing[0]!;
  const basis: ResolvedArticle[] = [...opts.basisOf(lead)];
  const notes: string[] = [];
  const seenRules = new Set([lead.rule.def.id]);
  for (const h of standing.slice(1)) {
    if (seenRules.has(h.rule.def.id)) continue;
    seenRules.add(h.rule.def.id);
    const own = opts.basisOf(h);
    for (const b of own) if (!basis.some((x) => x.law === b.law && x.article === b.article)) basis.push(b);
    const note = h.rule.def.standingNote;
    if (note) notes.push(fillTemplate(note, { match: h.match, label: opts.labelOf(h), law: own[0]?.law ?? '', article: own[0]?.article ?? '', ...h.vars }));
  }
  const merged: Hit = { ...lead, vars: { ...lead.vars, match: lead.vars.match ?? lead.match }, basis };
  if (notes.length) merged.addendum = `文件还规定了${notes.join('；')}。`;
  if (seenRules.size > 1) merged.alsoRules = [...seenRules].slice(1);
  const at = enactingWords(ctx, lead.start);
  if (at) {
    merged.start = at.start;
    merged.end = at.end;
    merged.match = ctx.text.slice(at.start, at.end);
    merged.provision = ctx.provisions.find((p) => p.start <= at.start && at.start < p.end) ?? null;
  }
  const out = hits.filter((h) => !h.rule.def.standing);
  out.push(merged);
  return out.sort((a, b) => a.start - b.start);
}
