// The shared quantity extractor: amounts, periods and rates in the forms documents use.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber as parseNumber } from '../../pipeline/text/chinese-numbers.ts';
import { extractQuantities, toComparable } from '../../pipeline/rules/quantities.ts';

const parseChineseNumber = (s: string) => parseNumber(s, { decimals: true });

describe('Chinese numerals', () => {
  it.each([
    ['二千', 2000], ['三万', 30000], ['三万五千', 35000], ['一百二十', 120], ['十五', 15], ['两', 2],
    ['二十', 20], ['一千零五', 1005], ['1,000', 1000], ['2.5', 2.5], ['1.5万', 15000], ['一二〇', 120],
  ])('%s = %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));
  it('rejects what is not a number', () => expect(parseChineseNumber('若干')).toBeNull());
});

describe('extractQuantities', () => {
  it('reads amounts in 元 and 万元, Chinese and Arabic', () => {
    const q = extractQuantities('处二千元以上三万元以下罚款，情节严重的处1.5万元罚款', ['amount']);
    expect(q.map((x) => x.value)).toEqual([2000, 30000, 15000]);
    expect(q[0]!.raw).toBe('二千元');
  });

  it('reads periods, keeping working days apart', () => {
    const q = extractQuantities('应当在20个工作日内答复，可以延长十日，最长不超过两个月，有效期五年', ['period']);
    expect(q.map((x) => [x.value, x.unit])).toEqual([[20, 'workday'], [10, 'day'], [60, 'day'], [1825, 'day']]);
  });

  it('does not take dates or ordinal days for periods', () => {
    const q = extractQuantities('本办法自2024年1月31日起施行，每日检查一次，第三日公示，上一年度报告', ['period']);
    expect(q).toEqual([]);
  });

  it('reads a Chinese decimal whole: 百分之二点五 is 0.025, not 百分之二', () => {
    expect(extractQuantities('按每月全部职工工资总额的百分之二点五拨缴', ['rate']).map((x) => [x.value, x.raw])).toEqual([[0.025, '百分之二点五']]);
    expect(extractQuantities('罚款一点五万元', ['amount']).map((x) => x.value)).toEqual([15000]);
  });
  it('reads rates as ratios', () => {
    const q = extractQuantities('每日按罚款数额的百分之三加处罚款；滞纳金按日加收万分之五；上浮5%；千分之二', ['rate']);
    expect(q.map((x) => x.value)).toEqual([0.03, 0.0005, 0.05, 0.002]);
  });

  it('reads multiples of a base as ratios to it, ranges with one unit included', () => {
    const q = (t: string) => extractQuantities(t, ['rate']).map((x) => x.value);
    expect(q('并处制造、销售金额3倍以上5倍以下的罚款')).toEqual([3, 5]);
    expect(q('处违法所得百分之五十以上三倍以下的罚款')).toEqual([0.5, 3]);
    expect(q('处货值金额1至3倍罚款')).toEqual([1, 3]);
    expect(q('情节严重的，加倍处罚')).toEqual([]);
  });

  it('converts between day units', () => {
    expect(toComparable(28, 'day', 'workday')).toBe(20);
    expect(toComparable(2, 'month', 'day')).toBe(60);
    expect(toComparable(1, 'ratio', 'day')).toBeNull();
  });
});

describe('periods with a half and calendar days', () => {
  it('reads 个半小时, 年半, 个半月 and 个自然日', () => {
    const q = extractQuantities('每日九个半小时，期限一年半，试用两个半月，三十个自然日内兑奖', ['period']);
    expect(q.map((x) => [x.raw, x.value, x.unit])).toEqual([['九个半小时', 9.5, 'hour'], ['一年半', 547.5, 'day'], ['两个半月', 75, 'day'], ['三十个自然日', 30, 'day']]);
  });
});
