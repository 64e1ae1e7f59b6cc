// Plain text copied out of a PDF or an e-mail is often hard-wrapped: every line ends at a fixed
// width, mid-sentence. Provisions then split across lines. When a text looks hard-wrapped we join
// each full-width line to the next unless the next one starts a numbered unit or is indented; ordinary
// texts (one paragraph per line) are left exactly as they are.
const NUMBERED = /^(第[一二三四五六七八九十百千零〇两\d]+[编章节条款项]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|[①-⑳]|附件|附表|附录|抄送|印发)/;
const SENTENCE_END = /[。；：！？;:!?…]["”’）)」』]*$/;

/** Display width of a character in ems: CJK one, ASCII half. */
export const charWidth = (ch: string): number => (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1);

/** Display width in ems. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

export interface TextLine {
  text: string;
  index: number; // source line
}

export function unwrapLines(lines: string[]): TextLine[] {
  const out = lines.map((text, index) => ({ text, index }));
  // A hard wrap ends every line at the same column, indented or not: widths count the indentation.
  const body = lines.map((l) => l.trimEnd()).filter((l) => l.trim().length >= 10);
  if (body.length < 4) return out;
  const widths = body.map(width).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.9)]!;
  if (full < 15) return out;
  const isFull = (l: string) => width(l.trimEnd()) >= full * 0.9;
  // Hard-wrapped: most lines that reach the common width stop there without ending a sentence. (In a text of one
  // paragraph per line the longest lines are paragraphs, and they end with their stop.) Counted among the full
  // lines, not all lines: headings and short items do not dilute it.
  const fullLines = body.filter(isFull);
  const wrapped = fullLines.filter((l) => !SENTENCE_END.test(l)).length;
  if (wrapped < 2 || wrapped < fullLines.length * 0.5) return out;
  const joined: TextLine[] = [];
  let prev: string | null = null;
  for (const l of out) {
    const t = l.text;
    const indented = /^[\s\u3000]/.test(t);
    if (prev !== null && t.trim() && isFull(prev) && !indented && !NUMBERED.test(t.trim()) && joined.length) {
      const last = joined[joined.length - 1]!;
      const sep = /[A-Za-z,]$/.test(last.text) && /^[A-Za-z]/.test(t) ? ' ' : '';
      last.text = last.text.replace(/\s+$/, '') + sep + t.trim();
    } else joined.push({ ...l });
    prev = t.trim() ? t : null;
  }
  return joined;
}
