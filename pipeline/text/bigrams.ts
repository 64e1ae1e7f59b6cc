// The two-character words of a Chinese text, its other characters dropped, and the share of one text's words another
// holds: what the analysis stage compares clauses, articles and documents by (conduct similarity, the items of an
// article, the words a document shares with an article).
const NOT_CJK = /[^\u4e00-\u9fa5]/g;

export function cjkBigrams(s: string): Set<string> {
  const t = s.replace(NOT_CJK, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** The share of `words` found in `within` (0 when there are none): how much of one text's words another holds. */
export function shareIn(words: readonly string[], within: ReadonlySet<string>): number {
  if (!words.length) return 0;
  let n = 0;
  for (const w of words) if (within.has(w)) n++;
  return n / words.length;
}
