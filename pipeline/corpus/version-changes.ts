// What a revision of a law did to each article of the older version: unchanged, renumbered, amended
// (reworded, perhaps also renumbered) or removed — or, for a repealed law, that the whole law is gone.
// Built on the content alignment of article-align.ts; entries of corpus/history/article-correspondence.yaml
// (or another file of that form) override the computed mapping for the articles they list.
import type { CorpusLaw } from '../model/types.ts';
import { alignArticles, textSimilarity, type ArticlePair } from './article-align.ts';
import type { Corpus, RepealedLaw } from './corpus.ts';
import { loadDeclaredCorrespondences, type DeclaredCorrespondence } from './correspondence.ts';
import { normalizeLawName } from './names.ts';

/** rewritten: the aligner found no counterpart, but a newer article not matched to anything else says
 *  much the same (similarity ≥ REWRITE_MIN): shown as the probable counterpart, with its low confidence. */
export type ArticleChangeKind = 'unchanged' | 'renumbered' | 'amended' | 'rewritten' | 'removed' | 'repealed';

export const REWRITE_MIN = 0.3;

export interface ArticleChange {
  from: string;
  /** Label in the newer version; null when removed (or the law repealed). */
  to: string | null;
  kind: ArticleChangeKind;
  /** 0..1 likeness of the two texts (the mapping's confidence); null for a declared mapping. */
  similarity: number | null;
  how: ArticlePair['how'] | 'repealed' | 'nearest';
  /** A declared mapping not checked against both texts. */
  unverified?: boolean;
  oldText: string;
  newText: string | null;
}

export interface LawVersionChanges {
  law: string; // full title
  older: CorpusLaw;
  /** null when the law was repealed without a successor version in the corpus. */
  newer: CorpusLaw | null;
  repeal?: RepealedLaw;
  /** Effective date of the newer version (or of the repeal): documents of that day on cite the new text. */
  changedOn: string;
  /** By older article label. */
  changes: Map<string, ArticleChange>;
}

export class LawVersionError extends Error {}

function effective(law: CorpusLaw): string {
  return law.versions.find((v) => v.version === law.version)?.effective ?? law.version;
}

/** A version by date (YYYY-MM-DD) or year, adopted or effective that year. */
function pickVersion(versions: CorpusLaw[], wanted: string): CorpusLaw | undefined {
  const year = wanted.slice(0, 4);
  return versions.find((v) => v.version === wanted)
    ?? versions.find((v) => effective(v) === wanted)
    ?? (wanted.length === 4 ? versions.find((v) => v.version.startsWith(`${year}-`)) ?? versions.find((v) => effective(v).startsWith(`${year}-`)) : undefined);
}

function kindOf(p: { from: string; to: string | null; similarity: number }): ArticleChangeKind {
  if (!p.to) return 'removed';
  if (p.similarity >= 1) return p.from === p.to ? 'unchanged' : 'renumbered';
  return 'amended';
}

/**
 * The changes between two versions of a law in the corpus. `from` defaults to the version before `to`,
 * `to` to the latest. A law in the repealed registry (or marked repealed) with no newer version gives
 * every article as 'repealed'.
 */
export function lawVersionChanges(
  corpus: Corpus, name: string, from?: string, to?: string,
  declared: DeclaredCorrespondence[] = loadDeclaredCorrespondences(),
): LawVersionChanges {
  const versions = corpus.versionsOf(name);
  const repeal = corpus.findRepealed(name);
  if (!versions.length) {
    throw new LawVersionError(repeal
      ? `法规库中没有《${repeal.name}》的文本（已于 ${repeal.repealedOn} 废止），无法列出其条文；请用 --corpus 指定含该法文本的法规库（beishen corpus import）。`
      : `法规库中找不到“${name}”。请检查名称，或用 --corpus 指定导入的完整法规库（beishen corpus import ../shared/laws）。`);
  }
  const list = versions.map((v) => `${v.version}${effective(v) !== v.version ? `（${effective(v)} 施行）` : ''}`).join('、');
  const newer = to ? pickVersion(versions, to) : versions[versions.length - 1]!;
  if (to && !newer) throw new LawVersionError(`《${versions[0]!.title}》没有 ${to} 的版本（法规库中有：${list}）。`);
  const repealedNow = !to && (repeal || versions[versions.length - 1]!.status === 'repealed');
  if (repealedNow) {
    const older = from ? pickVersion(versions, from) : versions[versions.length - 1];
    if (!older) throw new LawVersionError(`《${versions[0]!.title}》没有 ${from} 的版本（法规库中有：${list}）。`);
    const changes = new Map<string, ArticleChange>();
    for (const a of older.articles) changes.set(a.label, { from: a.label, to: null, kind: 'repealed', similarity: null, how: 'repealed', oldText: a.text, newText: null });
    return { law: older.title, older, newer: null, ...(repeal ? { repeal } : {}), changedOn: repeal?.repealedOn ?? older.repealedOn ?? effective(older), changes };
  }
  const olderIndex = from ? versions.findIndex((v) => v === pickVersion(versions, from)) : versions.indexOf(newer!) - 1;
  const older = olderIndex >= 0 ? versions[olderIndex] : undefined;
  if (!older) {
    throw new LawVersionError(from
      ? `《${versions[0]!.title}》没有 ${from} 的版本（法规库中有：${list}）。`
      : `法规库中只有《${versions[0]!.title}》的一个版本（${list}），无从比较；请用 --corpus 指定含历次版本的法规库。`);
  }
  if (older.version >= newer!.version) throw new LawVersionError(`--from（${older.version}）须早于 --to（${newer!.version}）。`);

  const byLabel = new Map(newer!.articles.map((a) => [a.label, a]));
  const changes = new Map<string, ArticleChange>();
  for (const p of alignArticles(older.articles, newer!.articles)) {
    const oldText = older.articles.find((a) => a.label === p.from)!.text;
    changes.set(p.from, { from: p.from, to: p.to, kind: kindOf(p), similarity: p.similarity, how: p.how, oldText, newText: p.to ? byLabel.get(p.to)?.text ?? null : null });
  }
  // An article the aligner left without counterpart may have been rewritten: offer the closest newer
  // article that nothing else maps to, when it is close enough to be worth a reviewer's look.
  const taken = new Set([...changes.values()].map((c) => c.to).filter((x): x is string => !!x));
  for (const c of changes.values()) {
    if (c.kind !== 'removed') continue;
    let best: { label: string; text: string; s: number } | null = null;
    for (const a of newer!.articles) {
      if (taken.has(a.label)) continue;
      const sim = textSimilarity(c.oldText, a.text);
      if (sim >= REWRITE_MIN && (!best || sim > best.s)) best = { label: a.label, text: a.text, s: sim };
    }
    if (!best) continue;
    taken.add(best.label);
    Object.assign(c, { to: best.label, newText: best.text, kind: 'rewritten', similarity: Math.round(best.s * 1000) / 1000, how: 'nearest' });
  }
  // Declared correspondences override the computed ones for the articles they list.
  const key = normalizeLawName(older.title);
  for (const d of declared) {
    if (normalizeLawName(d.law) !== key || d.newer !== newer!.version || !d.older.versions.includes(older.version)) continue;
    for (const [fromLabel, toLabel] of Object.entries(d.articles)) {
      const old = changes.get(fromLabel);
      if (!old) continue;
      const newText = toLabel ? byLabel.get(toLabel)?.text ?? null : null;
      const same = newText !== null && newText.replace(/\s/g, '') === old.oldText.replace(/\s/g, '');
      changes.set(fromLabel, {
        ...old, to: toLabel || null, newText, similarity: null, how: 'declared', ...(d.verified ? {} : { unverified: true }),
        kind: !toLabel ? 'removed' : same ? (fromLabel === toLabel ? 'unchanged' : 'renumbered') : 'amended',
      });
    }
  }
  return { law: older.title, older, newer: newer!, changedOn: effective(newer!), changes };
}
