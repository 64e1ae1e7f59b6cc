// Number formats of Word list levels (ST_NumberFormat) that occur in Chinese documents.
const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const GAN = '甲乙丙丁戊己庚辛壬癸';
const ZHI = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十. */
export function chineseCounting(n: number, digits = '零一二三四五六七八九', units = ['', '十', '百', '千'], big = ['', '万', '亿']): string {
  if (n === 0) return digits[0]!;
  if (n < 0) return '负' + chineseCounting(-n, digits, units, big);
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 10000)) groups.push(x % 10000);
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g]!;
    if (v === 0) { zeroPending = out !== ''; continue; }
    if (out && (v < 1000 || zeroPending)) out += digits[0];
    zeroPending = false;
    let part = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(v / 10 ** i) % 10;
      if (d === 0) { zero = part !== ''; continue; }
      if (zero) { part += digits[0]; zero = false; }
      part += digits[d]! + units[i]!;
    }
    out += part + big[g]!;
  }
  // 一十 → 十 at the very start (十二, not 一十二), as in 第十二条.
  if (digits[1] === '一' && out.startsWith('一十')) out = out.slice(1);
  return out;
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': case 'koreanCounting':
      return chineseCounting(n);
    case 'ideographDigital': case 'taiwaneseDigital': case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => DIGITS[Number(d)]!);
    case 'chineseLegalSimplified': case 'ideographLegalTraditional': case 'japaneseLegal':
      return chineseCounting(n, LEGAL, ['', '拾', '佰', '仟']).replace(/^壹拾/, '拾');
    case 'ideographTraditional': return GAN[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac': return ZHI[(n - 1) % 12] ?? String(n);
    case 'lowerLetter': return letters(n).toLowerCase();
    case 'upperLetter': return letters(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    case 'ordinal': return `${n}.`;
    case 'none': case 'bullet': return '';
    default: return String(n);
  }
}

/** Word repeats the letter: 27 → AA, 28 → BB. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const t: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of t) while (n >= v) { out += s; n -= v; }
  return out;
}
