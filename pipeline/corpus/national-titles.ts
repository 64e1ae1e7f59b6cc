// The titles of every national law and administrative regulation in the snapshot the law base is built
// from (corpus/history/national-titles.json, written by `npm run corpus:build`). The embedded law base
// holds the texts of a hundred acts; a citation of any other real act (《中华人民共和国刑法》) is still a
// right name, and must never be read as a damaged name of an act that is held (宪法).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusLaw, LawLevel } from '../model/types.ts';

export const NATIONAL_TITLES_FILE = fileURLToPath(new URL('../../corpus/history/national-titles.json', import.meta.url));

/** Levels whose titles are kept: acts a normative document cites by name. */
const KEPT: LawLevel[] = ['宪法', '法律', '行政法规', '部门规章'];

export function nationalTitles(laws: CorpusLaw[]): string[] {
  return [...new Set(laws.filter((l) => KEPT.includes(l.level)).map((l) => l.title))].sort();
}

const cache = new Map<string, string[]>();

export function loadNationalTitles(file = NATIONAL_TITLES_FILE): string[] {
  let list = cache.get(file);
  if (!list) {
    try {
      list = (JSON.parse(readFileSync(file, 'utf8')) as { titles: string[] }).titles;
    } catch {
      list = [];
    }
    cache.set(file, list);
  }
  return list;
}
