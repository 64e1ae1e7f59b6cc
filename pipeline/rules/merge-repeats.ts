// One problem, one opinion. A township notice that sets fines in 第三条, 第五条 and 第七条 has one problem — a
// normative document setting fines, against 行政处罚法第十六条 — and a reviewer writes it once, naming every clause
// ("第三条、第五条、第七条设定罚款……"). Findings of one document with the same rule, severity and basis (every
// article it quotes, in any order) are therefore one finding: the first in document order keeps its id and
// location, each later one becomes an entry of its `alsoAt` with its own fingerprint and location, and its own
// message where it differs (a threshold quoting another value must keep its detail).
//
// Not merged: document-level rules (each finding is about the document as a whole already) and citation rules
// (once per cited name already); findings that differ in `meantLaw` or `alsoRules` (another act meant, other
// powers taken in) or in their suggestion (another handling) are other problems.
import type { Finding } from '../model/types.ts';
import { asOtherPlace, placesOf } from '../model/places.ts';

/** The articles a finding quotes as one key: law and article of each, whatever their order. */
export function basisSetKey(basis: readonly { law: string; article: string }[]): string {
  return [...new Set(basis.map((b) => `${b.law}\u0000${b.article}`))].sort().join('\u0001');
}

/** What makes two findings of one document the same problem. */
export function problemKey(f: Finding): string {
  return [f.ruleId, f.severity, basisSetKey(f.basis), f.meantLaw ?? '', (f.alsoRules ?? []).join(','), f.suggestion].join('\u0002');
}

/**
 * Findings (of one document, in document order) with each repeated problem merged into its first finding.
 * `mergeable` says which findings may take part (not those of document-level or citation rules).
 */
export function mergeRepeats(findings: Finding[], mergeable: (f: Finding) => boolean): Finding[] {
  const lead = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!mergeable(f)) { out.push(f); continue; }
    const key = problemKey(f);
    const first = lead.get(key);
    if (!first) {
      const copy = { ...f };
      lead.set(key, copy);
      out.push(copy);
      continue;
    }
    const more = placesOf(f).map((p) => asOtherPlace(p, first.message));
    first.alsoAt = [...(first.alsoAt ?? []), ...more];
  }
  return out;
}
