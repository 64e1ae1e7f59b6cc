// Statements of different documents on the same matter whose numbers disagree. Two statements are on
// the same matter when they are of one kind with the same measure, and the words of their subjects
// overlap (character bigrams: most of the shorter subject's bigrams are in the longer one's, so
// "露天焚烧秸秆" meets "在露天焚烧农作物秸秆"). Matters are grouped transitively; a group whose
// statements do not all say the same number is a conflict.
import type { Statement } from './statements.ts';

export interface DocStatement {
  path: string;
  statement: Statement;
}

/** Share of the shorter subject's bigrams found in the other; below MIN_OVERLAP, not the same matter. */
export const MIN_OVERLAP = 0.7;
/** Subjects shorter than this many bigrams are too generic to compare. */
const MIN_BIGRAMS = 3;

function bigrams(s: string): Set<string> {
  const k = s.replace(/[\s，。；：、“”‘’（）《》！？,.;:()!?\u3000]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < k.length; i++) out.add(k.slice(i, i + 2));
  return out;
}

export function subjectOverlap(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size < MIN_BIGRAMS || y.size < MIN_BIGRAMS) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return common / small.size;
}

function sameQuantity(a: Statement, b: Statement): boolean {
  return a.unit === b.unit && a.min === b.min && a.max === b.max;
}

/** Groups of statements (two documents at least) on one matter that do not agree on the number. */
export function conflictingGroups(statements: DocStatement[]): DocStatement[][] {
  const n = statements.length;
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const grams = statements.map((s) => bigrams(s.statement.subject));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = statements[i]!;
      const b = statements[j]!;
      if (a.path === b.path || a.statement.kind !== b.statement.kind || a.statement.measure !== b.statement.measure) continue;
      // Cheap test first: a shared bigram at all.
      let shared = false;
      for (const g of grams[i]!) if (grams[j]!.has(g)) { shared = true; break; }
      if (!shared || subjectOverlap(a.statement.subject, b.statement.subject) < MIN_OVERLAP) continue;
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, DocStatement[]>();
  statements.forEach((s, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(s);
    else groups.set(r, [s]);
  });
  return [...groups.values()].filter((g) => new Set(g.map((s) => s.path)).size >= 2 && !g.every((s) => sameQuantity(s.statement, g[0]!.statement)));
}
