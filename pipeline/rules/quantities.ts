// The shared quantity extractor: amounts (元/万元), periods (日/个工作日/个月/年) and rates
// (百分之三, 3%, 千分之五) with their offsets, so quantity rules compare numbers, not strings.
import { CN_NUM_CHARS, NUMBER_RE_SOURCE, parseChineseNumber as parseNumber } from '../text/chinese-numbers.ts';

const parseChineseNumber = (s: string): number | null => parseNumber(s, { decimals: true });
import type { QuantityUnit } from './types.ts';

export type QuantityType = 'amount' | 'period' | 'rate' | 'age' | 'mass' | 'share' | 'distance';

export interface Quantity {
  type: QuantityType;
  /** Normalised value: yuan, days (calendar), working days, ratio (0.03) or hours. */
  value: number;
  unit: QuantityUnit;
  raw: string;
  start: number;
  end: number;
}

const N = NUMBER_RE_SOURCE;
const AMOUNT_RE = new RegExp(`(${N})\\s*(亿元|万元|千元|百元|元)`, 'g');
// 周 before 岁 is an age ("55周岁"), not weeks.
// "九个半小时", "一年半", "两个半月": a half more.
const PERIOD_RE = new RegExp(`(${N}|半)\\s*(个工作日|个?工作日|个月|个自然月|个?自然日|日|天|周(?!岁)|年半|年|个?小时|个半小时|个半月)`, 'g');
// A multiple of a base ("违法所得1倍以上5倍以下", "货值金额三倍") is a rate of that base as much as 百分之五十 is: laws
// state one base in both ("处违法所得百分之五十以上三倍以下的罚款"), so both read as the ratio to it.
const RATE_RE = new RegExp(`(百分之|千分之|万分之)(${N})|(\\d+(?:\\.\\d+)?)\\s*(%|％|‰)|(${N})\\s*倍`, 'g');

const AMOUNT_FACTOR: Record<string, number> = { 元: 1, 百元: 100, 千元: 1000, 万元: 1e4, 亿元: 1e8 };
// Ages (周岁, "年满18周岁"), masses (千克, 吨, "总质量4500千克"), shares of a whole ("三分之二以上", "过半数").
const AGE_RE = new RegExp(`(${N})\\s*周岁`, 'g');
const MASS_RE = new RegExp(`(${N})\\s*(千克|公斤|吨)`, 'g');
const MASS_FACTOR: Record<string, number> = { 千克: 1, 公斤: 1, 吨: 1000 };
const SHARE_RE = new RegExp(`(${N})分之(${N})|过半数|半数以上`, 'g');
// Distances of protection zones and setbacks ("两侧各五米", "一百米范围内", "1公里"); not areas or volumes (平方米, 立方米:
// the unit follows the number directly), nor 厘米/毫米.
const DISTANCE_RE = new RegExp(`(${N})\\s*(公里|千米|米)`, 'g');
const DISTANCE_FACTOR: Record<string, number> = { 米: 1, 千米: 1000, 公里: 1000 };

const HALF_MORE = /半/;
function periodOf(num: number, unit: string): { value: number; unit: QuantityUnit } {
  if (unit.includes('工作日')) return { value: num, unit: 'workday' };
  if (unit.includes('月')) return { value: num * 30, unit: 'day' };
  if (unit === '年' || unit === '年半') return { value: num * 365, unit: 'day' };
  if (unit === '周') return { value: num * 7, unit: 'day' };
  if (unit.endsWith('小时')) return { value: num, unit: 'hour' };
  return { value: num, unit: 'day' };
}

// A range written with one unit at its end: "200—3000元", "500-2000元", "5—10天", "三至五日".
const SHARED_UNIT_RANGE = new RegExp(`(${N})\\s*(?:—+|－|-|～|~|–|至|到)\\s*(?=${N}\\s*(亿元|万元|千元|百元|元|个工作日|工作日|个月|日|天|年|小时|倍))`, 'g');

// What each pattern cannot match without: most sentences hold no number, or no unit of a type, and
// these one-pass tests spare the patterns' scans (the threshold comparison reads every sentence of a
// batch; the scans were most of its cost).
const ANY_NUMBER = new RegExp(`[${CN_NUM_CHARS}\\d半]`);
const UNIT_OF: Record<QuantityType, RegExp> = {
  amount: /元/, period: /[日天周年月时]/, rate: /[分%％‰倍]/, age: /周岁/, mass: /[克吨]/, share: /分之|半数/, distance: /[米里]/,
};
const RANGE_SIGN = /[—－\-～~–至到]/;

export function extractQuantities(text: string, wanted: QuantityType[] = ['amount', 'period', 'rate']): Quantity[] {
  const out: Quantity[] = [];
  if (!ANY_NUMBER.test(text)) return out;
  const types = wanted.filter((t) => UNIT_OF[t].test(text));
  if (!types.length) return out;
  // The lower end of a range that states its unit only once takes the upper end's unit.
  if (RANGE_SIGN.test(text)) for (const m of text.matchAll(SHARED_UNIT_RANGE)) {
    const n = parseChineseNumber(m[1]!);
    const unit = m[2]!;
    if (n === null) continue;
    const isAmount = /元$/.test(unit);
    if (unit === '倍') {
      if (types.includes('rate')) out.push({ type: 'rate', value: n, unit: 'ratio', raw: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
    } else if (isAmount && types.includes('amount')) {
      out.push({ type: 'amount', value: n * AMOUNT_FACTOR[unit]!, unit: 'yuan', raw: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
    } else if (!isAmount && types.includes('period')) {
      out.push({ type: 'period', ...periodOf(n, unit), raw: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
    }
  }
  if (types.includes('amount')) {
    for (const m of text.matchAll(AMOUNT_RE)) {
      const n = parseChineseNumber(m[1]!);
      if (n === null) continue;
      out.push({ type: 'amount', value: n * AMOUNT_FACTOR[m[2]!]!, unit: 'yuan', raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (types.includes('period')) {
    for (const m of text.matchAll(PERIOD_RE)) {
      // "第三日", "每日", "日期", "年度" are not periods.
      const before = text[m.index! - 1] ?? '';
      if (before === '第' || before === '每') continue;
      const whole = m[1] === '半' ? 0.5 : parseChineseNumber(m[1]!);
      if (whole === null) continue;
      const n = HALF_MORE.test(m[2]!) ? whole + 0.5 : whole;
      // Dates are not periods: "1月31日", "2024年3月", "2024年".
      if ((m[2] === '日' || m[2] === '天') && /月\s*$/.test(text.slice(Math.max(0, m.index! - 1), m.index!))) continue;
      if (m[2] === '年' && (n >= 1000 || text[m.index! + m[0].length] === '度' || /[上下本今去明]$/.test(before) || /^\s*[\d一二三四五六七八九十]+月/.test(text.slice(m.index! + m[0].length)))) continue;
      if (m[2] === '个月' || m[2] === '月') { /* "3月" without 个 is a month of the year, caught by the unit list */ }
      const p = periodOf(n, m[2]!);
      out.push({ type: 'period', ...p, raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (types.includes('rate')) {
    for (const m of text.matchAll(RATE_RE)) {
      let value: number | null;
      if (m[1]) {
        const n = parseChineseNumber(m[2]!);
        value = n === null ? null : n / (m[1] === '百分之' ? 100 : m[1] === '千分之' ? 1000 : 10000);
      } else if (m[5]) {
        value = parseChineseNumber(m[5]);
      } else {
        value = Number(m[3]) / (m[4] === '‰' ? 1000 : 100);
      }
      if (value === null) continue;
      out.push({ type: 'rate', value, unit: 'ratio', raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (types.includes('age')) {
    for (const m of text.matchAll(AGE_RE)) {
      const n = parseChineseNumber(m[1]!);
      if (n !== null) out.push({ type: 'age', value: n, unit: 'age', raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (types.includes('mass')) {
    for (const m of text.matchAll(MASS_RE)) {
      const n = parseChineseNumber(m[1]!);
      if (n !== null) out.push({ type: 'mass', value: n * MASS_FACTOR[m[2]!]!, unit: 'kg', raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (types.includes('distance')) {
    for (const m of text.matchAll(DISTANCE_RE)) {
      const n = parseChineseNumber(m[1]!);
      if (n !== null) out.push({ type: 'distance', value: n * DISTANCE_FACTOR[m[2]!]!, unit: 'metre', raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (types.includes('share')) {
    for (const m of text.matchAll(SHARE_RE)) {
      // 百分之五十 is a rate (RATE_RE), not a share.
      if (m[1] && /^[百千万]$/.test(m[1])) continue;
      let value: number | null;
      if (m[1]) {
        const whole = parseChineseNumber(m[1]);
        const part = parseChineseNumber(m[2]!);
        value = whole && part !== null ? part / whole : null;
      } else value = 0.5; // 过半数, 半数以上
      if (value !== null) out.push({ type: 'share', value, unit: 'share', raw: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Compare in a common unit. Working days vs calendar days: 5 working days ≈ 7 calendar days. */
export function toComparable(value: number, unit: QuantityUnit, target: QuantityUnit): number | null {
  if (unit === target) return value;
  const days = (v: number, u: QuantityUnit) => (u === 'day' ? v : u === 'month' ? v * 30 : u === 'year' ? v * 365 : u === 'workday' ? (v * 7) / 5 : null);
  if (['day', 'month', 'year', 'workday'].includes(unit) && ['day', 'month', 'year', 'workday'].includes(target)) {
    const d = days(value, unit);
    if (d === null) return null;
    if (target === 'workday') return (d * 5) / 7;
    return target === 'day' ? d : target === 'month' ? d / 30 : d / 365;
  }
  return null;
}

export function unitOfType(type: QuantityType): QuantityUnit[] {
  return type === 'amount' ? ['yuan'] : type === 'rate' ? ['ratio'] : ['day', 'workday', 'month', 'year', 'hour'];
}
