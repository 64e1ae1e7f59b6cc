// Folding for matching only: PDF fonts often map CJK glyphs to Kangxi radicals (⼀ U+2F00 for 一,
// ⽉ for 月, ⺠ for 民), so "第⼀条" or "2024年5⽉6⽇" would not match. Every folded character is one
// UTF-16 unit, so offsets computed on folded text are valid in the original.
const SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⻔': '门', '⻓': '长', '⻅': '见', '⻋': '车', '⻢': '马', '⻜': '飞', '⻝': '食', '⻩': '黄',
  '⻛': '风', '⻉': '贝', '⻚': '页', '⺟': '母', '⻳': '龟', '⻆': '角', '⻘': '青', '⻙': '韦', '⻰': '龙', '⻥': '鱼',
  '⻦': '鸟', '⻬': '齐', '⻮': '齿', '⻪': '麦', '⻤': '鬼', '⺁': '厂', '⺧': '牛', '⺮': '竹', '⻄': '西', '⻈': '讠',
};
const NEEDS_FOLD = /[\u2e80-\u2fdf]/;

export function foldForMatch(s: string): string {
  if (!NEEDS_FOLD.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0x2f00 && code <= 0x2fd5) {
      const n = ch.normalize('NFKC');
      out += n.length === 1 ? n : ch;
    } else out += SUPPLEMENT[ch] ?? ch;
  }
  return out;
}
