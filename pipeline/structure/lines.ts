// The document as lines with exact offsets: every structure decision is made on line starts,
// so references inside a sentence (依照本办法第五条) never become headings.
import type { IngestResult, TextSpan } from '../model/types.ts';

export interface Line {
  index: number;
  /** Offsets of the trimmed content (leading/trailing whitespace excluded). */
  start: number;
  end: number;
  text: string; // trimmed content, folded for matching (same length as source.slice(start, end))
  page?: number;
  kind?: TextSpan['kind'];
}

const LEADING_WS = /^[\s\u3000\u00a0\ufeff]+/;
const TRAILING_WS = /[\s\u3000\u00a0]+$/;

const GLUED = /^[第笫][零〇一二三四五六七八九十百千0-9０-９]+[章节编][^。；，]{0,30}?([\s\u3000]+)(?=[第笫][零〇一二三四五六七八九十百千0-9０-９]+\s?条[\s\u3000])/;

/** "第一章　总则　　第一条　…" flattened onto one line by a web export: split before the article. */
function splitGluedHeading(line: string, start: number): [number, number][] {
  const m = GLUED.exec(line);
  if (!m) return [[start, start + line.length]];
  const headEnd = m.index + m[0].length - m[1]!.length;
  return [[start, start + headEnd], [start + m.index + m[0].length, start + line.length]];
}

/** Splits on "\n"; empty lines are dropped (they carry no structure). */
export function splitLines(ingest: IngestResult): Line[] {
  const { text } = ingest;
  const spans = [...ingest.spans].sort((a, b) => a.start - b.start);
  const lines: Line[] = [];
  let spanIdx = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = LEADING_WS.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING_WS.exec(raw)?.[0].length ?? 0;
    if (lead < raw.length) {
      const start = pos + lead;
      const end = nl - trail;
      while (spanIdx < spans.length - 1 && spans[spanIdx]!.end <= start) spanIdx++;
      const span = spans[spanIdx];
      const inSpan = span && span.start <= start && start < Math.max(span.end, span.start + 1);
      const page = inSpan ? span.page : undefined;
      const kind = inSpan ? span.kind : undefined;
      for (const [s, e] of splitGluedHeading(text.slice(start, end), start)) {
        lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e), page, kind });
      }
    }
    pos = nl + 1;
  }
  return lines;
}
