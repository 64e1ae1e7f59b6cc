// Chinese numerals, once for the whole pipeline: article numbers (第一百零五条), dates (二〇二三年),
// amounts (三万五千元, 1.5万元, 壹仟), with Arabic digits of both widths. Structure, corpus, analyse and
// rules all read numbers through here, so "第一百二十八条" means the same number everywhere, and every
// regex that looks for a number uses the one digit class below (千 and 两 included: 民法典 has
// 第一千二百六十条, and documents write 两千元).
import { keepUpTo } from './memo.ts';

/** Every character a Chinese numeral may contain. */
export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
/** One character of a number: Chinese, or an Arabic digit of either width. */
export const NUM_CLASS = `[${CN_NUM_CHARS}0-9０-９]`;
/** An amount or period as written in documents: 2,000 / 2.5 / 1.5万 / 二千 / 三万五千 / 二点五. */
// A Chinese decimal writes its fraction digit by digit after 点: 百分之二点五, 一点五万元.
export const NUMBER_RE_SOURCE = `(?:\\d[\\d,，]*(?:\\.\\d+)?|[${CN_NUM_CHARS}]+(?:点[零〇一二三四五六七八九]+)?)`;

// ○ (a white circle, U+25CB) is how many typed copies write the zero of a year: "二○一二年四月二十三日".
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Full-width digits → ASCII digits (same length, so offsets stay valid). */
export function foldDigits(s: string): string {
  // Most texts have none: the test is cheaper than a replace that calls back for nothing.
  if (!FULL_WIDTH_DIGIT.test(s)) return s;
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * "一百零五" → 105, "十" → 10, "三万五千" → 35000, "二〇二三" → 2023 (digit by digit), "１０５" → 105;
 * with `decimals`, also "1,000", "2.5" and "1.5万". null when the text is not a number.
 */
export function parseChineseNumber(raw: string, opts: { decimals?: boolean } = {}): number | null {
  return opts.decimals ? withDecimals(raw) : whole(raw);
}

// The same few numerals are read again and again (every numbered line, date and amount of every document):
// answers are kept per written form, without and with decimals.
const whole = keepUpTo((raw) => readChineseNumber(raw, false), 10_000);
const withDecimals = keepUpTo((raw) => readChineseNumber(raw, true), 10_000);

function readChineseNumber(raw: string, decimals: boolean): number | null {
  const s = foldDigits(raw.trim());
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (decimals) {
    const ascii = s.replace(/[,，]/g, '');
    if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
    const mixed = /^(\d+(?:\.\d+)?)([十百千万亿])$/.exec(ascii);
    if (mixed) return Number(mixed[1]) * (SMALL_UNITS[mixed[2]!] ?? BIG_UNITS[mixed[2]!] ?? 1);
    // "二点五" → 2.5, "一点五万" → 15000: the whole part as a numeral, the fraction digit by digit, then a 万/亿 after it.
    const point = /^([^点]+)点([零〇一二三四五六七八九]+)([万亿])?$/.exec(s);
    if (point) {
      const int = readChineseNumber(point[1]!, false);
      if (int === null) return null;
      const fraction = Number(`0.${[...point[2]!].map((c) => DIGITS[c]).join('')}`);
      return (int + fraction) * (point[3] ? BIG_UNITS[point[3]]! : 1);
    }
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

/** Year written digit by digit: "二〇二三" → 2023; "2023" → 2023; null for "二十". */
export function parseDigitString(raw: string): number | null {
  const s = foldDigits(raw.trim());
  if (/^\d+$/.test(s)) return Number(s);
  if (/[十百千万拾佰仟]/.test(s)) return null;
  return parseChineseNumber(s);
}

/** "第十六条" / "第二十条之一" for a number and optional 之X. */
export function articleLabel(number: number, sub?: number): string {
  return `第${number === 0 ? '零' : toChineseNumber(number)}条${sub ? `之${toChineseNumber(sub)}` : ''}`;
}

const ARTICLE_LABEL = new RegExp(`^[第笫]\\s*(${NUM_CLASS}(?:\\s*${NUM_CLASS})*)\\s*条(?:\\s*之\\s*([一二三四五六七八九十]+))?`);

/** Parses "第十六条", "第16条", "笫 一百二十八 条", "第二十条之一" → {number, sub}; undefined when not an article label. */
export function parseArticleLabel(label: string): { number: number; sub?: number } | undefined {
  const m = ARTICLE_LABEL.exec(label.trim());
  if (!m) return undefined;
  const number = parseChineseNumber(m[1]!.replace(/\s+/g, ''));
  if (number === null || number <= 0) return undefined;
  const sub = m[2] ? parseChineseNumber(m[2]) ?? undefined : undefined;
  return sub ? { number, sub } : { number };
}
