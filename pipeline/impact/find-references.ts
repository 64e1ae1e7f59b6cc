// Where a document depends on the articles a revision changed: it cites one (《行政复议法》第九条, 本法第九条)
// or restates one without citing it (a sentence whose words are an old article's). A document dated on or
// after the revision took effect cites the new numbering and is left alone; so is a citation of an article
// whose text and number did not change, and a restatement whose words the new text still holds.
import { scanCitations } from '../analyse/citations.ts';
import { sentenceBounds } from '../analyse/citations-match.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { normalizeLawName } from '../corpus/names.ts';
import { stripPrc } from '../corpus/law-metadata.ts';
import type { ArticleChange, LawVersionChanges } from '../corpus/version-changes.ts';
import type { StructuredDocument } from '../model/types.ts';

export type ImpactAction = '修改引用条号' | '内容需修改' | '依据已废止';

export interface ImpactReference {
  /** cites: the article is named; restates: its words are repeated without a citation. */
  how: 'cites' | 'restates';
  provision: string; // "第三条", "序言", "全文"
  start: number;
  end: number;
  /** The sentence of the document that cites or restates the article. */
  quote: string;
  change: ArticleChange;
  action: ImpactAction;
  /** What to do, in Chinese, with the numbers. */
  detail: string;
  /** For restatements: the share of the sentence's words found in the old article (0..1). */
  overlap?: number;
}

/** Sentences shorter than this are too generic to count as restating an article. */
const MIN_RESTATEMENT_CHARS = 16;
/** Share of a sentence's character bigrams that must occur in the old article's text. */
const RESTATEMENT_OVERLAP = 0.75;

function actionOf(c: ArticleChange, law: string, changes: LawVersionChanges): { action: ImpactAction; detail: string } {
  const year = changes.newer?.version.slice(0, 4);
  switch (c.kind) {
    case 'renumbered':
      return { action: '修改引用条号', detail: `引用的《${law}》${c.from}在 ${year} 年修订后为${c.to}，条文未变，改为${c.to}` };
    case 'amended':
      return {
        action: '内容需修改',
        detail: c.to === c.from
          ? `《${law}》${c.from}在 ${year} 年修订中有修改，按修改后的条文核对、修改本文件的相关规定`
          : `《${law}》${c.from}在 ${year} 年修订后为${c.to}，且条文有修改：改引${c.to}，并按修改后的条文核对、修改本文件的相关规定`,
      };
    case 'rewritten':
      return {
        action: '内容需修改',
        detail: `《${law}》${c.from}在 ${year} 年修订中改写，内容最接近的是${c.to}（相似度 ${Math.round((c.similarity ?? 0) * 100)}%，对应不确定，请核对），按新条文修改本文件的相关规定和引用`,
      };
    case 'removed':
      return { action: '依据已废止', detail: `《${law}》${c.from}在 ${year} 年修订中删除，该规定失去依据，需另找依据或删除` };
    default: {
      const r = changes.repeal;
      return { action: '依据已废止', detail: `《${law}》已于 ${r?.repealedOn ?? changes.changedOn} 废止${r?.replacedBy ? `，由《${r.replacedBy}》取代，改引新法相应条文` : ''}，该规定失去依据` };
    }
  }
}

function bigrams(s: string): string[] {
  const k = s.replace(/[\s，。；：、“”‘’（）《》！？,.;:()!?\u3000]/g, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < k.length; i++) out.push(k.slice(i, i + 2));
  return out;
}

function overlap(grams: string[], target: Set<string>): number {
  if (!grams.length) return 0;
  let n = 0;
  for (const g of grams) if (target.has(g)) n++;
  return n / grams.length;
}

/** A law's key words ("行政复议" of 中华人民共和国行政复议法): a document that restates it uses them. */
export function lawKeyword(title: string): string {
  return stripPrc(title).replace(/(法|条例|规定|办法|决定)$/, '').slice(-6);
}

/** The new text must hold the sentence's words by this much less than the old for the sentence to be stale. */
const STALE_MARGIN = 0.1;

export interface ReferenceContext {
  corpus: Corpus;
  changes: LawVersionChanges;
  /** Bigram sets of every old article and of its counterpart in the new version (prepared once per run). */
  articles: { change: ArticleChange; old: Set<string>; newer: Set<string> }[];
  keyword: string;
}

export function referenceContext(corpus: Corpus, changes: LawVersionChanges): ReferenceContext {
  const articles = [...changes.changes.values()]
    .map((change) => ({ change, old: new Set(bigrams(change.oldText)), newer: new Set(bigrams(change.newText ?? '')) }));
  return { corpus, changes, articles, keyword: lawKeyword(changes.law) };
}

function provisionAt(doc: StructuredDocument, at: number): string {
  const p = doc.provisions.find((x) => x.start <= at && at < x.end);
  return p?.label ?? (at < (doc.bodyStart ?? 0) ? '序言' : '全文');
}

/** The references of one document to the changed articles, in document order. */
export function findReferences(text: string, doc: StructuredDocument, ctx: ReferenceContext): ImpactReference[] {
  const { changes } = ctx;
  const date = doc.meta.publishedOn ?? doc.meta.issuedOn ?? undefined;
  // Cited by the new numbering already: made on or after the revision took effect (a repeal: still affected).
  if (changes.newer && date && date >= changes.changedOn) return [];
  const lawKey = normalizeLawName(changes.law);
  const out: ImpactReference[] = [];
  const cited = new Set<string>(); // sentences already reported as citing
  for (const c of scanCitations(text, ctx.corpus, date ? { date } : {})) {
    if (c.own) continue;
    const named = c.law ? normalizeLawName(c.law.title) : normalizeLawName(c.name);
    if (named !== lawKey) continue;
    const [a, b] = sentenceBounds(text, c.start, c.end);
    for (const ref of c.articles) {
      const change = changes.changes.get(ref.label);
      if (!change || change.kind === 'unchanged') continue;
      cited.add(`${a}`);
      out.push({
        how: 'cites', provision: provisionAt(doc, c.start), start: c.start, end: c.end, quote: text.slice(a, b).trim(), change,
        ...actionOf(change, changes.law, changes),
      });
    }
  }
  const anyChanged = [...changes.changes.values()].some((c) => c.kind !== 'unchanged' && c.kind !== 'renumbered');
  if (anyChanged && text.includes(ctx.keyword)) out.push(...restatements(text, doc, ctx, cited));
  return out.sort((x, y) => x.start - y.start);
}

/** Sentences that repeat a changed article's old words (and no longer match the new text as well). */
function restatements(text: string, doc: StructuredDocument, ctx: ReferenceContext, cited: Set<string>): ImpactReference[] {
  const out: ImpactReference[] = [];
  const stops = /[。；;！？!?\n]/;
  let start = doc.bodyStart ?? 0;
  for (let i = start; i <= text.length; i++) {
    if (i < text.length && !stops.test(text[i]!)) continue;
    const s = start;
    start = i + 1;
    const sentence = text.slice(s, i).trim();
    if (sentence.length < MIN_RESTATEMENT_CHARS || cited.has(`${s}`)) continue;
    const grams = bigrams(sentence);
    // The old article the sentence repeats best — any article: one that only moved is no reason to act.
    let best: { change: ArticleChange; score: number; stillNew: number } | null = null;
    for (const g of ctx.articles) {
      const score = overlap(grams, g.old);
      if (score >= RESTATEMENT_OVERLAP && (!best || score > best.score)) best = { change: g.change, score, stillNew: overlap(grams, g.newer) };
    }
    if (!best || best.change.kind === 'unchanged' || best.change.kind === 'renumbered') continue;
    // The new text still says it: the sentence is still right.
    if (best.stillNew > best.score - STALE_MARGIN) continue;
    out.push({
      how: 'restates', provision: provisionAt(doc, s), start: s, end: i, quote: sentence, change: best.change,
      overlap: Math.round(best.score * 100) / 100, ...actionOf(best.change, ctx.changes.law, ctx.changes),
    });
  }
  return out;
}
