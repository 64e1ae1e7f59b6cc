// `authority` rules: the matter (a pattern) against who issued the document. A matter reserved to
// others fires when the issuer is in `forbiddenFor` or outside `allowedOnly`. Unknown issuer:
// the rule holds back and the hit is recorded, so form/issuer-unknown can say what was not judged.
import type { Provision } from '../../model/types.ts';
import { allIssuersIn, issuerIn, issuerLevelKnown } from '../applicability.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import { patternHitsInDocument, patternHitsInProvision } from './pattern.ts';

function issuerKnownFor(rule: CompiledRule, ctx: DocContext): boolean {
  const sets = [rule.def.forbiddenFor, rule.def.allowedOnly].filter(Boolean) as { levels?: string[]; kinds?: string[] }[];
  if (!ctx.issuers.length) return sets.length === 0;
  if (sets.some((s) => s.levels) && !issuerLevelKnown(ctx.issuers)) return false;
  return true;
}

function offends(rule: CompiledRule, ctx: DocContext): boolean {
  const { forbiddenFor, allowedOnly } = rule.def;
  if (forbiddenFor && !allIssuersIn(ctx.issuers, forbiddenFor)) return false;
  if (allowedOnly && issuerIn(ctx.issuers, allowedOnly)) return false;
  return true;
}

export function authorityHits(rule: CompiledRule, ctx: DocContext, p: Provision | null): Hit[] {
  const known = issuerKnownFor(rule, ctx);
  // A known issuer the rule does not concern: nothing to match (most documents, for most authority rules).
  if (known && !offends(rule, ctx)) return [];
  const hits = p ? patternHitsInProvision(rule, ctx, p) : patternHitsInDocument(rule, ctx);
  if (!hits.length) return hits;
  if (!known) {
    for (const h of hits) ctx.suppressed.push({ rule: rule.def, start: h.start, end: h.end, match: h.match, provision: h.provision });
    return [];
  }
  const issuer = ctx.issuers.map((i) => i.name).filter(Boolean).join('、');
  for (const h of hits) h.vars.issuer = issuer;
  return hits;
}
