// Numbers in headings and dates: the pipeline's one numeral module (pipeline/text/chinese-numbers.ts)
// under the names the structure stage uses.
import { parseChineseNumber, toChineseNumber } from '../text/chinese-numbers.ts';

export { CN_NUM_CHARS as CN_NUM, foldDigits, NUM_CLASS, parseDigitString } from '../text/chinese-numbers.ts';

/** Parses "一百零五", "二十一", "十", "105", "１０５" → number; null when not a number. */
export const parseNumber = (raw: string): number | null => parseChineseNumber(raw);

/** 1..9999 → Chinese as used in article labels (十, 十一, 二十, 一百零五, 一百一十). */
export const toChinese = toChineseNumber;
