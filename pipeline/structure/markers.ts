// Recognises the numbering a line starts with: 编/章/节/条 of normative documents and the
// 一、（一）1.（1）① numbering of notices. Only line starts are looked at.
import { NUM_CLASS, parseNumber, toChinese } from './numerals.ts';

export type MarkerType = 'part' | 'chapter' | 'section' | 'article' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled';

export interface Marker {
  type: MarkerType;
  number: number;
  sub?: number; // 之一 → 1
  label: string; // normalised label: 第五条, 第五条之一, 一、, （一）, 1., （1）, ①
  /** Length of the marker in the line (content follows, after optional spaces). */
  length: number;
  /** Whether whitespace (or end of line) separates the marker from the content. */
  spaced: boolean;
}

const N = `${NUM_CLASS}+`;
const SP = '[ \\t\\u3000\\u00a0]';
const STRUCT = new RegExp(`^[第笫]${SP}?(${N})${SP}?([编章节条])(?:之(${N}))?`);
const CN_ITEM = new RegExp(`^([一二三四五六七八九十百零〇]+)${SP}*[、，,]`);
const PAREN_CN = new RegExp(`^[（(]${SP}*([一二三四五六七八九十百零〇]+)${SP}*[）)]`);
const ARABIC = /^([0-9０-９]{1,3})(?:[.．、](?![0-9０-９])|[ \u3000](?=[\u4e00-\u9fa5]))/;
const PAREN_AR = /^[（(]([0-9０-９]{1,3})[）)]/;
const CIRCLED = /^([①-⑳])/;

const TYPE_OF: Record<string, MarkerType> = { 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };
/** Words that, directly after "第X条", show the line is a reference, not a heading. */
// "第一条、凡在本市……" (a web copy's or an OCR's heading) is a heading: after 、，, a reference goes on
// with another number ("第五条、第六条", "第三条，第四条规定").
const REFERENCE_AFTER = /^(?:[规的至和及或中第款项所之]|[、，,][\s\u3000]*(?:[第笫0-9０-９零〇一二三四五六七八九十百]|规定|的)|规定|以下)/;

function spacedAfter(line: string, len: number): boolean {
  return len >= line.length || /[\s\u3000\u00a0]/.test(line[len]!);
}

export function readMarker(line: string): Marker | null {
  let m = STRUCT.exec(line);
  if (m) {
    const number = parseNumber(m[1]!.replace(/[ \t\u3000\u00a0]/g, ''));
    if (number === null || number === 0) return null;
    const type = TYPE_OF[m[2]!]!;
    const sub = m[3] ? parseNumber(m[3]) ?? undefined : undefined;
    const length = m[0].length;
    const rest = line.slice(length).replace(/^[ \t\u3000\u00a0]+/, '');
    if (type === 'article' && !spacedAfter(line, length) && REFERENCE_AFTER.test(rest)) return null;
    const unit = m[2]!;
    const label = `第${toChinese(number)}${unit}${sub ? `之${toChinese(sub)}` : ''}`;
    return { type, number, sub, label, length, spaced: spacedAfter(line, length) };
  }
  if ((m = CN_ITEM.exec(line))) {
    const number = parseNumber(m[1]!);
    if (!number) return null;
    return { type: 'cn', number, label: `${toChinese(number)}、`, length: m[0].length, spaced: true };
  }
  if ((m = PAREN_CN.exec(line))) {
    const number = parseNumber(m[1]!);
    if (!number) return null;
    return { type: 'paren-cn', number, label: `（${toChinese(number)}）`, length: m[0].length, spaced: true };
  }
  if ((m = PAREN_AR.exec(line))) {
    const number = parseNumber(m[1]!)!;
    return { type: 'paren-arabic', number, label: `（${number}）`, length: m[0].length, spaced: true };
  }
  if ((m = ARABIC.exec(line))) {
    const number = parseNumber(m[1]!)!;
    if (!number) return null;
    return { type: 'arabic', number, label: `${number}.`, length: m[0].length, spaced: true };
  }
  if ((m = CIRCLED.exec(line))) {
    const number = m[1]!.charCodeAt(0) - 0x2460 + 1;
    return { type: 'circled', number, label: m[1]!, length: 1, spaced: true };
  }
  return null;
}

const BLANKS = /^[\s\u3000\u00a0]+/;

/** The text after the numbering it opens with ("第五条　", "一、", "（三）", "1.", "①"), leading blanks dropped;
 *  the text without its leading blanks when it opens with none. The one reading of such labels for the
 *  stages that look at a sentence's first words. */
export function afterMarker(text: string): string {
  const t = text.replace(BLANKS, '');
  const m = readMarker(t);
  return m ? t.slice(m.length).replace(BLANKS, '') : t;
}

/** The text without the numbering it opens with, its other blanks kept; the text itself when it opens with none. A
 *  provision's number ("第七条", "三、") is no word of what a clause says: every 第七条 would share its words. (The
 *  restatement bars of analyse/frames.ts, MIN_CONDUCT and CONFLICT_CONDUCT, were measured with it in; the comparison with
 *  the named laws read whole and the thresholds' matter read the clause without it.) */
export function withoutMarker(text: string): string {
  const start = text.trimStart();
  const marker = readMarker(start);
  return marker ? start.slice(marker.length) : text;
}

/** Is this piece of text (blanks aside) nothing but a numbering label ("第五条", "（三）"), or empty? */
export function isBareMarker(piece: string): boolean {
  return afterMarker(piece).trim() === '';
}

/** Rank of notice numbering: 一、 above （一） above 1. above （1） above ①. */
export const NUMBERING_RANK: Partial<Record<MarkerType, number>> = {
  cn: 1, 'paren-cn': 2, arabic: 3, 'paren-arabic': 4, circled: 5,
};

export const STRUCTURE_RANK: Partial<Record<MarkerType, number>> = { part: 1, chapter: 2, section: 3 };
