// `citation` rules: one rule per problem code of the citation scanner (pipeline/analyse/citations.ts:
// repealed, repealed-unverified, repealed-since, nonexistent-article, renumbered, renumbered-since,
// non-standard-name, law-base-outdated), so citation problems share the rule contract. A finding
// quotes what the problem rests on: the repealing clause, the current article.
import type { CitationProblem } from '../../analyse/citations.ts';
import type { Provision } from '../../model/types.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';

/** What to cite instead: the successor act (and its article where known), the right article label. */
function successorText(p: CitationProblem): string {
  if (p.code.startsWith('repealed')) return p.successor ? `《${p.successor}》${p.successorArticle ?? '的相应条款'}` : '';
  return (p.successor ?? p.suggestion ?? '').replace(/^改为|。$/g, '');
}

/** Words after a title that say the act no longer applies. */
const NAMED_AS_REPEALED = /^[^，,。；;]{0,6}?(?:同时|一并|已经|已|予以|即行)?(?:废止|失效|停止执行|停止施行|不再执行|不再适用|不再施行)/;

/** For each of the document's provisions, by index, the problem codes of the citations that start in it
 *  (the rules that can find something there; provisions may nest, so each citation is placed in all). */
export function citationProblemsByProvision(ctx: DocContext): Set<string>[] {
  const out: Set<string>[] = [];
  for (const c of ctx.citations()) {
    if (!c.problems.length) continue;
    ctx.provisions.forEach((p, i) => {
      if (c.start < p.start || c.start >= p.end) return;
      const codes = (out[i] ??= new Set());
      for (const problem of c.problems) codes.add(problem.code);
    });
  }
  return out;
}

export function citationHits(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const out: Hit[] = [];
  for (const c of ctx.citations()) {
    if (c.start < p.start || c.start >= p.end) continue;
    // "……《城市房屋拆迁管理条例》同时废止", "原《……》不再适用": a repealed act named as repealed is not cited.
    const namedAsRepealed = NAMED_AS_REPEALED.test(ctx.text.slice(c.end, c.end + 16));
    // One citation is one finding per problem: the articles of a citation of several numbers that each moved
    // ("第五十三条、第五十五条" of the 2017 text, now 第七十条 and 第七十二条) are told, and quoted, together.
    const mine = c.problems.filter((x) => x.code === rule.def.problem && !(namedAsRepealed && x.code.startsWith('repealed')));
    const problem = mine[0];
    if (problem) {
      const end = Math.min(c.end, p.end);
      const basis = mine.flatMap((x) => x.basis ?? []).filter((a, i, all) => all.findIndex((b) => b.law === a.law && b.article === a.article) === i);
      out.push({
        rule, start: c.start, end, match: ctx.text.slice(c.start, end), provision: p,
        vars: {
          law: c.law?.title ?? c.name,
          article: problem.article ?? c.articles[0]?.label ?? '',
          detail: mine.map((x) => x.message.replace(/。$/, '')).join('；'),
          successor: mine.map(successorText).filter(Boolean).join('、') || '（无）',
          cited: c.raw,
        },
        ...(basis.length ? { basis } : {}),
        ...(problem.meant ? { meantLaw: problem.meant } : {}),
        // A wrong name of an act that was still recognised: the finding quotes the cited articles under
        // the act's right name, which is what the reviewer asks the drafter to write.
        ...(!problem.basis?.length && problem.code === 'non-standard-name' && c.articles.some((a) => a.resolved)
          ? { basis: c.articles.flatMap((a) => (a.resolved ? [a.resolved] : [])) } : {}),
      });
    }
  }
  return out;
}
