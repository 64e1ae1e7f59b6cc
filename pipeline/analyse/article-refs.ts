// Article references as documents write them after a law's name: "第十条第一款第（三）项",
// "第十二条至第十四条", "第十条、第十一条和第十三条", "第二十条之一", "第十条第一款、第二款", "第一千二百六十条",
// "第16条", and the damaged forms real copies carry: 笫 for 第, spaces inside a number ("第一百二十八 条",
// "第 16 条"). Numbers go through the pipeline's one numeral parser.
import { articleLabel, NUM_CLASS, parseChineseNumber } from '../text/chinese-numbers.ts';

export interface ArticleRef {
  label: string; // 第十六条 / 第二十条之一
  number: number;
  sub?: number;
  paragraph?: number; // 款
  item?: number; // 项
  start: number; // offsets of this reference in the text
  end: number;
}

// A number with spaces allowed between its characters (OCR and hand-typed copies).
const NUM = `${NUM_CLASS}(?:[ \\u3000]?${NUM_CLASS}){0,9}`;
const S = '[ \\u3000]*';
const ITEM = `第${S}[（(]?${S}(${NUM})${S}[）)]?${S}项`;
const PARA = `第${S}(${NUM})${S}款`;
const ART = new RegExp(`^[第笫]${S}(${NUM})${S}条(?:${S}之${S}([一二三四五六七八九十]+))?(?:${S}${PARA})?(?:${S}${ITEM})?`);
const PARA_ONLY = new RegExp(`^${PARA}(?:${S}${ITEM})?`);
const ITEM_ONLY = new RegExp(`^(?:${ITEM}|[（(]${S}(${NUM})${S}[）)]${S}项?)`);
const JOIN = /^[ \u3000]*(、|，|,|和|及|以及|或者|或|与)[ \u3000]*/;
const RANGE = /^[ \u3000]*(至|到|—|－|-|～|~)[ \u3000]*/;
// "第十二条至十四条": the second number of a range may drop 第.
const RANGE_END = new RegExp(`^[第笫]?${S}(${NUM})${S}条`);
/** The longest range spelled out article by article (a typo such as 第十条至第一百条 is not expanded). */
const MAX_RANGE = 60;
const WINDOW = 400;

function num(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const v = parseChineseNumber(s.replace(/[ \u3000]/g, ''));
  return v === null || v <= 0 ? undefined : v;
}

function ref(number: number, sub: number | undefined, paragraph: number | undefined, item: number | undefined, start: number, end: number): ArticleRef {
  return {
    label: articleLabel(number, sub), number, ...(sub ? { sub } : {}),
    ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}), start, end,
  };
}

/** Parses the references starting at `from` (leading spaces allowed); returns them and where they end. */
export function parseArticleRefs(text: string, from: number): { refs: ArticleRef[]; end: number } {
  const refs: ArticleRef[] = [];
  const lead = /^[ \u3000]*/.exec(text.slice(from, from + 8))![0].length;
  let at = from + lead;
  let m = ART.exec(text.slice(at, at + WINDOW));
  if (!m) return { refs, end: from };
  for (;;) {
    const n = num(m[1]);
    if (n === undefined) break;
    refs.push(ref(n, num(m[2]), num(m[3]), num(m[4]), at, at + m[0].length));
    at += m[0].length;
    let rest = text.slice(at, at + WINDOW);
    // 第（一）项、（二）项 / 第一项、第三项: more items of the same paragraph.
    for (let j = JOIN.exec(rest); j && refs[refs.length - 1]!.item; j = JOIN.exec(rest)) {
      const it = ITEM_ONLY.exec(rest.slice(j[0].length));
      if (!it) break;
      const last = refs[refs.length - 1]!;
      const s = at + j[0].length;
      refs.push(ref(last.number, last.sub, last.paragraph, num(it[1] ?? it[2]), s, s + it[0].length));
      at = s + it[0].length;
      rest = text.slice(at, at + WINDOW);
    }
    const range = RANGE.exec(rest);
    if (range) {
      const next = RANGE_END.exec(rest.slice(range[0].length));
      const to = next ? num(next[1]) : undefined;
      if (next && to !== undefined && to > n && to - n <= MAX_RANGE) {
        const s = at + range[0].length;
        for (let k = n + 1; k <= to; k++) refs.push(ref(k, undefined, undefined, undefined, s, s + next[0].length));
        at = s + next[0].length;
        rest = text.slice(at, at + WINDOW);
      }
    }
    const join = JOIN.exec(rest);
    if (!join) break;
    const after = rest.slice(join[0].length);
    const nextArt = ART.exec(after);
    if (nextArt) {
      at += join[0].length;
      m = nextArt;
      continue;
    }
    // "第十条第一款、第二款": another paragraph of the same article.
    const para = PARA_ONLY.exec(after);
    if (!para) break;
    const last = refs[refs.length - 1]!;
    const s = at + join[0].length;
    refs.push(ref(last.number, last.sub, num(para[1]), num(para[2]), s, s + para[0].length));
    at = s + para[0].length;
    const j2 = JOIN.exec(text.slice(at, at + WINDOW));
    const a2 = j2 ? ART.exec(text.slice(at + j2[0].length, at + j2[0].length + WINDOW)) : null;
    if (!j2 || !a2) break;
    at += j2[0].length;
    m = a2;
  }
  return { refs, end: at };
}

/** "第二款第（三）项" right after 该条/同条: the paragraph and item of an article named before. */
export function parseParagraphRef(text: string, from: number): { paragraph?: number; item?: number; end: number } {
  const m = PARA_ONLY.exec(text.slice(from, from + 40));
  if (!m) return { end: from };
  const paragraph = num(m[1]);
  const item = num(m[2]);
  return { ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}), end: from + m[0].length };
}
