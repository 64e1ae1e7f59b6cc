// The document as lines with exact offsets: every structure decision is made on line starts,
// so references inside a sentence (依照本办法第五条) never become headings.
import type { IngestResult, TextSpan } from '../model/types.ts';
import { parseNumber } from './numerals.ts';
import { isPageChrome } from './web-chrome.ts';

export interface Line {
  index: number;
  /** Offsets of the trimmed content (leading/trailing whitespace excluded). */
  start: number;
  end: number;
  text: string; // trimmed content, folded for matching (same length as source.slice(start, end))
  page?: number;
  kind?: TextSpan['kind'];
  /** A web page's chrome stood just above this line and was dropped: lines on either side of it are not one
   *  wrapped title ("梅州" / 当前位置… / "XX镇人民政府关于……的通告"). */
  afterChrome?: true;
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

/** [start, end) of text.slice(start, end) without its leading and trailing blanks; null when all blank. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  const piece = text.slice(start, end);
  const lead = LEADING_WS.exec(piece)?.[0].length ?? 0;
  if (lead === piece.length) return null;
  return [start + lead, end - (TRAILING_WS.exec(piece)?.[0].length ?? 0)];
}

// A web copy that lost its line breaks runs a whole notice onto one line ("……集中整治。一、店外广告……没收。
// 二、经营秩序……", "……2013年4月17日第一条、凡在本市……第二条.市散办……"). Such a line is split before inline
// numbering that counts up from one, so that the outline sees the items. Numbering that does not run in
// sequence from one, a reference ("本办法第二条", "《条例》第三条") and short lines are left alone.
const RUN_ON_MIN = 300;
const INLINE_STYLES: RegExp[] = [
  /(?<![》法例定则办规本款项及和或至、])[第笫]([零〇一二三四五六七八九十百]{1,4})条(?=[、，,.．:：\s\u3000])/g,
  /(?<=[。；;！？!?：:\s\u3000])([一二三四五六七八九十]{1,3})、/g,
  // "……提出“十不准”: 1.不准出家门走动 2.不准串门聊天 ……": Arabic items after a blank or a sentence's end.
  /(?<=[。；;！？!?：:\s\u3000])([1-9][0-9]?)[.．、](?![0-9])/g,
];

function splitRunOn(line: string, start: number): [number, number][] {
  if (line.length < RUN_ON_MIN) return [[start, start + line.length]];
  for (const style of INLINE_STYLES) {
    const found = [...line.matchAll(style)].map((m) => ({ at: m.index!, n: parseNumber(m[1]!) }));
    const cuts: number[] = [];
    for (const f of found) if (f.n === cuts.length + 1 && (!cuts.length || f.at > cuts[cuts.length - 1]!)) cuts.push(f.at);
    if (cuts.length < 2) continue;
    const bounds = [0, ...cuts.filter((c) => c > 0), line.length];
    const out: [number, number][] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const span = trimmed(line, bounds[i]!, bounds[i + 1]!);
      if (span) out.push([start + span[0], start + span[1]]);
    }
    return out;
  }
  return [[start, start + line.length]];
}

/** Splits on "\n"; empty lines and a web page's chrome are dropped (they carry no structure). */
export function splitLines(ingest: IngestResult): Line[] {
  const { text } = ingest;
  const spans = [...ingest.spans].sort((a, b) => a.start - b.start);
  const lines: Line[] = [];
  let spanIdx = 0;
  let pos = 0;
  let afterChrome = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = trimmed(text, pos, nl);
    // A web page's chrome copied with the document (breadcrumb, tool bar, 下一篇, footer) is no line of it.
    const chrome = line !== null && isPageChrome(text.slice(line[0], line[1]));
    if (chrome) afterChrome = true;
    if (line && !chrome) {
      const [start, end] = line;
      while (spanIdx < spans.length - 1 && spans[spanIdx]!.end <= start) spanIdx++;
      const span = spans[spanIdx];
      const inSpan = span && span.start <= start && start < Math.max(span.end, span.start + 1);
      const page = inSpan ? span.page : undefined;
      const kind = inSpan ? span.kind : undefined;
      for (const [gs, ge] of splitGluedHeading(text.slice(start, end), start)) {
        for (const [s, e] of splitRunOn(text.slice(gs, ge), gs)) {
          lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e), page, kind, ...(afterChrome ? { afterChrome } : {}) });
          afterChrome = false;
        }
      }
    }
    pos = nl + 1;
  }
  return lines;
}
