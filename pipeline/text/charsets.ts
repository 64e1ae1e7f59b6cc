// Character sets derived from GB 2312 (decoded once by Node's built-in GBK decoder, a superset of
// GB 2312 — native, where iconv-lite's tables took ~70 ms to build in every thread; no data file).
// Level 1 of GB 2312 is the 3,755 most frequent hanzi; it is a stable, data-free stand-in for the
// 常用字 list. Real Chinese prose is ≥ 95 % level-1 characters; mojibake from wrong ToUnicode maps is not.
let level1: Set<string> | null = null;
let all: Set<string> | null = null;

function decodeRows(first: number, last: number): Set<string> {
  const bytes: number[] = [];
  for (let row = first; row <= last; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  const s = new TextDecoder('gbk').decode(Uint8Array.from(bytes));
  const set = new Set<string>();
  for (const ch of s) if (isHan(ch)) set.add(ch);
  return set;
}

/** The 3,755 level-1 hanzi of GB 2312 (常用字). */
export function commonHanzi(): Set<string> {
  return (level1 ??= decodeRows(0xb0, 0xd7));
}

/** All 6,763 hanzi of GB 2312 (levels 1 and 2): what simplified-Chinese text is made of. */
export function gb2312Hanzi(): Set<string> {
  return (all ??= decodeRows(0xb0, 0xf7));
}

/** CJK unified ideographs (basic block, extension A and the supplementary planes). */
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x3134f) || (c >= 0xf900 && c <= 0xfaff);
}

export const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Full-width CJK punctuation that sits flush against hanzi (never spaced in 公文). */
export const CJK_PUNCT_RE = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/;
