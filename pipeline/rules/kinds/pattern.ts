// `pattern` rules: matchers over a provision, its sentences or the whole document, filtered by
// the built-in precision guards (citation, negation, referral, 备案, subject).
import type { Provision } from '../../model/types.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import { isFilingOnly, isGovernmentDuty, isNegated, isReferralOnly } from '../guards.ts';
import { namedLaws, restatesCitation, restatesNamedLawVerbatim } from '../restatement.ts';
import type { CorpusLaw } from '../../model/types.ts';
import { sentenceAround, splitSentences, type Unit } from '../text-units.ts';

/** Is this match (offsets inside `text`, which starts at document offset `base`) kept by the rule's guards? */
export function passesGuards(rule: CompiledRule, ctx: DocContext, text: string, base: number, start: number, end: number): boolean {
  // Names are not norms: a match inside 《…》 is the title of another document, and a sentence
  // announcing "现就有关事项通知如下：" or the document's own title states a subject, not a rule.
  if (insideBookTitle(text, start)) return false;
  if (isAnnouncement(text, start, end, ctx.doc.meta.title)) return false;
  const g = rule.guards;
  if (g.negation && isNegated(text, start, end, rule.ownNegations)) return false;
  if (g.referral && isReferralOnly(text, start, end)) return false;
  if (g.filing && isFilingOnly(text, start, end)) return false;
  if (g.subject === 'public' && isGovernmentDuty(text, start, end)) return false;
  if (g.citation && restatesCitation(ctx, text, base, start, end)) return false;
  if (g.citation && restatesNamedLawVerbatim(text, start, end, lawsNamedIn(ctx))) return false;
  return true;
}

const namedLawsMemo = new WeakMap<DocContext, CorpusLaw[]>();

function lawsNamedIn(ctx: DocContext): CorpusLaw[] {
  let laws = namedLawsMemo.get(ctx);
  if (!laws) {
    laws = namedLaws(ctx);
    namedLawsMemo.set(ctx, laws);
  }
  return laws;
}

function insideBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && open > text.lastIndexOf('》', at - 1) && text.indexOf('》', at) >= 0;
}

const TITLE_RE = /^[^。；]{0,60}关于[^。；]{2,80}的(?:通知|通告|公告|决定|意见|办法|规定|实施方案|方案|批复|函)$/;

function isAnnouncement(text: string, start: number, end: number, title: string | null): boolean {
  const s = sentenceAround(text, start, end);
  const body = s.text.trim();
  if (/(?:如下|下列事项)[：:]?$/.test(body) && /(?:通知|通告|公告|决定|规定|明确|要求)如下|有关事项|现将/.test(body)) return true;
  // The line holding the match is the document title.
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  const line = text.slice(ls, le).trim();
  return (!!title && line === title.trim()) || TITLE_RE.test(line);
}

function units(text: string, scope: string | undefined): Unit[] {
  return scope === 'sentence' ? splitSentences(text) : [{ text, start: 0, end: text.length }];
}

/** Matches in one provision, as document offsets. */
export function patternHitsInProvision(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const out: Hit[] = [];
  for (const u of units(p.text, rule.def.scope)) {
    for (const s of rule.match!.find(u.text, ctx)) {
      const start = u.start + s.start;
      const end = u.start + s.end;
      if (!passesGuards(rule, ctx, p.text, p.start, start, end)) continue;
      out.push({ rule, start: p.start + start, end: p.start + end, match: p.text.slice(start, end), provision: p, vars: {} });
    }
  }
  return out;
}

/** Document scope: the whole text is one unit; the location is the provision holding the match. */
export function patternHitsInDocument(rule: CompiledRule, ctx: DocContext): Hit[] {
  const out: Hit[] = [];
  for (const s of rule.match!.find(ctx.text, ctx)) {
    if (!passesGuards(rule, ctx, ctx.text, 0, s.start, s.end)) continue;
    const provision = ctx.provisions.find((p) => p.start <= s.start && s.start < p.end) ?? null;
    out.push({ rule, start: s.start, end: s.end, match: ctx.text.slice(s.start, s.end), provision, vars: {} });
  }
  return out;
}
