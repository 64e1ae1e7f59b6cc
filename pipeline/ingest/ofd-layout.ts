// Positioned glyphs → lines → paragraphs. OFD has no paragraph structure: a line is the
// glyphs sharing a baseline, and a paragraph goes on while the previous line ran to the
// right margin and the next one starts at the left margin without the 2-character indent
// that opens a paragraph in 公文 (GB/T 9704). Paragraphs continue across page breaks.
import type { Glyph } from './ofd-content.ts';

export interface Line { text: string; x0: number; x1: number; y: number; size: number; page: number }

const isWide = (ch: string): boolean => ch.charCodeAt(0) >= 0x2e80;
const width = (g: Glyph): number => (isWide(g.ch) ? g.size : g.size * 0.5);

export interface PageLines { lines: Line[]; rotated: string[]; pageNumbers: number }

export function glyphsToLines(all: Glyph[], page: number, pageHeight: number): PageLines {
  const rotated: string[] = [];
  const flat: Glyph[] = [];
  const vertical: Glyph[][] = [];
  for (const g of all) {
    if (g.rotated) rotated.push(g.ch);
    else if (g.vertical) {
      const last = vertical[vertical.length - 1];
      if (last && Math.abs(last[last.length - 1].x - g.x) < g.size * 0.3) last.push(g);
      else vertical.push([g]);
    } else flat.push(g);
  }
  // Writers fake bold by drawing a glyph twice, slightly offset: keep one.
  flat.sort((a, b) => a.y - b.y || a.x - b.x);
  const glyphs: Glyph[] = [];
  for (const g of flat) {
    const dup = glyphs.slice(-8).some((h) => h.ch === g.ch && Math.abs(h.x - g.x) < g.size * 0.15 && Math.abs(h.y - g.y) < g.size * 0.15);
    if (!dup && g.ch !== '\u0000') glyphs.push(g);
  }
  const groups: Glyph[][] = [];
  for (const g of glyphs) {
    const cur = groups[groups.length - 1];
    if (cur && g.y - cur[0].y <= Math.max(0.4 * Math.max(g.size, cur[0].size), 0.8)) cur.push(g);
    else groups.push([g]);
  }
  const lines: Line[] = [];
  let pageNumbers = 0;
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    // Leading/trailing blanks are drawn as glyphs too; they must not count toward the margins.
    let a = 0;
    let z = group.length;
    while (a < z && /\s/.test(group[a].ch)) a++;
    while (z > a && /\s/.test(group[z - 1].ch)) z--;
    if (a === z) continue;
    const grp = group.slice(a, z);
    let text = '';
    for (let i = 0; i < grp.length; i++) {
      const g = grp[i];
      if (i > 0) {
        const p = grp[i - 1];
        const gap = g.x - (p.x + width(p));
        if (gap > 0.8 * Math.max(g.size, p.size) && !text.endsWith(' ')) text += ' ';
      }
      text += g.ch;
    }
    const sizes = grp.map((g) => g.size).sort((a, b) => a - b);
    const line: Line = {
      text, x0: grp[0].x, x1: grp[grp.length - 1].x + width(grp[grp.length - 1]),
      y: grp[0].y, size: sizes[sizes.length >> 1], page,
    };
    // "- 1 -", "— 2 —" at the top or bottom of the page are page numbers, not text.
    if (/^[\s\-–—－]*\d{1,4}[\s\-–—－]*$/.test(text) && pageHeight > 0 && (line.y > pageHeight * 0.8 || line.y < pageHeight * 0.12)) {
      pageNumbers++;
      continue;
    }
    if (text.trim()) lines.push(line);
  }
  for (const v of vertical) {
    const text = v.map((g) => g.ch).join('');
    if (text.trim()) lines.push({ text, x0: v[0].x, x1: v[0].x + v[0].size, y: v[0].y, size: v[0].size, page });
  }
  lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  return { lines, rotated, pageNumbers };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(p * (s.length - 1))))];
}

export interface LaidParagraph { text: string; page: number }

export function linesToParagraphs(pages: Line[][]): LaidParagraph[] {
  const out: LaidParagraph[] = [];
  // Margins over the whole document: pages of one 公文 share them, and a page with three lines
  // (the 版记 page) says nothing reliable about its own.
  const all = pages.flat();
  const long = all.filter((l) => l.text.length >= 8);
  const basis = long.length >= 3 ? long : all;
  if (!basis.length) return out;
  const L = percentile(basis.map((l) => l.x0), 0.1);
  const R = percentile(basis.map((l) => l.x1), 0.9);
  let prev: Line | null = null;
  let prevWasLastOfPage = false;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const samePage = prev !== null && prev.page === line.page;
      const crossPage = prev !== null && !samePage && prevWasLastOfPage && i === 0;
      let join = false;
      if (prev && (samePage || crossPage)) {
        const size = Math.max(prev.size, line.size);
        // A full line starts at the margin (or the paragraph indent) and runs to the right
        // margin; a right-aligned date or signature line only does the latter.
        const prevFull = prev.x1 >= R - 1.2 * size && prev.x0 <= L + 2.5 * size;
        const noIndent = line.x0 <= L + 0.8 * size;
        const sameSize = Math.abs(line.size - prev.size) <= 0.2 * prev.size;
        const close = crossPage || (line.y - prev.y > 0 && line.y - prev.y <= 2.2 * size);
        join = prevFull && noIndent && sameSize && close;
      }
      if (join) {
        const last = out[out.length - 1];
        // Latin words wrapped at a line end need their space back; Chinese does not.
        const needSpace = /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(line.text);
        last.text += (needSpace ? ' ' : '') + line.text;
      } else out.push({ text: line.text, page: line.page });
      prev = line;
      prevWasLastOfPage = i === lines.length - 1;
    });
  }
  return out;
}
