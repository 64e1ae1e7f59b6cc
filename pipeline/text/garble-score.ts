// Is this extracted text real Chinese, or mojibake from a font whose ToUnicode map is wrong or
// missing? Real prose is overwhelmingly made of the 3,755 level-1 GB 2312 hanzi (常用字, ≥ 95 % in
// any 公文); wrong maps scatter the text over rare hanzi (犐犆犛…), private-use code points,
// replacement characters or runs of ASCII symbols ("!"#$%&'). We never let such text through as ok.
import { commonHanzi, isHan } from './charsets.ts';

export interface GarbleStats {
  chars: number; // non-whitespace characters
  han: number;
  commonHan: number;
  bad: number; // U+FFFD, private use, C0/C1 controls
  asciiSymbols: number;
}

export interface GarbleVerdict {
  garbled: boolean;
  reason?: string;
  stats: GarbleStats;
}

export function garbleStats(text: string): GarbleStats {
  const common = commonHanzi();
  const s: GarbleStats = { chars: 0, han: 0, commonHan: 0, bad: 0, asciiSymbols: 0 };
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000) continue;
    s.chars++;
    if (isHan(ch)) {
      s.han++;
      if (common.has(ch)) s.commonHan++;
    } else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000 || c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      s.bad++;
    } else if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) {
      s.asciiSymbols++;
    }
  }
  return s;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Thresholds are deliberately far from real text: 公文 score ~97 % common hanzi, mojibake < 50 %. */
export function scoreGarble(text: string): GarbleVerdict {
  const stats = garbleStats(text);
  const { chars, han, commonHan, bad, asciiSymbols } = stats;
  if (chars === 0) return { garbled: false, stats };
  if (han >= 2) {
    const share = commonHan / han;
    // Short texts get a stricter bar only when almost nothing is common.
    const limit = han >= 30 ? 0.8 : 0.5;
    if (share < limit) {
      return { garbled: true, stats, reason: `提取出的汉字中只有 ${pct(share)} 是常用字，疑为字体字符映射（ToUnicode）错误造成的乱码，内容不可靠，未审查。` };
    }
  }
  if (bad >= 3 && bad / chars > 0.05) {
    return { garbled: true, stats, reason: `提取出的文字中有 ${pct(bad / chars)} 是无法识别的字符（替换符、私用区或控制字符），疑为字体缺少正确字符映射造成的乱码，内容不可靠，未审查。` };
  }
  if (chars >= 40 && asciiSymbols / chars > 0.25 && asciiSymbols > han) {
    return { garbled: true, stats, reason: `提取出的文字中 ${pct(asciiSymbols / chars)} 是零散的符号，疑为字体字符映射错误造成的乱码，内容不可靠，未审查。` };
  }
  return { garbled: false, stats };
}
