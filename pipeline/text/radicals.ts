// Radical and compatibility code points → the unified ideograph a reader sees. PDF fonts (and
// the OFD/Word files printed from them) often map CJK glyphs to Kangxi radicals or CJK radicals
// supplement characters that look identical: "第⼀条" (U+2F00), "2024年5⽉6⽇", "⺠法典" (U+2EA0),
// "⻓期" (U+2ED3). Such text never matches 第一条, 民法典 or a date, so it is folded once here, in
// normalisation, for every format. Every mapping is one UTF-16 unit to one, so offsets are unchanged.
//
// Sources: Kangxi radicals U+2F00–U+2FD5 and CJK compatibility ideographs U+F900–U+FAFF by their
// Unicode decomposition (NFKC); the CJK Radicals Supplement by Unicode's EquivalentUnifiedIdeograph.txt
// (U+2E81–U+2EF3), keeping only pairs whose ideograph is in the BMP (14 map to plane-2 characters,
// which would change offsets; they are component forms that do not occur as words anyway).

/** EquivalentUnifiedIdeograph.txt, CJK Radicals Supplement, BMP targets: radical + ideograph pairs. */
const SUPPLEMENT_PAIRS =
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ' +
  '⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺫目 ⺬示 ⺭礻 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺶羊 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ' +
  '⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 ⻗雨 ⻘青 ' +
  '⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

/**
 * Kangxi radicals whose NFKC form is a variant that mainland fonts do not draw: ⾭ (U+2FAD) → 靑
 * U+9751 and ⼾ (U+2F3E) → 戶 U+6236, where a simplified-Chinese PDF means 青 and 户. The supplement's
 * bamboo top ⺮ stands for 竹 (its listed equivalent 𥫗 is outside the BMP).
 */
const OVERRIDES: Record<string, string> = { '⾭': '青', '⼾': '户', '⺮': '竹' };

const FIRST = 0x2e80;
const LAST = 0xfaff;
let table: Uint16Array | null = null;

/** Lazily built: index code − FIRST → replacement code unit, 0 when the character stays. */
function build(): Uint16Array {
  const t = new Uint16Array(LAST - FIRST + 1);
  const put = (from: string, to: string) => {
    if (from.length === 1 && to.length === 1) t[from.charCodeAt(0) - FIRST] = to.charCodeAt(0);
  };
  for (const pair of SUPPLEMENT_PAIRS.split(' ')) put(pair[0]!, pair.slice(1));
  for (let c = 0x2f00; c <= 0x2fd5; c++) put(String.fromCharCode(c), String.fromCharCode(c).normalize('NFKC'));
  for (let c = 0xf900; c <= 0xfaff; c++) {
    const ch = String.fromCharCode(c);
    const n = ch.normalize('NFKC');
    if (n !== ch) put(ch, n);
  }
  for (const [from, to] of Object.entries(OVERRIDES)) put(from, to);
  return t;
}

/** Characters this module may rewrite (a cheap pre-test before scanning a text). */
export const RADICAL_OR_COMPAT = /[\u2e80-\u2fd5\uf900-\ufaff]/;

/** The unified ideograph for a radical/compatibility code unit, or the character itself. */
export function foldRadicalChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < FIRST || c > LAST || (c > 0x2fd5 && c < 0xf900)) return ch;
  const r = (table ??= build())[c - FIRST]!;
  return r ? String.fromCharCode(r) : ch;
}

/** Folds every radical/compatibility ideograph of `s`; the result has the same length. */
export function foldRadicals(s: string): string {
  if (!RADICAL_OR_COMPAT.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldRadicalChar(s[i]!);
  return out;
}
