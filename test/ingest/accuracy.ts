// Character accuracy of an extraction against the truth: 1 − editDistance / truth length
// (Levenshtein over UTF-16 units, O(n·m) time with two rows of memory).
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Layout separators are not content: a table row may be one line with tab-separated cells or one
 * line per cell, and a paragraph break is a break whatever it is written with. So runs of \n, \t and
 * ASCII spaces fold to one "\n" on both sides; the ideographic space U+3000 (第一条　…) still counts.
 */
export function foldLayout(s: string): string {
  return s.replace(/[ \t\r\n]+/g, '\n').trim();
}

export function charAccuracy(extracted: string, truth: string): number {
  const a = foldLayout(extracted);
  const t = foldLayout(truth);
  return 1 - editDistance(a, t) / t.length;
}
