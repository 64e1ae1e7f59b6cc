// Visual lines → paragraphs. Most PDF lines end mid-sentence because the layout wrapped them; we join
// a line to the previous one unless something says a new paragraph starts: the line begins a numbered
// unit (第X条, 一、, （一）, 1., 附件), it is indented like a first line, the previous line stopped short
// of the right margin, the font size changes (titles), or it is a table row. Only in documents
// without first-line indents (block paragraphs) does sentence-final punctuation decide on its own.
import type { PdfLine } from './pdf-lines.ts';

export interface PdfParagraph {
  text: string;
  page: number;
  table: boolean;
}

const NUMBERED = /^(第[一二三四五六七八九十百千零〇两\d]+[编章节条款项]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|[①-⑳]|附件|附表|附录|抄送|抄报|印发|主题词)/;
const SENTENCE_END = /[。；：！？;:!?]["”’）)]*$/;
const LATIN_END = /[A-Za-z,;]$/;
const LATIN_START = /^[A-Za-z(]/;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  let bestN = 0;
  for (const v of values) {
    const r = Math.round(v);
    const n = (counts.get(r) ?? 0) + 1;
    counts.set(r, n);
    if (n > bestN) { bestN = n; best = r; }
  }
  return best;
}

function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export function joinLines(lines: PdfLine[]): PdfParagraph[] {
  const body = lines.filter((l) => !l.table && l.text.length >= 8);
  const size = mode(body.map((l) => l.size)) || 12;
  const left = mode(body.map((l) => l.x));
  const right = quantile(body.map((l) => l.xEnd), 0.9);
  const indented = body.filter((l) => l.x > left + size * 0.9 && l.x < left + size * 4).length;
  const indentStyle = indented >= 3;

  const mid = (left + right) / 2;
  // A long centred title wraps: its first line spans the measure, the rest is centred below it.
  const wrappedCentred = (p: PdfLine, l: PdfLine) =>
    p.x <= left + size * 1.5 && p.xEnd >= right - size && !SENTENCE_END.test(p.text) &&
    Math.abs((l.x + l.xEnd) / 2 - mid) < size * 1.5 && l.x > left + size * 1.5;

  // Some writers wrap by character count, so lines with digits or Latin end well before the margin.
  // A line that still covers most of the measure, ends mid-word (a hanzi or digit, no punctuation)
  // and is followed by an unindented line is such a wrap — in documents that mark paragraphs by indent.
  const raggedWrap = (p: PdfLine, l: PdfLine) =>
    indentStyle && p.xEnd > left + (right - left) * 0.6 && /[\u4e00-\u9fff\dA-Za-z]$/.test(p.text) && /[\d]/.test(p.text) &&
    l.x <= left + size * 0.5;

  const out: PdfParagraph[] = [];
  let prev: PdfLine | null = null;
  for (const l of lines) {
    let join = false;
    if (prev && out.length && !l.table && !prev.table) {
      join = true;
      if (NUMBERED.test(l.text)) join = false;
      else if (Math.abs(l.size - prev.size) > size * 0.15) join = false;
      else if (l.x > left + size * 0.9 && !wrappedCentred(prev, l)) join = false; // indented first line, centred title, signature
      else if (prev.xEnd < right - size * 1.8 && !raggedWrap(prev, l)) join = false; // previous line stopped short
      else if (!indentStyle && SENTENCE_END.test(prev.text)) join = false;
    }
    if (join) {
      const last = out[out.length - 1]!;
      const sep = LATIN_END.test(last.text) && LATIN_START.test(l.text) ? ' ' : '';
      last.text += sep + l.text;
    } else {
      out.push({ text: l.text, page: l.page, table: l.table });
    }
    prev = l;
  }
  return out;
}
