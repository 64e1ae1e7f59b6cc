// Traditional → simplified, the way mirror-site copies of notices need it: OpenCC character conversion
// (tw → cn) plus a short list of Taiwan-usage phrases that mirror sites substitute (程式 for 程序,
// 檔案 for 文件, 軟體 for 软件 …). OpenCC's own Taiwan phrase table (twp) is NOT used: it is made for
// software texts and turns 贯彻執行 into 贯彻运行, which would falsify a legal text. The dictionaries are loaded lazily and
// only for texts that really contain traditional-only characters, because converting a simplified text
// is slow and can damage it (著作权 must not become 着作权).
import { createRequire } from 'node:module';
import { gb2312Hanzi, isHan } from './charsets.ts';

type Conv = (s: string) => string;
const require = createRequire(import.meta.url);
let phraseConv: Conv | null = null;
let charConv: Conv | null = null;

function opencc(): { Converter(o: { from: string; to: string }): Conv } {
  return require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Conv };
}

/**
 * Taiwan usage → mainland usage, applied after character conversion. Every pair has the same length
 * (offsets stay 1:1) and the Taiwan form does not occur with another meaning in mainland legal text;
 * 档案 (archives, 人事档案) becomes 文件 only where it names a document (规范性档案, 本档案 …).
 */
const PHRASES: [RegExp, string][] = [
  [/程式(?!化)/g, '程序'],
  [/(?<=(?:规范性|本|该|此|上述|相关|有关|下列|以下|前款|政策性|红头|各类|上级|原))档案/g, '文件'],
  [/档案(?=(?:精神|要求|规定|印发|发布|的通知|的规定|自印发|自发布))/g, '文件'],
  [/软体/g, '软件'],
  [/硬体/g, '硬件'],
  [/资讯/g, '信息'],
  [/网路/g, '网络'],
  [/数位/g, '数字'],
  [/预设/g, '默认'],
  [/伺服器/g, '服务器'],
];

export function convertTraditional(text: string): string {
  phraseConv ??= opencc().Converter({ from: 'tw', to: 'cn' });
  let out = phraseConv(text);
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}

/**
 * True when the text holds at least 3 hanzi outside GB 2312 that OpenCC maps to another character
 * (們 這 個 資 …), and they make up at least 1 % of its hanzi: a handful of rare name characters
 * in a simplified document (堃, 珺) does not qualify.
 */
export function looksTraditional(text: string): boolean {
  const gb = gb2312Hanzi();
  const outside = new Map<string, number>();
  let han = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    han++;
    if (!gb.has(ch)) outside.set(ch, (outside.get(ch) ?? 0) + 1);
  }
  let total = 0;
  for (const n of outside.values()) total += n;
  if (total < 3) return false;
  charConv ??= opencc().Converter({ from: 't', to: 'cn' });
  let trad = 0;
  for (const [ch, n] of outside) if (charConv(ch) !== ch) trad += n;
  return trad >= 3 && trad >= han * 0.01;
}

let pairs: Map<string, string> | null = null;

/**
 * Every traditional character OpenCC maps to a different simplified one (罰 → 罚, 號 → 号, 髮 → 发), for
 * folding what a reader types (the HTML report's search) onto the simplified text beishen indexes.
 * Characters are converted one per line, so no phrase rule joins neighbours; built once, in ~150 ms.
 */
export function traditionalCharPairs(): Map<string, string> {
  if (pairs) return pairs;
  phraseConv ??= opencc().Converter({ from: 'tw', to: 'cn' });
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCodePoint(c));
  const out = phraseConv(chars.join('\n')).split('\n');
  pairs = new Map();
  chars.forEach((c, i) => {
    const s = out[i];
    if (s && s !== c && [...s].length === 1) pairs!.set(c, s);
  });
  return pairs;
}
