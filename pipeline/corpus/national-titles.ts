// The titles of every national law and administrative regulation in the snapshot the law base is built
// from (corpus/history/national-titles.json, written by `npm run corpus:build`). The embedded law base
// holds the texts of a hundred acts; a citation of any other real act (《中华人民共和国刑法》) is still a
// right name, and must never be read as a damaged name of an act that is held (宪法).
// With each title goes the highest article number any of its texts has: an article cited beyond it
// (《快递暂行条例》第五十二条 of an act of 48 articles) exists in no text, though the base holds none.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusLaw, LawLevel } from '../model/types.ts';

export const NATIONAL_TITLES_FILE = fileURLToPath(new URL('../../corpus/history/national-titles.json', import.meta.url));

/** Levels whose titles are kept: acts a normative document cites by name. */
const KEPT: LawLevel[] = ['宪法', '法律', '行政法规', '部门规章'];

export interface NationalActs {
  titles: string[];
  /** title → the highest article number of any of its texts in the snapshot. */
  lastArticle: Record<string, number>;
}

export function nationalActs(laws: CorpusLaw[]): NationalActs {
  const kept = laws.filter((l) => KEPT.includes(l.level));
  const lastArticle: Record<string, number> = {};
  const unsure = new Set<string>();
  for (const l of kept) {
    const last = l.articles.reduce((n, a) => Math.max(n, a.number), 0);
    // A text whose numbers skip (an import that lost articles) proves no upper bound for any of its texts.
    const numbers = new Set(l.articles.map((a) => a.number));
    if (!last || numbers.size !== last) unsure.add(l.title);
    if (last > (lastArticle[l.title] ?? 0)) lastArticle[l.title] = last;
  }
  const titles = [...new Set(kept.map((l) => l.title))].sort();
  const sized = titles.filter((t) => lastArticle[t] && !unsure.has(t));
  return { titles, lastArticle: Object.fromEntries(sized.map((t) => [t, lastArticle[t]!])) };
}

const cache = new Map<string, NationalActs>();

/** The committed list; a missing or unreadable file is an error (the corpus build writes it). */
export function loadNationalActs(file = NATIONAL_TITLES_FILE): NationalActs {
  let acts = cache.get(file);
  if (!acts) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<NationalActs>;
    acts = { titles: data.titles ?? [], lastArticle: data.lastArticle ?? {} };
    cache.set(file, acts);
  }
  return acts;
}
