// The in-memory Corpus: name lookup over every version, version choice by date, article
// resolution and retrieval through the BM25 index.
import type { CorpusLaw, RelatedArticle, ResolvedArticle } from '../model/types.ts';
import type { Corpus, LaterRevision, LawBase } from './corpus.ts';
import { lawAt } from './in-force.ts';
import { lenientForms, normalizeLawName } from './names.ts';
import { parseArticleLabel } from '../text/chinese-numbers.ts';
import type { Registry } from './repealed.ts';
import type { NationalActs } from './national-titles.ts';
import { buildIndex, searchIndex, type SearchIndex } from './search-index.ts';
import { articleOf } from './article-of.ts';
import { tokenize } from './tokens.ts';
import { buildSentenceHashes, lawSentenceKeys, lawsWithHash, MIN_HELD_SENTENCE, sentenceKey, type SentenceHashes } from './sentence-index.ts';

export interface CorpusParts {
  laws: CorpusLaw[];
  registry: Registry;
  hash: string;
  /** The prebuilt search index, or how to read it (read on first search); built from the laws when absent. */
  index?: SearchIndex | (() => SearchIndex);
  /** Known later texts (corpus/history/later-revisions.yaml); none when not given. */
  revisions?: LaterRevision[];
  /** National acts the base may hold no text of (corpus/history/national-titles.json). */
  national?: NationalActs;
  lawBase?: LawBase;
  /** The prebuilt sentence hashes of the corpus directory (sentence-index.ts), or how to read them (read on first
   *  use); built from the laws when absent. */
  sentenceHashes?: SentenceHashes | (() => SentenceHashes | undefined);
}

/** Articles of current (in-force) versions are what retrieval returns. */
export function indexItems(laws: CorpusLaw[]): { doc: { law: number; article: number }; text: string }[] {
  const items: { doc: { law: number; article: number }; text: string }[] = [];
  laws.forEach((law, li) => {
    if (law.status !== 'in-force') return;
    const name = law.shortNames[0] ?? law.title;
    law.articles.forEach((a, ai) => items.push({ doc: { law: li, article: ai }, text: `${name} ${a.text}` }));
  });
  return items;
}

export function buildCorpusIndex(laws: CorpusLaw[]): SearchIndex {
  return buildIndex(indexItems(laws));
}

export const LEVEL_WEIGHT: Partial<Record<CorpusLaw['level'], number>> = {
  宪法: 1.15, 法律: 1.1, 行政法规: 1.05, 部门规章: 0.85, 地方性法规: 0.8, 司法解释: 0.8,
};

const PER_LAW = 3;

export function createCorpus(parts: CorpusParts): Corpus {
  const { laws, registry } = parts;
  const byName = new Map<string, CorpusLaw[]>();
  const add = (key: string, law: CorpusLaw) => {
    const k = normalizeLawName(key);
    const list = byName.get(k) ?? [];
    if (!list.includes(law)) list.push(law);
    byName.set(k, list);
  };
  for (const law of laws) for (const n of [law.title, ...law.shortNames, ...law.aliases]) add(n, law);
  for (const list of byName.values()) list.sort((a, b) => a.version.localeCompare(b.version));

  const repealedByName = new Map<string, Registry['laws'][number]>();
  for (const r of registry.laws) for (const n of [r.name, ...r.aliases]) repealedByName.set(normalizeLawName(n), r);

  const versionsOf = (name: string): CorpusLaw[] => {
    for (const form of lenientForms(name)) {
      const list = byName.get(form);
      if (list?.length) {
        // A short name shared by two titles is ambiguous: keep the title with the most versions' owner.
        const title = list[list.length - 1].title;
        return list.filter((l) => l.title === title);
      }
    }
    return [];
  };
  const findLawAt = (name: string, date?: string): CorpusLaw | undefined => {
    if (date) return lawAt(corpus, name, date)?.law;
    const versions = versionsOf(name);
    return versions.find((v) => v.status === 'in-force') ?? versions[versions.length - 1];
  };

  let index: SearchIndex | undefined;
  // Which laws hold a sentence: the prebuilt hashes of the corpus directory (sentence-index.ts), else built on first
  // use; each candidate law confirms the sentence in its own articles' keys (kept per law).
  let sentenceHashes: SentenceHashes | undefined;
  const sentenceIndex = (): SentenceHashes => (sentenceHashes ??= given(parts.sentenceHashes) ?? buildSentenceHashes(laws));
  const keysOf = new Map<CorpusLaw, Set<string>>();
  const holds = (law: CorpusLaw, key: string): boolean => {
    let keys = keysOf.get(law);
    if (!keys) keysOf.set(law, (keys = lawSentenceKeys(law)));
    return keys.has(key);
  };
  let prepared = false;
  const relatedMemo = new Map<string, RelatedArticle[]>();
  const getIndex = () => (index ??= given(parts.index) ?? buildCorpusIndex(laws));

  const corpus: Corpus = {
    hash: parts.hash,
    laws,
    laterRevisions: parts.revisions ?? [],
    knownTitles: parts.national?.titles ?? [],
    lastArticleOf: (title) => parts.national?.lastArticle[title],
    lawBase: parts.lawBase ?? newestText(laws),
    findLaw: (name) => findLawAt(name),
    findLawAt,
    versionsOf,
    resolve(lawName, article): ResolvedArticle | undefined {
      const law = findLawAt(lawName);
      const ref = parseArticleLabel(article);
      if (!law || !ref) return undefined;
      const a = law.articles.find((x) => x.number === ref.number && (x.sub ?? 0) === (ref.sub ?? 0));
      if (!a) return undefined;
      return { law: law.title, lawId: law.id, version: law.version, article: a.label, text: a.text };
    },
    findRepealed: (name) => {
      for (const form of lenientForms(name)) {
        const r = repealedByName.get(form);
        if (r) return r;
      }
      return undefined;
    },
    repealedLaws: registry.laws,
    renamedAgencies: registry.agencies,
    prepare() {
      if (prepared) return;
      sentenceIndex();
      getIndex();
      // The word segmenter that related() cuts queries with loads its dictionaries on first use.
      tokenize('');
      prepared = true;
    },
    holdsSentence(sentence, date) {
      const key = sentenceKey(sentence);
      if (key.length < MIN_HELD_SENTENCE) return false;
      const held = lawsWithHash(sentenceIndex(), key).map((i) => laws[i]!).filter((law) => holds(law, key));
      // The text of the document's day: a sentence a later revision wrote is no restatement of the law then.
      return held.length > 0 && (!date || held.some((law) => findLawAt(law.title, date) === law));
    },
    related(text, limit = 5): RelatedArticle[] {
      // Findings and frames ask the same questions across the documents of a batch ("处二千元罚款"):
      // the answer depends only on the corpus and the words.
      const key = `${limit}\u0000${text}`;
      const memo = relatedMemo.get(key);
      if (memo) {
        relatedMemo.delete(key);
        relatedMemo.set(key, memo);
        return memo;
      }
      const answer = rankRelated(text, limit);
      relatedMemo.set(key, answer);
      if (relatedMemo.size > RELATED_MEMO_SIZE) relatedMemo.delete(relatedMemo.keys().next().value!);
      return answer;
    },
  };

  function rankRelated(text: string, limit: number): RelatedArticle[] {
      const idx = getIndex();
      // Rank a few more than asked, then weigh by level: a normative document answers first to
      // 宪法, 法律 and 行政法规; a city's regulation or a judicial interpretation on the same words
      // should not crowd them out.
      const hits = searchIndex(idx, text.slice(0, 2000), limit * 4)
        .map((h) => ({ h, law: laws[idx.docLaw[h.doc]] }))
        .map(({ h, law }) => ({ h, law, score: h.score * (LEVEL_WEIGHT[law.level] ?? 0.8) }))
        .sort((a, b) => b.score - a.score || a.h.doc - b.h.doc);
      // At most PER_LAW articles of one law: five articles of one city's regulation say less
      // to a reviewer than the best articles of several laws.
      const perLaw = new Map<CorpusLaw, number>();
      const picked = hits.filter(({ law }) => {
        const n = perLaw.get(law) ?? 0;
        perLaw.set(law, n + 1);
        return n < PER_LAW;
      });
      const rest = hits.filter((h) => !picked.includes(h));
      const top = [...picked, ...rest].slice(0, limit);
      return top.map(({ h, law, score }) => {
        // The one article, not the law's whole text: a batch's retrievals touch most laws of the base.
        const a = articleOf(law, idx.docArticle[h.doc]!)!;
        return { law: law.title, article: a.label, text: a.text, score: Math.round(score * 1000) / 1000 };
      });
  }
  return corpus;
}

/** A part given as it is or as how to read it. */
function given<T>(part: T | (() => T) | undefined): T | undefined {
  return typeof part === 'function' ? (part as () => T)() : part;
}

/** Answers kept per corpus (least recently used dropped first). */
const RELATED_MEMO_SIZE = 20_000;

/** Without a declared date, the law base is as recent as its newest text. */
export function newestText(laws: CorpusLaw[]): LawBase {
  let date: string | null = null;
  for (const l of laws) if (l.version !== 'unknown' && (!date || l.version > date)) date = l.version;
  return { date, dateFrom: date ? 'newest-text' : 'unknown' };
}
