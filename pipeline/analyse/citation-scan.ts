// Where a document cites law, before anything is judged: every law name with the article references
// that follow it — in 《》 ("国务院《烟花爆竹安全管理条例》第二十八条"), without 《》 where the name is plainly
// cited ("依照中华人民共和国行政许可法第十二条", "根据物权法的规定"), damaged names before an article
// ("依照治安管理处角人条例第十条"), the document's own provisions ("本办法第五条", "依照第三条规定": a
// pointer such as 该条 after them means them, not an upper law), and the pointers 本法/该法/同法/该条/该款/
// 上述规定. Which law each name denotes, on which date, and what is wrong is citations.ts.
import type { Corpus } from '../corpus/corpus.ts';
import { parseArticleRefs, parseParagraphRef, type ArticleRef } from './article-refs.ts';
import { cleanName, nameIndex, VERSION_NOTE } from './law-names.ts';
import { stripPrc } from '../corpus/law-metadata.ts';

/** bracketed: in 《》; plain: without 《》 (a known name plainly cited, or any name ending in 法/条例/… that
 *  a lead word and an article reference frame: a local act, or a damaged name); self: the document's own
 *  provisions; anaphor: a pointer back. */
export type MentionForm = 'bracketed' | 'plain' | 'self' | 'anaphor';
/** What a pointer points back at: a law (本法、该法), an article (该条), a paragraph (该款), the provisions just cited (上述规定). */
export type AnaphorKind = 'law' | 'article' | 'paragraph' | 'provisions';

export interface Mention {
  start: number;
  end: number; // end of the whole citation (name + article references)
  form: MentionForm;
  /** The name as written, without 《》 (a glued 国务院 kept); the pointer word for anaphors. */
  written: string;
  /** "国务院《…》": the issuer written outside the book-title marks (an accepted form). */
  issuerPrefix?: string;
  /** "（2021年修订）" inside or right after the name: the text the document means. */
  versionNote?: string;
  anaphor?: AnaphorKind;
  /** 该条第二款第（三）项: the paragraph and item named after the pointer. */
  paragraph?: number;
  item?: number;
  articles: ArticleRef[];
}

const LAWLIKE = /(法|法典|条例|规定|办法|细则|规则|决定|解释|宪法|实施意见|若干意见)$/;
const VERB = '(?:依照|根据|按照|依据|违反|适用|遵守|执行|贯彻|参照|对照|落实)';
const VERB_BEFORE = new RegExp(`${VERB}\\s*$`);
/** Words that may stand right before a name written without 《》. */
const LEFT_OK = new RegExp(`(?:${VERB}|和|及|与|或|、|，|,|；|：|:|。|（|\\(|\\s|^)$`);
/** A name followed by these is part of a longer name (森林法实施条例, 食品安全法实施细则 …). */
const LONGER_NAME = /^(?:实施|条例|细则|办法|若干|暂行|解释|修正案|修订|规定|决定)/;
const BRACKETED = /(国务院)?《([^《》\n]{2,80})》/g;
/** The act implementing a law, named after it by its kind alone ("《X法》及其实施细则"). */
const COMPANION = /^((?:及其|及|和|以及)\s*)(实施细则|实施条例|实施办法)/;
const OUTER_NOTE = /^[（(][^（）()\n]{2,16}[）)]/;
const FRAMED = new RegExp(`${VERB}([\\u4e00-\\u9fff]{3,24}?(?:法|条例|规定|办法|细则))(?=[ \\u3000]*[第笫][ \\u3000]*[零〇一二两三四五六七八九十百千0-9０-９])`, 'g');
const SELF = /本(?:办法|规定|通知|通告|公告|意见|决定|细则|实施细则|条例|方案|规则|标准|制度|意见)(?=[ \u3000]*[第笫])/g;
const BARE_REF = new RegExp(`${VERB}(?=[ \\u3000]*[第笫][ \\u3000]*[零〇一二两三四五六七八九十百千0-9０-９][^，。；\\n]{0,12}?条)`, 'g');
/** An article named alone in brackets after what it says ("……不得再从事会计工作（第四十条）"): the document's own, or
 *  the law it names (citations.ts decides). */
const BRACKETED_REF = /[（(](?=[ \u3000]*[第笫][ \u3000]*[零〇一二两三四五六七八九十百千0-9０-９][^，。；（）()\n]{0,16}?条[^，。；（）()\n]{0,8}[）)])/g;
// "该规定" is a law only with an article after it ("依照该规定第十三条"): alone it is mostly the provision just stated.
// Not the 同法 of 合同法 ("劳动合同法第二十二条" names the law itself).
const LAW_POINTER = /本法|该法规|该法|(?<!合)同法|该条例|该办法|该细则|该规定(?=[ \u3000]*[第笫])|上述法律|上述法规|前述法律/g;
const ARTICLE_POINTER = /该条|同条|该款/g;
// Only "依照上述规定" applies what was cited; "违反上述规定" speaks of the document's own provisions.
const PROVISIONS_POINTER = /(?<=(?:依照|根据|依据|按照)[ \u3000]*)(?:上述|前述)(?:规定|条款|条文)/g;

/** "《饲料和饲料添加剂管理条例》（以下简称《条例》）": the short name a document gives a law right after citing it. */
const SHORT_NAME_DEFINED = /^\s*[（(]\s*(?:以下|下文)?\s*简称\s*[“"《「]?([\u4e00-\u9fff]{1,12}?)[”"》」]?\s*[）)]/;
/** The kinds of act a document names a law by without defining the short name ("根据《禁止传销条例》……依照条例第十四条"):
 *  only a regulation, which no county or township makes (its own 办法 or 细则 it may call by kind). */
const UNDEFINED_SHORT = ['条例'];

function overlaps(covered: [number, number][], a: number, b: number): boolean {
  return covered.some(([s, e]) => a < e && b > s);
}

/** All mentions of laws, own provisions and pointers in the text, in order. */
export function scanMentions(text: string, corpus: Corpus): Mention[] {
  const names = nameIndex(corpus);
  const out: Mention[] = [];
  const covered: [number, number][] = [];
  const push = (m: Mention, nameEnd: number) => {
    covered.push([m.start, Math.max(nameEnd, m.end)]);
    out.push(m);
  };

  // Short names the document defines, in order: the short name, the law's name as written, and where it is defined.
  const shortNames: { short: string; name: string; from: number }[] = [];
  const definedAt = (short: string, at: number) => shortNames.findLast((d) => d.short === short && d.from <= at)?.name;
  for (const m of text.matchAll(BRACKETED)) {
    const cleaned = cleanName(m[2]!);
    const start = m.index!;
    // 《条例》 after "（以下简称《条例》）" is the law it stands for.
    const name = (!names.exact(cleaned.name) && definedAt(cleaned.name, start)) || cleaned.name;
    let nameEnd = start + m[0].length;
    const outer = OUTER_NOTE.exec(text.slice(nameEnd, nameEnd + 20));
    const outerNote = outer && VERSION_NOTE.test(outer[0]) ? VERSION_NOTE.exec(outer[0])![1] : undefined;
    if (outer && outerNote) nameEnd += outer[0].length;
    // Titles of other documents (《营业执照》, 《关于……的通知》) are not citations of law; a name whose
    // ending is damaged ("《中华人民共和国行政许可发》") is, when it is close to a known one.
    if (!names.exact(name) && !LAWLIKE.test(name) && !names.fuzzy(name)) continue;
    const defined = SHORT_NAME_DEFINED.exec(text.slice(nameEnd, nameEnd + 24));
    if (defined && defined[1] !== name) shortNames.push({ short: defined[1]!, name, from: nameEnd });
    const { refs, end } = parseArticleRefs(text, nameEnd);
    const versionNote = cleaned.versionNote ?? outerNote;
    push({
      start, end: refs.length ? end : nameEnd, form: 'bracketed', written: name, articles: refs,
      ...(m[1] ? { issuerPrefix: m[1] } : {}), ...(versionNote ? { versionNote } : {}),
    }, nameEnd);
    // "《中华人民共和国计量法》及其实施细则": the regulation that implements the law is cited too, by a name that is the
    // law's with the kind of act after it (计量法实施细则, 森林法实施条例).
    const after = refs.length ? end : nameEnd;
    const companion = COMPANION.exec(text.slice(after, after + 10));
    const full = companion && [name + companion[2], stripPrc(name) + companion[2]].find((n) => names.exact(n));
    if (companion && full) {
      const from = after + companion[1]!.length;
      const to = from + companion[2]!.length;
      const more = parseArticleRefs(text, to);
      push({ start: from, end: more.refs.length ? more.end : to, form: 'plain', written: names.exact(full)!, articles: more.refs }, to);
    }
  }

  // Names without 《》: the longest known name at each place, standing on its own, plainly cited.
  const found = names.occurrences(text).sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const o of found) {
    if (o.start < lastEnd || overlaps(covered, o.start, o.end)) continue;
    let start = o.start;
    if (text.slice(start - 3, start) === '国务院') start -= 3;
    const before = text.slice(Math.max(0, start - 6), start);
    if (!LEFT_OK.test(before) || LONGER_NAME.test(text.slice(o.end, o.end + 4))) continue;
    const { refs, end } = parseArticleRefs(text, o.end);
    const cited = refs.length > 0 || VERB_BEFORE.test(before) || /^(?:的|有关)?规定/.test(text.slice(o.end, o.end + 4));
    if (!cited) continue;
    lastEnd = o.end;
    push({ start, end: refs.length ? end : o.end, form: 'plain', written: text.slice(start, o.end), articles: refs }, o.end);
  }

  // Names no list holds, framed by a lead word and an article: a local act, or a damaged name.
  for (const m of text.matchAll(FRAMED)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    const nameEnd = start + name.length;
    if (overlaps(covered, start, nameEnd) || /^(?:本|该|同|上述|前述|有关|相关|国家)/.test(name)) continue;
    const { refs, end } = parseArticleRefs(text, nameEnd);
    if (!refs.length) continue;
    push({ start, end, form: 'plain', written: name, articles: refs }, nameEnd);
  }

  // A law called by its short name without 《》: one the document defined ("依照条例第三十七条", "按照办法的规定"), or a
  // regulation called 条例 where the document has named one regulation before ("城市房地产管理法第四十五条和条例第二十二条").
  // Two regulations named before it leave it unread: a missed citation rather than a wrong one.
  const shorts = new Set([...shortNames.map((d) => d.short), ...UNDEFINED_SHORT]);
  for (const short of shorts) {
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
      const nameEnd = i + short.length;
      if (overlaps(covered, i, nameEnd) || !LEFT_OK.test(text.slice(Math.max(0, i - 6), i))) continue;
      const { refs, end } = parseArticleRefs(text, nameEnd);
      const defined = definedAt(short, i);
      if (!refs.length && !(defined && /^(?:的)?(?:有关)?规定/.test(text.slice(nameEnd, nameEnd + 4)))) continue;
      const name = defined ?? soleNamedBefore(out, short, i);
      if (!name) continue;
      push({ start: i, end: refs.length ? end : nameEnd, form: 'plain', written: name, articles: refs }, nameEnd);
    }
  }

  for (const re of [SELF, BARE_REF, BRACKETED_REF]) {
    for (const m of text.matchAll(re)) {
      const from = re === SELF ? m.index! : m.index! + m[0].length;
      const { refs, end } = parseArticleRefs(text, from + (re === SELF ? m[0].length : 0));
      if (!refs.length || overlaps(covered, refs[0]!.start, end)) continue;
      push({ start: re === SELF ? m.index! : refs[0]!.start, end, form: 'self', written: re === SELF ? m[0] : '', articles: refs }, end);
    }
  }

  for (const m of text.matchAll(LAW_POINTER)) {
    const start = m.index!;
    const wordEnd = start + m[0].length;
    if (overlaps(covered, start, wordEnd)) continue;
    const { refs, end } = parseArticleRefs(text, wordEnd);
    if (!refs.length) continue;
    push({ start, end, form: 'anaphor', anaphor: 'law', written: m[0], articles: refs }, end);
  }
  for (const m of text.matchAll(ARTICLE_POINTER)) {
    const start = m.index!;
    const wordEnd = start + m[0].length;
    if (overlaps(covered, start, wordEnd)) continue;
    const p = m[0] === '该款' ? { end: wordEnd } : parseParagraphRef(text, wordEnd);
    push({
      start, end: p.end, form: 'anaphor', anaphor: m[0] === '该款' ? 'paragraph' : 'article', written: m[0], articles: [],
      ...('paragraph' in p && p.paragraph ? { paragraph: p.paragraph } : {}), ...('item' in p && p.item ? { item: p.item } : {}),
    }, p.end);
  }
  for (const m of text.matchAll(PROVISIONS_POINTER)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(covered, start, end)) continue;
    push({ start, end, form: 'anaphor', anaphor: 'provisions', written: m[0], articles: [] }, end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The one law named before `at` (in 《》 or plainly) whose name ends in the kind `short`, or null when none or several. */
function soleNamedBefore(mentions: Mention[], short: string, at: number): string | null {
  const names = new Set(mentions.filter((m) => m.start < at && (m.form === 'bracketed' || m.form === 'plain') && m.written.endsWith(short) && m.written !== short).map((m) => m.written));
  return names.size === 1 ? [...names][0]! : null;
}
