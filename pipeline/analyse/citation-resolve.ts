// A cited law on a given day: the held text applied (lawAt), the repeal that applies, a newer text
// the law base lacks — and each cited article read in that text. When the text in force that day is
// not held (行政处罚法 in 2019: the 2017 text), the article is read through the correspondence of the
// two versions (the 2017 第十四条 is the 2021 第十六条), else by its number in the nearest held text,
// marked so, since that is only a guess.
import { correspondingArticle } from '../corpus/correspondence.ts';
import type { Corpus, LaterRevision, RepealedLaw } from '../corpus/corpus.ts';
import { lawAt, missingRevisionAt, startOf, type LawAtDate } from '../corpus/in-force.ts';
import { normalizeLawName } from '../corpus/names.ts';
import type { CorpusArticle, CorpusLaw, ResolvedArticle } from '../model/types.ts';
import { toChineseNumber } from '../text/chinese-numbers.ts';
import type { ArticleRef } from './article-refs.ts';
import type { CitedArticle } from './citation-types.ts';

export interface LawState {
  law?: CorpusLaw;
  at?: LawAtDate;
  repealed?: RepealedLaw;
  revision?: LaterRevision;
}

/** The law `name` (a canonical name) on `date`. */
export function lawStateAt(corpus: Corpus, name: string, date: string): LawState {
  const at = lawAt(corpus, name, date);
  const state: LawState = at ? { law: at.law, at } : {};
  const r = corpus.findRepealed(name);
  if (r && r.repealedOn <= date) {
    // A held in-force law of another title answering to the name (a short name shared by two acts)
    // is what the document means; a held act of the same name that took effect after the repeal
    // re-uses the name (人民检察院刑事诉讼规则) and is in force.
    const other = at && at.law.status === 'in-force' && normalizeLawName(at.law.title) !== normalizeLawName(r.name);
    const reused = corpus.versionsOf(r.name).some((v) => startOf(v) >= r.repealedOn && startOf(v) <= date);
    if (!other && !reused) state.repealed = r;
  }
  if (!state.repealed) {
    const revision = at?.gap === 'later-revision' ? at.revision : !at ? missingRevisionAt(corpus, name, date) : undefined;
    if (revision) state.revision = revision;
  }
  return state;
}

function paragraphsOf(article: CorpusArticle): string[] {
  return article.paragraphs.length ? article.paragraphs : [article.text];
}

/** The cited words: the paragraph, and within it the item, when named and present. */
export function citedWords(article: CorpusArticle, paragraph?: number, item?: number): string {
  if (!paragraph) return article.text;
  const para = paragraphsOf(article)[paragraph - 1];
  if (!para) return article.text;
  if (!item) return para;
  const lines = para.split('\n');
  const mark = toChineseNumber(item);
  return lines.find((l) => new RegExp(`^[（(]${mark}[)）]`).test(l.trim())) ?? para;
}

export function resolvedOf(law: CorpusLaw, a: CorpusArticle): ResolvedArticle {
  return { law: law.title, lawId: law.id, version: law.version, article: a.label, text: a.text };
}

function find(law: CorpusLaw, label: string): CorpusArticle | undefined {
  return law.articles.find((a) => a.label === label);
}

/** Reads the cited articles in the text applied on the day. */
export function readArticles(corpus: Corpus, state: LawState, refs: ArticleRef[]): CitedArticle[] {
  const law = state.law;
  if (!law || state.repealed) return refs.map((r) => ({ ...r }));
  const at = state.at!;
  return refs.map((r): CitedArticle => {
    let label = r.label;
    let via: CitedArticle['via'];
    if (!at.exact && at.gap === 'text-not-held' && at.inForceVersion) {
      const c = correspondingArticle(corpus, law.title, r.label, at.inForceVersion, law);
      if (c?.article) {
        label = c.article;
        via = { how: c.how === 'same-version' ? 'aligned' : c.how, fromVersion: at.inForceVersion, verified: c.verified, ...(c.evidence ? { evidence: c.evidence } : {}) };
      }
    }
    if (!via && !at.exact) via = { how: 'same-label', verified: false, ...(at.inForceVersion ? { fromVersion: at.inForceVersion } : {}) };
    const article = find(law, label);
    if (!article) return { ...r, ...(via ? { via } : {}) };
    // A paragraph the article does not have is read as the whole article, and said so.
    const partMissing = !!r.paragraph && r.paragraph > paragraphsOf(article).length;
    return {
      ...r, resolved: resolvedOf(law, article), text: citedWords(article, r.paragraph, r.item),
      ...(partMissing ? { partMissing } : {}), ...(via ? { via } : {}),
    };
  });
}
