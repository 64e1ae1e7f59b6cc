// A provision's place as a reviewer names it: "二、（五）" is 第二部分第（五）项, a lone "四、" is 第四项,
// "1." 第1目, "序言" 序言部分; 第X条/款/项 stay as they are. Used wherever a sentence names a place
// (opinion letters, cross-document findings).
function segmentName(seg: string, index: number, count: number): string {
  const top = /^([一二三四五六七八九十百]+)、$/.exec(seg);
  if (top) return index === 0 && count > 1 ? `第${top[1]}部分` : `第${top[1]}项`;
  const paren = /^（([一二三四五六七八九十百]+)）$/.exec(seg);
  if (paren) return `第（${paren[1]}）项`;
  const arabic = /^(\d+)[.．、]$/.exec(seg);
  if (arabic) return `第${arabic[1]}目`;
  const arabicParen = /^[（(](\d+)[）)]$/.exec(seg);
  if (arabicParen) return `第（${arabicParen[1]}）目`;
  if (seg === '序言') return '序言部分';
  return seg;
}

/** The place of a provision path (["二、", "（五）"]); a label alone when there is no path; null for the whole document. */
export function placeName(path: string[], label?: string): string | null {
  if (!path.length) return label && label !== '全文' ? segmentName(label, 0, 1) : null;
  return path.map((s, i) => segmentName(s, i, path.length)).join('');
}
