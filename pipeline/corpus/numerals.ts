// Chinese numerals as law texts write them (第一千二百六十条, 第二十条之一), both ways.
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

export const CN_NUM = '零〇一二三四五六七八九十百千万两';

/** "一千零三十二" → 1032, "十六" → 16, "16" / "１６" → 16; NaN when not a number. */
export function parseChineseNumber(s: string): number {
  const t = s.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(t)) return Number(t);
  if (!t || ![...t].every((c) => c in DIGITS || c in UNITS)) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of t) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else {
      const unit = UNITS[c];
      const d = digit < 0 ? 1 : digit; // "十六": 十 without a digit means 一十
      if (unit === 10000) {
        total += (section + (digit < 0 ? 0 : digit)) * unit;
        section = 0;
      } else {
        section += d * unit;
      }
      digit = -1;
    }
  }
  return total + section + (digit < 0 ? 0 : digit);
}

const CN_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1032 → "一千零三十二", 16 → "十六" (the enacted style: 十 not 一十 at the start). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad number ${n}`);
  if (n === 0) return '零';
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i];
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += CN_DIGIT[d] + u;
  });
  if (out.startsWith('一十')) out = out.slice(1);
  return out;
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
