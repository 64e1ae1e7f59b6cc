// Positioned text items → visual lines. Items on one baseline (within ~40 % of the font size) form a
// line, read left to right; lines are read top to bottom. Gaps become separators: a gap of a full
// em (or an explicit wide space) is the ideographic space of 公文 (第一条　…), a wide gap between
// table columns a tab, and ordinary spaces next to hanzi — inserted by PDF writers between CJK and
// digits, or between every character — are dropped; spaces between Latin words stay.
import type { PdfItem, PdfPage } from './pdf-items.ts';

export interface PdfLine {
  page: number;
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
  /** Cells separated by wide gaps: a table row. */
  table: boolean;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/;

/** Removes ASCII spaces with a CJK character (hanzi or full-width punctuation) on either side. */
const LABEL_SPACE = /^(第[一二三四五六七八九十百千零〇两\d]+[编章节条](?:之[一二三四五六七八九十]+)?) +(?=[\u4e00-\u9fff（“])/;

export function squeezeCjkSpaces(s: string): string {
  if (!s.includes(' ')) return s;
  return s.replace(/ +/g, (m, off: number) => {
    const before = s[off - 1] ?? '';
    const after = s[off + m.length] ?? '';
    if (!before || !after) return '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}

export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((i) => !i.vertical || i.str.trim());
  // Top to bottom, then left to right; pdf.js's own order is the content-stream order, which puts
  // running headers and stamped page numbers anywhere.
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let cur: PdfItem[] = [];
  let curY = NaN;
  for (const it of sorted) {
    if (cur.length && Math.abs(it.y - curY) <= Math.max(it.size, cur[0]!.size) * 0.4) cur.push(it);
    else {
      if (cur.length) groups.push(cur);
      cur = [it];
      curY = it.y;
    }
  }
  if (cur.length) groups.push(cur);
  const lines: PdfLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    const size = Math.max(...g.map((i) => i.size));
    let text = '';
    let end = g[0]!.x;
    let table = false;
    let spaced = false; // an explicit narrow space item since the last glyphs
    for (const it of g) {
      if (it.str.trim() === '') {
        // pdf.js reports odd widths for space items (word spacing folded in): only the real gap to
        // the next glyphs tells a narrow space from an ideographic one.
        spaced = true;
        continue;
      }
      const gap = it.x - end;
      if (text) {
        if (gap > size * 1.8) { text += '\t'; table = true; }
        else if (gap > size * 0.7) text += '\u3000';
        else if (spaced || gap > size * 0.2) text += ' ';
      }
      spaced = false;
      text += it.str;
      end = Math.max(end, it.x + it.width);
    }
    // The separator after a leading 第X条 / 第X章 label is the ideographic space, whatever width the
    // PDF writer gave it (Word's "space" suffix after automatic numbering is a narrow one).
    text = text.replace(LABEL_SPACE, '$1\u3000');
    text = squeezeCjkSpaces(text.replace(/\u3000+\t|\t\u3000+/g, '\t')).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (!text) continue;
    const first = g.find((i) => i.str.trim()) ?? g[0]!;
    lines.push({ page: page.number, text, x: first.x, xEnd: end, y: g[0]!.y, size, table });
  }
  return mergeStackedChars(lines);
}

/**
 * Titles set vertically on covers (竞/争/性/磋/商/文/件) arrive as one-character lines in one column;
 * read top to bottom they are one line.
 */
function mergeStackedChars(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  const single = (x: PdfLine) => x.text.length === 1 && CJK.test(x.text);
  let column: PdfLine | null = null; // the line collecting a stacked column
  for (const l of lines) {
    const prev = out[out.length - 1];
    const below = prev && prev.size === l.size && Math.abs(prev.x - l.x) < l.size * 0.3 && prev.y - l.y > 0 && prev.y - l.y < l.size * 2.5;
    if (prev && single(l) && below && (column === prev || single(prev))) {
      prev.text += l.text;
      prev.y = l.y;
      column = prev;
      continue;
    }
    column = null;
    out.push(l);
  }
  return out;
}
