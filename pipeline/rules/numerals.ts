// Chinese numerals (二千, 三万五千, 一百二十, 两, 〇) and Arabic digits (1,000 / 2.5) to numbers.
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral may contain (for building regexes). */
export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
export const NUMBER_RE_SOURCE = `(?:\\d[\\d,，]*(?:\\.\\d+)?|[${CN_NUM_CHARS}]+)`;

export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  const ascii = s.replace(/[,，]/g, '');
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  // Mixed forms like "1.5万" or "3千".
  const mixed = /^(\d+(?:\.\d+)?)([十百千万亿])$/.exec(ascii);
  if (mixed) return Number(mixed[1]) * (SMALL_UNITS[mixed[2]!] ?? BIG_UNITS[mixed[2]!] ?? 1);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      continue;
    }
    if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
      continue;
    }
    if (ch in BIG_UNITS) {
      section += digit ?? 0;
      total += (section || 1) * BIG_UNITS[ch]!;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  // "一二〇" style digit strings
  if (total === 0 && section === 0 && digit !== null && s.length > 1 && [...s].every((c) => c in DIGITS)) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  return total + section + (digit ?? 0);
}
