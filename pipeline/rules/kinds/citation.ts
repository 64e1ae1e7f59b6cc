// `citation` rules: one rule per problem code of the citation analyser (repealed, nonexistent
// article, renumbered, non-standard name), so citation problems share the rule contract.
import type { Provision } from '../../model/types.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';

export function citationHits(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const out: Hit[] = [];
  for (const c of ctx.citations(p.text, ctx.corpus, ctx.date)) {
    if (c.code !== rule.def.problem) continue;
    const start = p.start + Math.max(0, Math.min(c.start, p.text.length));
    const end = p.start + Math.max(0, Math.min(c.end, p.text.length));
    out.push({
      rule, start, end, match: c.match || p.text.slice(start - p.start, end - p.start), provision: p,
      vars: { law: c.law, article: c.article, detail: c.detail, successor: c.successor || '（无）', cited: c.match },
    });
  }
  return out;
}
