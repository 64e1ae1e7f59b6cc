// Numbers in headings and dates (十, 二十一, 一百零五, 二〇二三, full-width digits), read through the
// pipeline's one numeral parser (pipeline/text/chinese-numbers.ts).
import { foldDigits, parseChineseNumber, toChineseNumber } from '../text/chinese-numbers.ts';

export { foldDigits };

/** Character class for numbers in headings (Chinese and Arabic, both widths). */
export const CN_NUM = '零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';
export const NUM_CLASS = `[${CN_NUM}0-9０-９]`;

/** Parses "一百零五", "二十一", "十", "105", "１０５" → number; null when not a number. */
export function parseNumber(raw: string): number | null {
  return parseChineseNumber(raw);
}

/** Year written digit by digit: "二〇二三" → 2023; "2023" → 2023; null for "二十". */
export function parseDigitString(raw: string): number | null {
  const s = foldDigits(raw.trim());
  if (/^\d+$/.test(s)) return Number(s);
  if (/[十百千万拾佰仟]/.test(s)) return null;
  return parseChineseNumber(s);
}

/** 1..9999 → Chinese as used in article labels (十, 十一, 二十, 一百零五, 一百一十). */
export const toChinese = toChineseNumber;
