// Citations in a document: which laws and articles it cites, resolved against the corpus (the
// version in force on the document's date), with the problems a reviewer must fix: a repealed
// law, an article that does not exist, an article renumbered by a revision, a non-standard name.
// A law that is neither in the corpus nor in the registry is left unresolved: the embedded corpus
// is small, and an unknown name is not evidence of an error.
import type { Corpus } from '../corpus/corpus.ts';
import { normalizeLawName } from '../corpus/names.ts';
import { stripPrc } from '../corpus/law-metadata.ts';
import type { CorpusLaw } from '../model/types.ts';
import { citingSentence, closestArticle, matchContext, sentenceBounds } from './citations-match.ts';
import { scanMentions, type ArticleRef, type Mention } from './citations-scan.ts';

export type { ArticleRef } from './citations-scan.ts';

// 'unknown-law' is part of the contract but not emitted: a law missing from the corpus and the
// registry is left unresolved (law undefined, no problem), because the embedded corpus is small.
export type CitationProblemCode = 'repealed' | 'nonexistent-article' | 'renumbered' | 'non-standard-name' | 'unknown-law';

export interface CitationProblem {
  code: CitationProblemCode;
  message: string; // Chinese, for the reviewer
  successor?: string; // repealed: the successor law's title; renumbered/nonexistent: the likely article label in the same law
  suggestion?: string;
  /** The article the problem is about (nonexistent/renumbered). */
  article?: string;
}

export interface DocCitation {
  start: number;
  end: number;
  raw: string;
  name: string;
  law?: CorpusLaw;
  articles: ArticleRef[];
  problems: CitationProblem[];
}

export interface CitationOptions {
  /** The document's date (YYYY-MM-DD): versions and repeals are judged as of this day. */
  date?: string;
}

function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function effectiveOf(law: CorpusLaw): string {
  return law.versions.find((v) => v.version === law.version)?.effective ?? law.version;
}

export function extractCitations(text: string, corpus: Corpus, opts: CitationOptions = {}): DocCitation[] {
  const date = opts.date ?? today();
  const out: DocCitation[] = [];
  let last: DocCitation | undefined;
  const mentions = scanMentions(text, corpus);
  const ctx: Ctx = { text, corpus, date, starts: mentions.map((m) => m.start) };
  for (const m of mentions) {
    if (m.anaphor) {
      // Only a citation of the same or the previous sentence can be what 本法/该条 points back to.
      if (!last || m.start - last.end > 120) continue;
      let articles = m.articles;
      if (m.sameArticle) {
        const prev = last.articles[last.articles.length - 1];
        if (!prev) continue;
        articles = [{ label: prev.label, ...m.sameArticle }];
      }
      const c: DocCitation = { start: m.start, end: m.end, raw: m.raw, name: last.name, ...(last.law ? { law: last.law } : {}), articles, problems: [] };
      if (last.law && !last.problems.some((p) => p.code === 'repealed')) c.problems.push(...articleProblems(ctx, c, last.law));
      out.push(c);
      continue;
    }
    const c = resolveMention(ctx, m);
    out.push(c);
    last = c;
  }
  return out;
}

interface Ctx {
  text: string;
  corpus: Corpus;
  date: string;
  starts: number[]; // where every mention starts (a sentence citing several laws is not judged by its words)
}

function resolveMention(ctx: Ctx, m: Mention): DocCitation {
  const { corpus, date } = ctx;
  const c: DocCitation = { start: m.start, end: m.end, raw: m.raw, name: m.name, articles: m.articles, problems: [] };
  const repealed = corpus.findRepealed(m.name);
  const law = corpus.findLawAt(m.name, date);
  if (repealed && !(law && law.status === 'in-force' && normalizeLawName(law.title) !== normalizeLawName(repealed.name))) {
    if (repealed.repealedOn <= date) {
      const succ = repealed.replacedBy;
      c.problems.push({
        code: 'repealed',
        message: `《${repealed.name}》已于${cnDate(repealed.repealedOn)}废止${succ ? `，由《${succ}》取代` : ''}，不能再作为依据。`,
        ...(succ ? { successor: succ, suggestion: `改为引用《${succ}》的相应条款。` } : {}),
      });
    }
    if (law) c.law = law;
    return c;
  }
  if (!law) return c; // unknown: unresolved, not an error
  c.law = law;
  const nameProblem = checkName(m, law);
  if (nameProblem) c.problems.push(nameProblem);
  c.problems.push(...articleProblems(ctx, c, law));
  return c;
}

function checkName(m: Mention, law: CorpusLaw): DocCitation['problems'][number] | undefined {
  const written = normalizeLawName(m.name);
  const standard = [law.title, stripPrc(law.title)].map(normalizeLawName);
  const ok = standard.includes(written);
  if (ok && (m.bracketed || !m.name.startsWith('国务院'))) return undefined;
  const shown = m.bracketed ? `${m.issuerPrefix ?? ''}《${m.name}》` : m.name;
  return {
    code: 'non-standard-name',
    message: `法规名称“${shown}”不规范，应当使用全称《${law.title}》${law.title !== stripPrc(law.title) ? `（或《${stripPrc(law.title)}》）` : ''}。`,
    suggestion: `改为《${law.title}》。`,
  };
}

// A cited article is "about something else" only when the sentence has enough keywords, the
// best article shares clearly more of them, and the cited one shares few: a missed finding is
// better than a wrong one.
const MIN_BEST = 6;
const RATIO = 0.35;

function articleProblems(ctx: Ctx, c: DocCitation, law: CorpusLaw): CitationProblem[] {
  const { date } = ctx;
  const problems: CitationProblem[] = [];
  if (!c.articles.length) return problems;
  // The shipped text is not the one in force on that day: nothing can be said about its articles.
  if (law.textOutdatedFrom && date >= law.textOutdatedFrom) return problems;
  if (effectiveOf(law) > date) return problems;
  const version = law.version === 'unknown' ? '' : `（${law.version.slice(0, 4)}年文本）`;
  const seen = new Set<string>();
  for (const ref of c.articles) {
    if (seen.has(ref.label)) continue;
    seen.add(ref.label);
    const article = law.articles.find((a) => a.label === ref.label);
    if (!article) {
      if (law.partial) continue; // only some articles are shipped: absence proves nothing
      const lastArticle = law.articles[law.articles.length - 1];
      const p: CitationProblem = {
        code: 'nonexistent-article',
        article: ref.label,
        message: `《${law.title}》${version}没有${ref.label}${lastArticle ? `（共${law.articles.length}条，最后一条为${lastArticle.label}）` : ''}。`,
      };
      const better = c.articles.length === 1 ? betterArticle(ctx, c, law, ref.label, true) : undefined;
      if (better) {
        p.successor = better;
        p.suggestion = `根据上下文，可能应为《${law.title}》${better}，请核对。`;
      }
      problems.push(p);
      continue;
    }
    if (c.articles.length !== 1 || law.partial) continue;
    if (ref.paragraph && ref.paragraph > article.paragraphs.length) {
      problems.push({
        code: 'nonexistent-article',
        article: ref.label,
        message: `《${law.title}》${version}${ref.label}只有${article.paragraphs.length}款，没有第${ref.paragraph}款。`,
      });
      continue;
    }
    const better = betterArticle(ctx, c, law, ref.label, false);
    if (better) {
      problems.push({
        code: 'renumbered',
        article: ref.label,
        successor: better,
        message: `引用的《${law.title}》${ref.label}与本句内容不符；现行文本${version}中相应规定在${better}，条文序号可能因修订而变化。`,
        suggestion: `核对后改为《${law.title}》${better}。`,
      });
    }
  }
  return problems;
}

function betterArticle(ctx: Ctx, c: DocCitation, law: CorpusLaw, label: string, missing: boolean): string | undefined {
  const [a, b] = sentenceBounds(ctx.text, c.start, c.end);
  // A sentence that cites several laws (制定依据) says too little about any one article.
  if (ctx.starts.filter((s) => s >= a && s < b).length > 1) return undefined;
  if (/制定本|通告如下|规定如下|结合本.{0,3}实际/.test(ctx.text.slice(a, b))) return undefined;
  const context = citingSentence(ctx.text, c.start, c.end);
  // The older version the document may have been written against: where did its article go?
  for (const old of ctx.corpus.versionsOf(law.title).filter((v) => v.version < law.version).reverse()) {
    const m = matchContext(old, context, label);
    const oldArticle = m.cited?.article;
    if (!oldArticle || !m.best || m.cited!.score < Math.max(MIN_BEST / 2, 0.8 * m.best.score)) continue;
    const moved = closestArticle(law, oldArticle);
    if (moved && moved.article.label !== label) return moved.article.label;
  }
  const { cited, best, keywords } = matchContext(law, context, label);
  if (!best || keywords < 4 || best.score < MIN_BEST) return undefined;
  if (best.article.label === label) return undefined;
  const own = new Set(cited?.shared ?? []);
  if (best.shared.length < 3 || best.shared.filter((w) => !own.has(w)).length < 2) return undefined;
  if (!missing && cited && cited.score > RATIO * best.score) return undefined;
  return best.article.label;
}
