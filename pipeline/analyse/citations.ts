// Citations in a document — the one citation scanner of the pipeline. scanCitations finds every
// citation (citation-scan.ts), matches each name to the law base (law-names.ts: exact, lenient, or by
// edit distance with a confidence), resolves it to the text in force on the day the document is judged
// (its own date, or --as-of), reads the cited articles with their paragraph and item, follows the
// pointers 本法/该法/该条/该款/上述规定 back over the whole document, and says what is wrong on that day
// — and, for a document judged on its own earlier date, what changed since (the repeal or renumbering
// a 清理 must act on), naming both numbers. The rules' citation kind, the restatement guard, the
// quantity kind and the analysis stage all read citations from here.
import type { Corpus } from '../corpus/corpus.ts';
import { todayInChina, chineseDate } from '../text/dates.ts';
import { parseChineseNumber } from '../text/chinese-numbers.ts';
import type { ArticleRef } from './article-refs.ts';
import { articleProblems, unheldArticleProblems, nameProblem, outdatedProblem, repealedProblem, supersededVersionProblem, type JudgeContext } from './citation-problems.ts';
import { lawStateAt, readArticles, type LawState } from './citation-resolve.ts';
import { scanMentions, type Mention } from './citation-scan.ts';
import type { Citation, CitationProblem, CitationProblemCode, CitedArticle, ScanOptions } from './citation-types.ts';
import { nameIndex, USABLE_CONFIDENCE } from './law-names.ts';

export type { Citation, CitationProblem, CitationProblemCode, CitedArticle, ScanOptions } from './citation-types.ts';
export type { ArticleRef } from './article-refs.ts';

/** `本法` points back only within this distance: in a document it only occurs inside a quotation of the law. */
const OWN_LAW_REACH = 120;

interface Days {
  /** The day judged. */
  date: string;
  /** The document's own date when earlier than the day judged (--as-of), else null. */
  docDate: string | null;
  now: string;
}

export function scanCitations(text: string, corpus: Corpus, opts: ScanOptions = {}): Citation[] {
  const now = opts.now ?? todayInChina();
  const date = opts.date ?? now;
  const days: Days = { date, docDate: opts.docDate && opts.docDate < date ? opts.docDate : null, now };
  const mentions = scanMentions(text, corpus);
  const ctx: JudgeContext = { text, corpus, starts: mentions.filter((m) => m.form !== 'self' && m.form !== 'anaphor').map((m) => m.start) };
  const out: Citation[] = [];
  let ownNumbers: Set<number> | undefined;
  for (const m of mentions) {
    if (m.form === 'self' && !m.written && !VIOLATED.test(text.slice(Math.max(0, m.start - 4), m.start))
      && !ownArticle(m, ownNumbers ??= ownArticleNumbers(text)) && out.some((t) => !t.own && t.form !== 'anaphor')) {
      // "依照第四十二条", "（第四十条）" in a notice of items, or beyond its last article: the law it names, as 该法 would.
      // Not "违反第五十七条规定的": the duty a sanction enforces is read with the sanction's own article, left as it was.
      const c = resolvePointer(ctx, { ...m, form: 'anaphor', anaphor: 'law' }, out, days);
      if (c) out.push(c);
    } else if (m.form === 'self') out.push({ ...base(text, m), name: m.written || '本文件', own: true });
    else if (m.form === 'anaphor') {
      const c = resolvePointer(ctx, m, out, days);
      if (c) out.push(c);
    } else out.push(resolveNamed(ctx, m, days));
  }
  return out;
}

/** The numbers of the document's own articles: the heads "第N条" that open a line (or follow a full stop, in a web copy
 *  that ran its lines together). */
function ownArticleNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(OWN_ARTICLE_HEAD)) {
    const n = parseChineseNumber(m[1]!);
    if (n !== null) out.add(n);
  }
  return out;
}
const OWN_ARTICLE_HEAD = /(?:^|[\n。；\s])[ \u3000]*[第笫][ \u3000]*([零〇一二两三四五六七八九十百千0-9０-９]+)[ \u3000]*条/g;
const VIOLATED = /违反[ \u3000]*$/;
/** A bare article reference is the document's own when the document has an article of that number. */
const ownArticle = (m: Mention, own: Set<number>) => m.articles.length > 0 && own.has(m.articles[0]!.number);

function base(text: string, m: Mention): Citation {
  return {
    start: m.start, end: m.end, raw: text.slice(m.start, m.end), form: m.form, written: m.written, name: m.written,
    articles: m.articles.map((a) => ({ ...a })), problems: [],
    ...(m.issuerPrefix ? { issuerPrefix: m.issuerPrefix } : {}), ...(m.versionNote ? { versionNote: m.versionNote } : {}),
  };
}

function applyState(c: Citation, s: LawState): void {
  if (s.law) c.law = s.law;
  if (s.at) c.at = s.at;
  if (s.repealed) c.repealed = s.repealed;
  if (s.revision) c.revision = s.revision;
}

function problemsOn(ctx: JudgeContext, m: Mention, refs: ArticleRef[], s: LawState, day: string, citedOn: string | null, byContent = true): CitationProblem[] {
  if (s.repealed) return [repealedProblem(ctx, m, s.repealed, day)];
  const out = articleProblems(ctx, m, refs, s, citedOn, byContent);
  const outdated = outdatedProblem(s);
  if (outdated) out.push(outdated);
  const superseded = supersededVersionProblem(m, s, day);
  if (superseded) out.push(superseded);
  return out;
}

const SINCE: Partial<Record<CitationProblemCode, CitationProblemCode>> = {
  repealed: 'repealed-since', 'repealed-unverified': 'repealed-since', renumbered: 'renumbered-since', 'law-base-outdated': 'law-base-outdated',
};

function resolveNamed(ctx: JudgeContext, m: Mention, days: Days): Citation {
  const names = nameIndex(ctx.corpus);
  const c = base(ctx.text, m);
  const exact = names.exact(m.written);
  const fuzzy = exact ? undefined : names.fuzzy(m.written);
  const canonical = exact ?? (fuzzy && fuzzy.confidence >= USABLE_CONFIDENCE && !fuzzy.ambiguousWith ? fuzzy.name : undefined);
  if (fuzzy) c.match = fuzzy;
  const named = nameProblem(m, canonical, fuzzy, ctx.corpus);
  if (named) c.problems.push(named);
  if (!canonical) return c;
  c.name = canonical;
  const state = lawStateAt(ctx.corpus, canonical, days.date);
  applyState(c, state);
  c.articles = readArticles(ctx.corpus, state, m.articles);
  const found = problemsOn(ctx, m, m.articles, state, days.date, days.docDate);
  if (!state.law && !state.repealed && !state.revision) found.push(...unheldArticleProblems(ctx.corpus, canonical, m.articles, days.date));
  if (days.docDate) for (const p of found) noteDocumentDate(p, days.docDate, state);
  c.problems.push(...found);
  // A document judged on its own earlier date: what has changed since, for the reviewer of a 清理.
  if (days.date < days.now) {
    const later = lawStateAt(ctx.corpus, canonical, days.now);
    for (const p of problemsOn(ctx, m, m.articles, later, days.now, days.date, false)) {
      const code = SINCE[p.code];
      if (!code || c.problems.some((q) => SINCE[q.code] === code && q.article === p.article)) continue;
      const prefix = code === 'repealed-since' ? `文件制定时（${chineseDate(days.date)}）该依据有效；` : '';
      c.problems.push({ ...p, code, message: prefix + p.message });
    }
  }
  return c;
}

/** Judged as of a later day (--as-of): say that the citation was right when the document was made. */
function noteDocumentDate(p: CitationProblem, docDate: string, s: LawState): void {
  if ((p.code === 'repealed' || p.code === 'repealed-unverified') && s.repealed && docDate < s.repealed.repealedOn) {
    p.message = `文件制定时（${chineseDate(docDate)}）该依据有效，此后${p.message}`;
  }
}

/** 本法/该法 → the last law cited; 该条/该款 → its last article; 上述规定 → the articles just cited. */
function resolvePointer(ctx: JudgeContext, m: Mention, out: Citation[], days: Days): Citation | undefined {
  let i = out.length - 1;
  for (; i >= 0; i--) {
    const t = out[i]!;
    if (m.anaphor === 'law' ? !t.own && t.form !== 'anaphor' : t.articles.length > 0) break;
  }
  const target = out[i];
  if (!target) return undefined; // nothing before it to point at: not a citation
  if (m.written === '本法' && m.start - target.end > OWN_LAW_REACH) return undefined;
  const c: Citation = {
    ...base(ctx.text, m), name: target.name, of: target.of ?? i,
    ...(target.own ? { own: true } : {}),
  };
  const state: LawState = { ...(target.law ? { law: target.law } : {}), ...(target.at ? { at: target.at } : {}), ...(target.repealed ? { repealed: target.repealed } : {}), ...(target.revision ? { revision: target.revision } : {}) };
  applyState(c, state);
  let refs: ArticleRef[];
  if (m.anaphor === 'law') refs = m.articles;
  else if (m.anaphor === 'provisions') refs = target.articles.map((a) => ({ ...strip(a), start: m.start, end: m.end }));
  else {
    const last = target.articles[target.articles.length - 1]!;
    const paragraph = m.anaphor === 'paragraph' ? last.paragraph : m.paragraph;
    const item = m.anaphor === 'paragraph' ? last.item : m.item;
    refs = [{ label: last.label, number: last.number, ...(last.sub ? { sub: last.sub } : {}), ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}), start: m.start, end: m.end }];
  }
  if (target.own) {
    c.articles = refs.map((r) => ({ ...r }));
    return c;
  }
  c.articles = readArticles(ctx.corpus, state, refs);
  if (m.anaphor === 'law' && !state.repealed) c.problems.push(...articleProblems(ctx, m, refs, state, days.docDate));
  return c;
}

function strip(a: CitedArticle): ArticleRef {
  const { resolved: _r, text: _t, via: _v, partMissing: _p, ...ref } = a;
  return ref;
}

/** The citations overlapping [start, end) (document offsets). */
export function citationsIn(citations: Citation[], start: number, end: number): Citation[] {
  return citations.filter((c) => c.start < end && c.end > start);
}

/** The cited words of an article: the paragraph or item named, else the article; '' when not read. */
export function citedText(a: CitedArticle): string {
  return a.text ?? a.resolved?.text ?? '';
}

const LAWLIKE = /(?:法|条例|规定|办法|细则|决定)$/;

/**
 * Does the citation name an upper-law article the document may restate? One that was read in the law
 * base, or of a law the law base does not hold at all (the embedded corpus is small: an unknown name is
 * no evidence of a wrong citation). A repealed act, a missing article, the document's own provisions,
 * and a pointer to nothing protect nothing.
 */
export function citesUpperLaw(c: Citation): boolean {
  if (c.own || c.repealed) return false;
  if (c.law) return c.articles.some((a) => a.resolved);
  return c.articles.length > 0 && LAWLIKE.test(c.name);
}
