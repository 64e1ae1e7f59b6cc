// Chinese numerals as law texts write them (第一千二百六十条, 第二十条之一), both ways.
import { parseChineseNumber as parse, toChineseNumber as toChinese } from '../text/chinese-numbers.ts';

export const CN_NUM = '零〇一二三四五六七八九十百千万两';

/** "一千零三十二" → 1032, "十六" → 16, "16" / "１６" → 16; NaN when not a number. */
export function parseChineseNumber(s: string): number {
  return parse(s) ?? NaN;
}

/** 1032 → "一千零三十二", 16 → "十六" (the enacted style: 十 not 一十 at the start). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad number ${n}`);
  return n === 0 ? '零' : toChinese(n);
}

/** "第十六条" / "第二十条之一" for a number and optional 之X. */
export function articleLabel(number: number, sub?: number): string {
  return `第${toChineseNumber(number)}条${sub ? `之${toChineseNumber(sub)}` : ''}`;
}

/** Parses "第十六条", "第16条", "第二十条之一" → {number, sub}; undefined when not an article label. */
export function parseArticleLabel(label: string): { number: number; sub?: number } | undefined {
  const m = /^[第笫]\s*([0-9０-９零〇一二三四五六七八九十百千两]+)\s*条(?:之([一二三四五六七八九十]+))?/.exec(label.trim());
  if (!m) return undefined;
  const number = parseChineseNumber(m[1]);
  if (!Number.isFinite(number)) return undefined;
  const sub = m[2] ? parseChineseNumber(m[2]) : undefined;
  return sub ? { number, sub } : { number };
}
