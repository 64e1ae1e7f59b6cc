// Chinese numerals as they appear in article numbers and dates: 十, 二十一, 一百零五, 一千二百,
// 〇/零 as digits (二〇二三), and full-width/half-width Arabic digits.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Character class for numbers in headings (Chinese and Arabic, both widths). */
export const CN_NUM = '零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';
export const NUM_CLASS = `[${CN_NUM}0-9０-９]`;

/** Full-width digits → ASCII digits (same length, so offsets stay valid). */
export function foldDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Parses "一百零五", "二十一", "十", "105", "１０５" → number; null when not a number. */
export function parseNumber(raw: string): number | null {
  const s = foldDigits(raw.trim());
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let section = 0; // below 万
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      if (unit === 10000) {
        total += (section + (digit > 0 ? digit : 0)) * 10000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit; // "十" alone = 10
      }
      digit = -1;
    } else {
      return null;
    }
  }
  return total + section + (digit > 0 ? digit : 0);
}

/** Year written digit by digit: "二〇二三" → 2023; "2023" → 2023. */
export function parseDigitString(raw: string): number | null {
  const s = foldDigits(raw.trim());
  if (/^\d+$/.test(s)) return Number(s);
  let out = '';
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out ? Number(out) : null;
}

const SMALL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..9999 → Chinese as used in article labels (十, 十一, 二十, 一百零五, 一百一十). */
export function toChinese(n: number): string {
  if (n <= 0 || !Number.isInteger(n) || n >= 10000) return String(n);
  if (n < 10) return SMALL[n]!;
  if (n < 20) return '十' + SMALL[n - 10];
  const parts: string[] = [];
  const units = [[1000, '千'], [100, '百'], [10, '十']] as const;
  let rest = n;
  let zero = false;
  let started = false;
  for (const [u, name] of units) {
    const d = Math.floor(rest / u);
    rest %= u;
    if (d) {
      if (zero) parts.push('零');
      parts.push(SMALL[d]! + name);
      zero = false;
      started = true;
    } else if (started) zero = true;
  }
  if (rest) {
    if (zero) parts.push('零');
    parts.push(SMALL[rest]!);
  }
  return parts.join('');
}
