// A rule's basis on the day a document is judged. Rules name the article of the current text; a
// document is judged by the text in force on its day, so the basis is quoted from that text where the
// corpus holds it (立法法 2023 第九十一条 → 2015 第八十条 for a 2019 document), and otherwise from the
// current text with a note saying which text applied and how its article corresponds (行政处罚法 2021
// 第十六条 ← 2017 第十四条, declared, 请核实), or that a newer text is in force that the law base lacks.
// A basis article may carry the interval in which it is the law: `from`/`to` in the rule, or — with
// `appliesTo.basisInForce` — derived from the law's own history (its first entry into force, its
// repeal). A rule with such intervals judges a document only on a day at least one of its basis
// articles applies, and quotes only those. Without them a rule judges every date, and a basis law not
// yet in force on the day is quoted with a note saying so (the rule's author decides the interval).
import type { Corpus } from '../corpus/corpus.ts';
import { aligned, loadDeclaredCorrespondences } from '../corpus/correspondence.ts';
import { firstInForce, lawAt, spansOf } from '../corpus/in-force.ts';
import { revisionNote } from '../corpus/later-revisions.ts';
import { normalizeLawName } from '../corpus/names.ts';
import type { CorpusLaw, ResolvedArticle } from '../model/types.ts';
import { chineseDate, dayBefore } from '../text/dates.ts';

export interface BasisRef {
  law: string;
  article: string;
  /** The first day the article as quoted is the law (content a revision added: the revision's entry into force). */
  from?: string;
  /** The last day it is (content a later revision removed). */
  to?: string;
  /** Words the article holds (checked against the current text by rules lint). */
  quote?: string;
}

const year = (v: string) => `${v.slice(0, 4)}年`;

/** Days a basis article applies: [from, to] (null: unbounded). */
export interface BasisInterval {
  from: string | null;
  to: string | null;
}

/** The days a basis article applies. `derive`: from the law's history where the rule states none. */
export function basisInterval(corpus: Corpus, b: BasisRef, derive: boolean): BasisInterval {
  const from = b.from ?? (derive ? firstInForce(corpus, b.law) ?? null : null);
  const repeal = derive ? corpus.findRepealed(b.law) : undefined;
  const to = b.to ?? (repeal && (!from || repeal.repealedOn > from) ? dayBefore(repeal.repealedOn) : null);
  return { from, to };
}

export function inInterval({ from, to }: BasisInterval, date: string): boolean {
  return (!from || from <= date) && (!to || date <= to);
}

export function basisApplies(corpus: Corpus, b: BasisRef, date: string, derive: boolean): boolean {
  return inInterval(basisInterval(corpus, b, derive), date);
}

function withSpan(r: ResolvedArticle, from: string, to: string | null): ResolvedArticle {
  return { ...r, inForce: { from, to } };
}

/** The article of `older` that became `label` of `newer` (computed alignment). */
function olderArticle(older: CorpusLaw, newer: CorpusLaw, label: string): string | undefined {
  for (const p of aligned(older, newer).values()) if (p.to === label) return p.from;
  return undefined;
}

/** The old numbering of a current article, where a declared correspondence names it. */
function declaredOlder(law: CorpusLaw, label: string, version: string): { article: string; verified: boolean } | undefined {
  for (const d of loadDeclaredCorrespondences()) {
    if (normalizeLawName(d.law) !== normalizeLawName(law.title) || d.newer !== law.version) continue;
    if (!d.older.versions.includes(version)) continue;
    const old = Object.entries(d.articles).find(([, to]) => to === label)?.[0];
    if (old) return { article: old, verified: d.verified };
  }
  return undefined;
}

/** The one article of a version whose text holds the quoted words (whitespace aside); none, or several, say nothing. */
function articleHolding(law: CorpusLaw, quote: string | undefined): string | undefined {
  if (!quote) return undefined;
  const words = quote.replace(/\s/g, '');
  const holding = law.articles.filter((a) => a.text.replace(/\s/g, '').includes(words));
  return holding.length === 1 ? holding[0]!.label : undefined;
}

/**
 * The basis article to quote for a document judged on `date` (null: no date, the current text).
 * Undefined when the corpus does not hold it.
 */
export function basisAt(corpus: Corpus, b: BasisRef, date: string | null): ResolvedArticle | undefined {
  const current = corpus.resolve(b.law, b.article);
  if (!current) return undefined;
  const currentLaw = corpus.versionsOf(b.law).find((v) => v.version === current.version)!;
  const at = lawAt(corpus, b.law, date ?? '9999-12-31');
  if (!at) return current;
  // The interval stated is always that of the text quoted.
  const span = at.law.version === currentLaw.version ? at.span : spansOf(corpus, b.law).find((s) => s.law.version === currentLaw.version) ?? at.span;
  if (!date) return withSpan(current, span.from, span.to);
  if (at.gap === 'before-law') {
    return { ...withSpan(current, span.from, span.to), verified: false, note: `《${currentLaw.title}》自${chineseDate(span.from)}起施行，文件日期（${chineseDate(date)}）时尚未施行，请核实当时适用的依据。` };
  }
  if (at.exact && at.law.version === currentLaw.version) return withSpan(current, span.from, span.to);
  if (at.exact) {
    // The article the texts align with; else the one older article holding the words the rule quotes (a provision a
    // revision made an article of its own: 突发事件应对法 2024 第九十条 was a paragraph of 2007 第六十一条).
    const label = olderArticle(at.law, currentLaw, current.article) ?? articleHolding(at.law, b.quote);
    const old = label ? at.law.articles.find((a) => a.label === label) : undefined;
    if (old) {
      const moved = label !== current.article ? `（现行${year(currentLaw.version)}文本为${current.article}）` : '';
      return {
        law: at.law.title, lawId: at.law.id, version: at.law.version, article: old.label, text: old.text,
        inForce: { from: at.span.from, to: at.span.to },
        note: `按文件日期（${chineseDate(date)}）适用${year(at.law.version)}文本${moved}。`,
      };
    }
    return { ...withSpan(current, span.from, span.to), note: `文件日期（${chineseDate(date)}）适用的${year(at.law.version)}文本中没有与${current.article}相应的条文；引用的是现行${year(currentLaw.version)}文本，请核实。`, verified: false };
  }
  if (at.gap === 'later-revision' && at.revision) return { ...withSpan(current, span.from, span.to), note: revisionNote(at.revision), verified: false };
  if (at.gap === 'text-not-held') {
    const inForce = at.inForceVersion;
    const old = inForce ? declaredOlder(currentLaw, current.article, inForce) : undefined;
    const which = inForce ? `${year(inForce)}文本` : '当时有效的文本';
    const corr = old
      ? `该文本${old.article}与本条内容相应${old.verified ? '' : '（对应关系未经逐字核实，请核实）'}`
      : '请核对当时文本的相应条文';
    return { ...withSpan(current, span.from, span.to), note: `文件日期（${chineseDate(date)}）适用${which}，语料库未收录；引用的是${year(currentLaw.version)}文本，${corr}。`, verified: false };
  }
  return withSpan(current, span.from, span.to);
}
