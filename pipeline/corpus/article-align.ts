// Article correspondence between two versions of one law, computed from the texts: revisions
// insert, delete, split and reword articles, so numbers say little and content says much.
// A monotone alignment (the order of a law's articles rarely changes) over a similarity of
// character bigrams, with a second pass for articles that moved. Each pair carries the
// similarity as its confidence; 1 means the text is unchanged.
import type { CorpusArticle } from '../model/types.ts';

export interface ArticlePair {
  from: string; // article label in the older version
  to: string | null; // label in the newer version; null = removed
  /** 0..1: how alike the two texts are (1 = identical after whitespace and punctuation). */
  similarity: number;
  /** How the pair was found. */
  how: 'aligned' | 'moved' | 'declared';
}

const PUNCT = /[\s，。；：、“”‘’（）《》！？,.;:()!?\u3000]/g;

function key(text: string): string {
  return text.replace(PUNCT, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams (multiset). */
export function textSimilarity(a: string, b: string): number {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return 1;
  if (ka.length < 2 || kb.length < 2) return 0;
  const ba = bigrams(ka);
  const bb = bigrams(kb);
  let common = 0;
  for (const [g, n] of ba) common += Math.min(n, bb.get(g) ?? 0);
  return (2 * common) / (ka.length - 1 + kb.length - 1);
}

/** Below this an article is taken as removed (or new) rather than reworded. */
export const MIN_SIMILARITY = 0.45;

export function alignArticles(older: CorpusArticle[], newer: CorpusArticle[]): ArticlePair[] {
  const n = older.length;
  const m = newer.length;
  const keysO = older.map((a) => key(a.text));
  const keysN = newer.map((a) => key(a.text));
  const gramsO = keysO.map(bigrams);
  const gramsN = keysN.map(bigrams);
  const sim = (i: number, j: number): number => {
    if (keysO[i] === keysN[j]) return 1;
    const la = keysO[i]!.length - 1;
    const lb = keysN[j]!.length - 1;
    if (la < 1 || lb < 1) return 0;
    // Lengths too far apart cannot reach the threshold: skip the count.
    if ((2 * Math.min(la, lb)) / (la + lb) < MIN_SIMILARITY) return 0;
    let common = 0;
    for (const [g, c] of gramsO[i]!) common += Math.min(c, gramsN[j]!.get(g) ?? 0);
    return (2 * common) / (la + lb);
  };
  // Articles keep their order within a revision; a band around the diagonal bounds the work
  // (a revision shifts numbers by tens, not hundreds).
  const band = Math.max(60, Math.abs(n - m) + 40);
  const S: Float32Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float32Array(m);
    const centre = Math.round((i * m) / Math.max(1, n));
    for (let j = Math.max(0, centre - band); j < Math.min(m, centre + band); j++) row[j] = sim(i, j);
    S.push(row);
  }
  // Longest-path alignment: score = sum of similarities of matched pairs (above the threshold).
  const W = m + 1;
  const dp = new Float32Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W); // 1 = match, 2 = skip older, 3 = skip newer
  for (let i = 1; i <= n; i++) move[i * W] = 2;
  for (let j = 1; j <= m; j++) move[j] = 3;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = S[i - 1]![j - 1]!;
      let best = dp[(i - 1) * W + j]!;
      let mv = 2;
      if (dp[i * W + j - 1]! > best) { best = dp[i * W + j - 1]!; mv = 3; }
      if (s >= MIN_SIMILARITY && dp[(i - 1) * W + j - 1]! + s > best) { best = dp[(i - 1) * W + j - 1]! + s; mv = 1; }
      dp[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  const matched = new Map<number, { j: number; s: number }>();
  for (let i = n, j = m; i > 0 || j > 0;) {
    const mv = move[i * W + j];
    if (mv === 1) { matched.set(i - 1, { j: j - 1, s: S[i - 1]![j - 1]! }); i--; j--; }
    else if (mv === 2) i--;
    else j--;
  }
  // Articles that moved: an unmatched older article whose best match is a newer article nobody took.
  const taken = new Set([...matched.values()].map((x) => x.j));
  const pairs: ArticlePair[] = [];
  for (let i = 0; i < n; i++) {
    const a = matched.get(i);
    if (a) { pairs.push({ from: older[i]!.label, to: newer[a.j]!.label, similarity: round(a.s), how: 'aligned' }); continue; }
    let best = -1;
    let bestS = 0;
    for (let j = 0; j < m; j++) {
      if (taken.has(j)) continue;
      const s = S[i]![j] || sim(i, j);
      if (s > bestS) { bestS = s; best = j; }
    }
    if (best >= 0 && bestS >= 0.6) {
      taken.add(best);
      pairs.push({ from: older[i]!.label, to: newer[best]!.label, similarity: round(bestS), how: 'moved' });
    } else {
      pairs.push({ from: older[i]!.label, to: null, similarity: 0, how: 'aligned' });
    }
  }
  return pairs;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
