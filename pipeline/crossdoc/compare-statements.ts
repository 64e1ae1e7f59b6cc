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
  return overlapOf(bigrams(a), bigrams(b));
}

/** subjectOverlap on the subjects' bigrams, made once per statement. */
function overlapOf(x: Set<string>, y: Set<string>): number {
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
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const grams = statements.map((s) => bigrams(s.statement.subject));
  // Only statements of one kind and measure are compared: the batch's statements, bucketed by both.
  const buckets = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const key = `${s.statement.kind}\u0000${s.statement.measure}`;
    const b = buckets.get(key);
    if (b) b.push(i);
    else buckets.set(key, [i]);
  });
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      const i = bucket[x]!;
      for (let y = x + 1; y < bucket.length; y++) {
        const j = bucket[y]!;
        // Two statements already in one group need no comparison: joining them again changes nothing.
        if (statements[i]!.path === statements[j]!.path || find(i) === find(j)) continue;
        // Cheap test first: a shared bigram at all.
        let shared = false;
        for (const g of grams[i]!) if (grams[j]!.has(g)) { shared = true; break; }
        if (!shared || overlapOf(grams[i]!, grams[j]!) < MIN_OVERLAP) continue;
        parent[find(i)] = find(j);
      }
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
