// Which article of one version of a law corresponds to an article of another version: computed
// from the texts when both versions are in the corpus (article-align.ts), declared in
// corpus/history/article-correspondence.yaml when the older text is not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlCached } from '../engine/build-cache.ts';
import type { CorpusLaw } from '../model/types.ts';
import { alignArticles, type ArticlePair } from './article-align.ts';
import type { Corpus } from './corpus.ts';
import { normalizeLawName } from './names.ts';

export const CORRESPONDENCE_FILE = fileURLToPath(new URL('../../corpus/history/article-correspondence.yaml', import.meta.url));

export interface DeclaredCorrespondence {
  law: string;
  older: { versions: string[]; inForceUntil: string };
  newer: string;
  verified: boolean;
  evidence: string;
  articles: Record<string, string>;
}

export interface Correspondence {
  /** Label in the target version; null when the article was removed. */
  article: string | null;
  similarity: number | null;
  verified: boolean;
  how: ArticlePair['how'] | 'same-version';
  /** The evidence of a declared correspondence. */
  evidence?: string;
}

let declaredCache: DeclaredCorrespondence[] | undefined;

export function loadDeclaredCorrespondences(file = CORRESPONDENCE_FILE): DeclaredCorrespondence[] {
  if (file === CORRESPONDENCE_FILE && declaredCache) return declaredCache;
  const data = parseYamlCached(readFileSync(file, 'utf8')) as { correspondences?: DeclaredCorrespondence[] };
  const list = data.correspondences ?? [];
  if (file === CORRESPONDENCE_FILE) declaredCache = list;
  return list;
}

const alignMemo = new WeakMap<CorpusLaw, WeakMap<CorpusLaw, Map<string, ArticlePair>>>();

/** The computed correspondence of two held versions, by older label (memoised). */
export function aligned(older: CorpusLaw, newer: CorpusLaw): Map<string, ArticlePair> {
  let inner = alignMemo.get(older);
  if (!inner) alignMemo.set(older, (inner = new WeakMap()));
  let m = inner.get(newer);
  if (!m) {
    m = new Map(alignArticles(older.articles, newer.articles).map((p) => [p.from, p]));
    inner.set(newer, m);
  }
  return m;
}

/**
 * The article of `target` that corresponds to `article` of the version `fromVersion` (a YYYY-MM-DD
 * version date, or just a year) of the same law. undefined when nothing is known.
 */
export function correspondingArticle(
  corpus: Corpus, law: string, article: string, fromVersion: string, target: CorpusLaw,
  declared: DeclaredCorrespondence[] = loadDeclaredCorrespondences(),
): Correspondence | undefined {
  const versions = corpus.versionsOf(law);
  // A year names the version adopted or put in force that year ("2008年版" of 反垄断法 2007-08-30).
  const year = fromVersion.slice(0, 4);
  const from = versions.find((v) => v.version === fromVersion)
    ?? versions.find((v) => v.version.startsWith(`${year}-`))
    ?? versions.find((v) => (v.versions.find((x) => x.version === v.version)?.effective ?? '').startsWith(`${year}-`));
  if (from && from.version === target.version) return { article, similarity: 1, verified: true, how: 'same-version' };
  if (from && from.version < target.version) {
    const p = aligned(from, target).get(article);
    if (p) return { article: p.to, similarity: p.similarity, verified: true, how: p.how };
  }
  const key = normalizeLawName(law);
  for (const d of declared) {
    if (normalizeLawName(d.law) !== key && normalizeLawName(d.law) !== normalizeLawName(target.title)) continue;
    if (d.newer !== target.version) continue;
    if (!d.older.versions.some((v) => v === fromVersion || v.startsWith(`${year}-`))) continue;
    const to = d.articles[article];
    if (to) return { article: to, similarity: null, verified: d.verified, how: 'declared', evidence: d.evidence };
  }
  return undefined;
}
