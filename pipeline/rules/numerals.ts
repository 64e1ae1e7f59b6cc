// Numbers in rule texts: amounts and periods (二千, 三万五千, 1,000, 2.5, 1.5万), read through the
// pipeline's one numeral parser.
import { parseChineseNumber as parse } from '../text/chinese-numbers.ts';

/** Characters a Chinese numeral may contain (for building regexes). */
export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
export const NUMBER_RE_SOURCE = `(?:\\d[\\d,，]*(?:\\.\\d+)?|[${CN_NUM_CHARS}]+)`;

export function parseChineseNumber(s: string): number | null {
  return parse(s, { decimals: true });
}
