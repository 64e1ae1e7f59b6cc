// `approver` rules: a clause that names the body deciding an approval, compared with the article of a law the
// document names that gives the same approval to a body of another level (analyse/approver.ts). The finding
// quotes that article.
import type { Provision } from '../../model/types.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import { approvalsIn, approverConflict } from '../../analyse/approver.ts';
import { namedLaws } from '../restatement.ts';
import { unitsOf } from '../match.ts';

export function approverHits(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const out: Hit[] = [];
  let laws: string[] | undefined;
  for (const s of unitsOf('sentence', p.text, ctx)) {
    if (!approvalsIn(s.text).length) continue;
    laws ??= namedLaws(ctx).map((l) => l.title);
    const c = approverConflict(s.text, laws, ctx.corpus, ctx.date);
    if (!c) continue;
    const basis = c.articles.map((a) => ctx.corpus.resolve(a.law.title, a.article.label)).filter((a) => a !== undefined);
    const article = basis[0];
    if (!article) continue;
    const start = p.start + s.start + c.approval.start;
    const end = p.start + s.start + c.approval.end;
    out.push({
      rule, start, end, match: ctx.text.slice(start, end), provision: p, basis,
      vars: { value: c.approval.approver, law: article.law, article: article.article, limit: c.articles[0]!.theirs.approver },
    });
  }
  return out;
}
