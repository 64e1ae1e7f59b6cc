// Running headers, footers and page numbers are page furniture, not text: they would split provisions
// in the middle and be read as content. A line is furniture when it sits in the top or bottom band
// of its page (or is its first/last line) and either looks like a page number (— 3 —, -3-, 第3页,
// 3/10, 第3页 共10页) or repeats, digits aside, on at least half of the pages.
import type { PdfLine } from './pdf-lines.ts';

const PAGE_NUMBER = [
  /^[-—–－―~～·•\s]*\d{1,4}[-—–－―~～·•\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-—–－―]\s*[一二三四五六七八九十百]+\s*[-—–－―]$/,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER.some((re) => re.test(t));
}

const key = (t: string) => t.replace(/\s+/g, '').replace(/\d+/g, '#');

export interface FurnitureResult {
  lines: PdfLine[];
  removed: number;
}

export function dropFurniture(lines: PdfLine[], pageHeights: Map<number, number>): FurnitureResult {
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) {
    let arr = byPage.get(l.page);
    if (!arr) byPage.set(l.page, (arr = []));
    arr.push(l);
  }
  // Candidates: lines in the top/bottom 12 % of the page, or its very first/last line (pages with
  // large margins put headers lower and footers higher).
  const edge = new Set<PdfLine>();
  for (const [page, arr] of byPage) {
    const h = pageHeights.get(page) ?? 842;
    arr.forEach((l, i) => {
      if (l.y > h * 0.88 || l.y < h * 0.12 || i === 0 || i === arr.length - 1) edge.add(l);
    });
  }
  const pagesWith = new Map<string, Set<number>>();
  for (const l of edge) {
    const k = key(l.text);
    if (k.length > 60) continue;
    let s = pagesWith.get(k);
    if (!s) pagesWith.set(k, (s = new Set()));
    s.add(l.page);
  }
  const pageCount = byPage.size;
  const repeatedOn = Math.max(2, Math.ceil(pageCount * 0.5));
  const keep: PdfLine[] = [];
  let removed = 0;
  for (const l of lines) {
    const furniture = edge.has(l) && (isPageNumber(l.text) || (pageCount >= 2 && (pagesWith.get(key(l.text))?.size ?? 0) >= repeatedOn));
    if (furniture) removed++;
    else keep.push(l);
  }
  return { lines: keep, removed };
}
