// The pipeline's one numeral parser: article numbers, dates and amounts read the same everywhere.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, toChineseNumber } from '../../pipeline/text/chinese-numbers.ts';

describe('Chinese numerals', () => {
  it('reads article numbers as enacted texts write them', () => {
    const cases: [string, number][] = [['十', 10], ['十六', 16], ['二十一', 21], ['一百零五', 105], ['一百一十', 110],
      ['一千二百六十', 1260], ['一千零三十二', 1032], ['１２８', 128], ['128', 128]];
    for (const [s, n] of cases) expect(parseChineseNumber(s), s).toBe(n);
  });

  it('reads years digit by digit and amounts with 万 and financial digits', () => {
    expect(parseChineseNumber('二〇二三')).toBe(2023);
    expect(parseChineseNumber('三万五千')).toBe(35000);
    expect(parseChineseNumber('两千')).toBe(2000);
    expect(parseChineseNumber('壹仟')).toBe(1000);
    expect(parseChineseNumber('1.5万', { decimals: true })).toBe(15000);
    expect(parseChineseNumber('1,000', { decimals: true })).toBe(1000);
    expect(parseChineseNumber('1.5')).toBeNull(); // headings never carry decimals
  });

  it('refuses what is not a number', () => {
    for (const s of ['', '条', '第一', '十a']) expect(parseChineseNumber(s), s).toBeNull();
  });

  it('writes article numbers back the enacted way, round-tripping 1..1300', () => {
    expect(toChineseNumber(10)).toBe('十');
    expect(toChineseNumber(110)).toBe('一百一十');
    expect(toChineseNumber(1005)).toBe('一千零五');
    for (let n = 1; n <= 1300; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });
});

describe('parseChineseNumber keeps its answers per written form', () => {
  it('answers a form read with and without decimals each in its own way, in either order', () => {
    expect(parseChineseNumber('1.5万')).toBeNull();
    expect(parseChineseNumber('1.5万', { decimals: true })).toBe(15000);
    expect(parseChineseNumber('1.5万')).toBeNull();
    expect(parseChineseNumber('2,000', { decimals: true })).toBe(2000);
    expect(parseChineseNumber('2,000')).toBeNull();
  });

  it('still answers right after more forms than it keeps', () => {
    for (let n = 1; n <= 25_000; n++) expect(parseChineseNumber(String(n))).toBe(n);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('不是数')).toBeNull();
  });
});

describe('parseChineseNumber reads Chinese decimals', () => {
  it('reads the fraction after 点 digit by digit, with a 万 after it', () => {
    expect(parseChineseNumber('二点五', { decimals: true })).toBe(2.5);
    expect(parseChineseNumber('零点五', { decimals: true })).toBe(0.5);
    expect(parseChineseNumber('一点二五万', { decimals: true })).toBe(12500);
    // Without decimals a 点 is no number (article numbers, dates).
    expect(parseChineseNumber('二点五')).toBeNull();
  });
});
