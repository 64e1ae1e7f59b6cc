// Known later texts the law base does not hold (corpus/history/later-revisions.yaml): a revision
// passed after the library was taken, or a law the base has no text of. While the corpus in use holds
// no version in force from that day, whatever touches the law on a later date says so.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlCached } from '../engine/build-cache.ts';
import { chineseDate } from '../text/dates.ts';
import type { LaterRevision } from './corpus.ts';
import { assertValid } from './schemas.ts';

export const LATER_REVISIONS_FILE = fileURLToPath(new URL('../../corpus/history/later-revisions.yaml', import.meta.url));

const cache = new Map<string, LaterRevision[]>();

export function loadLaterRevisions(file = LATER_REVISIONS_FILE): LaterRevision[] {
  let list = cache.get(file);
  if (!list) {
    const data = parseYamlCached(readFileSync(file, 'utf8')) as { revisions?: LaterRevision[] };
    assertValid('later-revisions.schema.json', data, file);
    list = data.revisions ?? [];
    cache.set(file, list);
  }
  return list;
}

/** From this day documents are judged under the new text: its entry into force, or (not verified) the next new year. */
export function revisionStart(r: LaterRevision): string {
  return r.inForce ?? `${r.year + 1}-01-01`;
}

/** "本依据所引法律已于2025年6月27日修订，自2026年1月1日起施行，语料库尚未收录新文本，请核实。" */
export function revisionNote(r: LaterRevision): string {
  const what = r.kind === 'new' ? '公布' : r.kind === 'amendment' ? '修正' : '修订';
  const passed = r.passed ? `已于${chineseDate(r.passed)}${what}` : `已于${r.year}年${what}`;
  const inForce = r.inForce ? `，自${chineseDate(r.inForce)}起施行` : '（施行日期未经核实）';
  if (r.kind === 'new') return `《${r.law}》${passed}${inForce}，语料库尚未收录其文本，请核实。`;
  return `本依据所引法律（《${r.law}》）${passed}${inForce}，语料库尚未收录新文本，请核实。`;
}
