// Chinese numerals, once for the whole pipeline: article numbers (第一百零五条), dates (二〇二三年),
// amounts (三万五千元, 1.5万元, 壹仟), with Arabic digits of both widths. Structure, corpus and rules
// all read numbers through here, so "第一百二十八条" means the same number everywhere.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits → ASCII digits (same length, so offsets stay valid). */
export function foldDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * "一百零五" → 105, "十" → 10, "三万五千" → 35000, "二〇二三" → 2023 (digit by digit), "１０５" → 105;
 * with `decimals`, also "1,000", "2.5" and "1.5万". null when the text is not a number.
 */
export function parseChineseNumber(raw: string, opts: { decimals?: boolean } = {}): number | null {
  const s = foldDigits(raw.trim());
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (opts.decimals) {
    const ascii = s.replace(/[,，]/g, '');
    if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
    const mixed = /^(\d+(?:\.\d+)?)([十百千万亿])$/.exec(ascii);
    if (mixed) return Number(mixed[1]) * (SMALL_UNITS[mixed[2]!] ?? BIG_UNITS[mixed[2]!] ?? 1);
  }
  const chars = [...s];
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of chars) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!; // "十" alone is 10
      digit = null;
    } else if (ch in BIG_UNITS) {
      section += digit ?? 0;
      total += (section || 1) * BIG_UNITS[ch]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const SMALL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..9999 → Chinese as enacted texts write article numbers (十, 十一, 二十, 一百零五, 一百一十). */
export function toChineseNumber(n: number): string {
  if (n <= 0 || !Number.isInteger(n) || n >= 10000) return String(n);
  if (n < 10) return SMALL[n]!;
  if (n < 20) return '十' + SMALL[n - 10];
  const parts: string[] = [];
  let rest = n;
  let zero = false;
  let started = false;
  for (const [u, name] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
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
