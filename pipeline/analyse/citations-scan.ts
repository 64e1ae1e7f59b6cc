// Finds law-name mentions and the article references that follow them in document text.
// Pure scanning: which law a name denotes and whether the citation is right is citations-check.ts.
import type { Corpus } from '../corpus/corpus.ts';
import { normalizeLawName } from '../corpus/names.ts';
import { articleLabel, CN_NUM, parseChineseNumber } from '../corpus/numerals.ts';

export interface ArticleRef {
  label: string; // 第十六条
  paragraph?: number; // 款
  item?: number; // 项
}

export interface Mention {
  start: number;
  end: number; // end of the whole citation (name + article references)
  raw: string;
  name: string; // the name as written, without 《》 (with a glued 国务院 prefix kept)
  bracketed: boolean;
  /** "国务院《…》": the issuer written outside the book-title marks (an accepted form). */
  issuerPrefix?: string;
  /** 本法/该法/同法: refers to the previous mention. */
  anaphor?: boolean;
  /** 该条: the previous mention's (last) article, with the paragraph/item written after it. */
  sameArticle?: { paragraph?: number; item?: number };
  articles: ArticleRef[];
}

const NUM = `[${CN_NUM}0-9０-９]+`;
const ART = `[第笫]\\s*(${NUM})\\s*条(?:之(${NUM}))?(?:\\s*第\\s*(${NUM})\\s*款)?(?:\\s*第\\s*[（(]?(${NUM})[）)]?\\s*项)?`;
const ART_RE = new RegExp(`^${ART}`);
const PARA_ONLY = new RegExp(`^第\\s*(${NUM})\\s*款(?:\\s*第\\s*[（(]?(${NUM})[）)]?\\s*项)?`);
const JOIN = /^\s*(、|，|,|和|及|以及|或者|或|与)\s*/;
const RANGE = /^\s*(至|到|—|-|～|~)\s*/;
const MAX_RANGE = 60;

function n(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const v = parseChineseNumber(s);
  return Number.isFinite(v) ? v : undefined;
}

/** Parses "第十条第一款第（三）项、第十二条至第十四条" at `from`; returns refs and where they end. */
export function parseArticleRefs(text: string, from: number): { refs: ArticleRef[]; end: number } {
  const refs: ArticleRef[] = [];
  let at = from;
  let rest = text.slice(at, at + 400);
  const lead = /^\s*/.exec(rest)![0].length;
  let m = ART_RE.exec(rest.slice(lead));
  if (!m) return { refs, end: from };
  let pos = from + lead;
  for (;;) {
    const num = n(m[1]);
    const sub = n(m[2]);
    if (num === undefined) break;
    const ref: ArticleRef = { label: articleLabel(num, sub) };
    const para = n(m[3]);
    const item = n(m[4]);
    if (para) ref.paragraph = para;
    if (item) ref.item = item;
    refs.push(ref);
    at = pos + m[0].length;
    rest = text.slice(at, at + 400);
    const range = RANGE.exec(rest);
    if (range) {
      const next = ART_RE.exec(rest.slice(range[0].length));
      const to = next ? n(next[1]) : undefined;
      if (next && to !== undefined && to > num && to - num <= MAX_RANGE) {
        for (let k = num + 1; k <= to; k++) refs.push({ label: articleLabel(k) });
        at += range[0].length + next[0].length;
        rest = text.slice(at, at + 400);
      }
    }
    const join = JOIN.exec(rest);
    if (!join) break;
    const after = rest.slice(join[0].length);
    const nextArt = ART_RE.exec(after);
    if (nextArt) {
      pos = at + join[0].length;
      m = nextArt;
      continue;
    }
    const para2 = PARA_ONLY.exec(after);
    if (para2 && refs.length) {
      // "第十条第一款、第二款": another paragraph of the same article.
      const last = refs[refs.length - 1];
      const p = n(para2[1]);
      const it = n(para2[2]);
      refs.push({ label: last.label, ...(p ? { paragraph: p } : {}), ...(it ? { item: it } : {}) });
      at += join[0].length + para2[0].length;
      rest = text.slice(at, at + 400);
      const j2 = JOIN.exec(rest);
      const a2 = j2 ? ART_RE.exec(rest.slice(j2[0].length)) : null;
      if (j2 && a2) {
        pos = at + j2[0].length;
        m = a2;
        continue;
      }
    }
    break;
  }
  return { refs, end: at };
}

const LAWLIKE = /(法|法典|条例|规定|办法|细则|规则|决定|解释|宪法|实施意见|若干意见)(（[^）]{1,8}）)?$/;
const VERB_BEFORE = /(依照|根据|按照|依据|违反|适用|遵守|执行|贯彻|参照)\s*$/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const nameRes = new WeakMap<Corpus, RegExp | null>();

/** A regex of every known name (corpus and registry), longest first, optionally glued to 国务院/中华人民共和国. */
function knownNameRe(corpus: Corpus): RegExp | null {
  if (nameRes.has(corpus)) return nameRes.get(corpus)!;
  const names = new Set<string>();
  for (const l of corpus.laws) for (const x of [l.title, ...l.shortNames, ...l.aliases]) if (!/[《》]/.test(x)) names.add(x);
  for (const r of corpus.repealedLaws) for (const x of [r.name, ...r.aliases]) names.add(x);
  const list = [...names].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length).map(escapeRe);
  const re = list.length ? new RegExp(`(国务院)?(${list.join('|')})`, 'g') : null;
  nameRes.set(corpus, re);
  return re;
}

/** All mentions of laws in the text, in order. */
export function scanMentions(text: string, corpus: Corpus): Mention[] {
  const out: Mention[] = [];
  const covered: [number, number][] = [];
  const BR = /(国务院)?《([^《》\n]{2,80})》/g;
  for (const m of text.matchAll(BR)) {
    const name = normalizeLawName(m[2]);
    const start = m.index!;
    const nameEnd = start + m[0].length;
    covered.push([start, nameEnd]);
    const { refs, end } = parseArticleRefs(text, nameEnd);
    out.push({ start, end: refs.length ? end : nameEnd, raw: '', name, bracketed: true, ...(m[1] ? { issuerPrefix: m[1] } : {}), articles: refs });
  }
  const re = knownNameRe(corpus);
  if (re) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const nameEnd = start + m[0].length;
      if (covered.some(([a, b]) => start < b && nameEnd > a)) continue;
      const { refs, end } = parseArticleRefs(text, nameEnd);
      // Without 《》 a name counts only where it is plainly cited: before an article or after 依照/根据.
      const cited = refs.length > 0 || VERB_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || /^(的|有关)?规定/.test(text.slice(nameEnd, nameEnd + 4));
      if (!cited) continue;
      const name = (m[1] ?? '') + m[2];
      covered.push([start, nameEnd]);
      out.push({ start, end: refs.length ? end : nameEnd, raw: '', name, bracketed: false, articles: refs });
    }
  }
  for (const m of text.matchAll(/(本法|该法|同法|该条例|上述法律)/g)) {
    const start = m.index!;
    const nameEnd = start + m[0].length;
    if (covered.some(([a, b]) => start < b && nameEnd > a)) continue;
    const { refs, end } = parseArticleRefs(text, nameEnd);
    if (!refs.length) continue;
    out.push({ start, end, raw: '', name: m[0], bracketed: false, anaphor: true, articles: refs });
  }
  for (const m of text.matchAll(/该条/g)) {
    const start = m.index!;
    if (covered.some(([a, b]) => start < b && start + 2 > a)) continue;
    const para = PARA_ONLY.exec(text.slice(start + 2, start + 40));
    const p = para ? n(para[1]) : undefined;
    const it = para ? n(para[2]) : undefined;
    const end = start + 2 + (para ? para[0].length : 0);
    out.push({ start, end, raw: '', name: m[0], bracketed: false, anaphor: true, articles: [],
      sameArticle: { ...(p ? { paragraph: p } : {}), ...(it ? { item: it } : {}) } });
  }
  out.sort((a, b) => a.start - b.start);
  for (const m of out) m.raw = text.slice(m.start, m.end);
  return out.filter((m) => m.anaphor || !m.bracketed || LAWLIKE.test(m.name) || corpus.findLaw(m.name) || corpus.findRepealed(m.name));
}
