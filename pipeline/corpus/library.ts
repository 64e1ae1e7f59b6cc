// The law library: the national laws and regulations of a law-database folder (LawRefBook markdown, as
// ../shared/laws holds them), read into a corpus on first use and kept in the build cache, never in the tree.
//
// Why: the embedded corpus (corpus/laws) ships only the laws the rules cite and those of the documents labelled so
// far. A document that names a law it does not hold can be compared with nothing — no range, no period, no approver,
// no article a clause restates. On held-out documents a third to two thirds of the laws named were missing from the
// embedded corpus, and almost none on the documents the rules were written from. Where the library is at hand,
// `check` and `eval` judge by all of it; the embedded corpus stays the base the rules must resolve in, and the one
// used where no library is found.
//
// Where it is looked for: BEISHEN_LAW_LIBRARY (a folder; "none" turns the library off), else ../shared/laws beside
// the project. Only the national acts are read: 宪法 and the laws by branch, 行政法规, 部门规章. Judicial
// interpretations are not upper law of a 规范性文件, and local regulations bind one province only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LawBase } from './corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { buildCacheFolder, treeFiles } from '../engine/build-cache.ts';
// The importer, the store and the embedded list's reader are loaded only to build the library (once): every check asks where
// the library is, and `check` asks before it starts its workers.

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** store.ts's MANIFEST: a corpus folder is complete once it holds this file. */
const MANIFEST = 'manifest.json';
export const DEFAULT_LAW_LIBRARY = resolve(PROJECT_ROOT, '..', 'shared', 'laws');

/** The folders of a LawRefBook snapshot that hold national acts: upper law of any normative document. */
export const NATIONAL_FOLDERS = ['宪法', '宪法相关法', '民法典', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法', '其他', '行政法规', '部门规章'];

/** Older library corpora kept besides the current one (another checkout's code may still use one). */
const KEEP = 3;

/** The law-database folder to read, or null (none found, or turned off). */
export function lawLibrarySource(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.BEISHEN_LAW_LIBRARY?.trim();
  if (named && /^(none|off|no|0)$/i.test(named)) return null;
  const dir = named ? resolve(named) : DEFAULT_LAW_LIBRARY;
  return existsSync(dir) && statSync(dir).isDirectory() && nationalFolders(dir).length ? dir : null;
}

function nationalFolders(source: string): string[] {
  return NATIONAL_FOLDERS.map((f) => join(source, f)).filter((d) => existsSync(d));
}

/** What the library corpus is made of: the files read (names and sizes) and the code that reads them. A changed
 *  law file or importer is another key, so a kept corpus is never stale. */
function libraryKey(source: string): string {
  const h = createHash('sha256').update('law-library-1\0');
  for (const f of treeFiles(nationalFolders(source), /\.md$/)) h.update(f.slice(source.length)).update('\0').update(String(statSync(f).size)).update('\0');
  for (const f of treeFiles(['corpus', 'text', 'model'].map((d) => join(PROJECT_ROOT, 'pipeline', d)), /\.ts$/)) h.update(readFileSync(f));
  for (const f of ['corpus/repealed.yaml', 'corpus/embedded-laws.yaml']) h.update(readFileSync(join(PROJECT_ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

/** The snapshot's date where the library is the snapshot the embedded corpus was built from (its README names the
 *  same commit); else the newest text it holds. */
async function lawBaseOf(source: string, laws: CorpusLaw[]): Promise<LawBase> {
  const { readEmbeddedSnapshot } = await import('./build-embedded.ts');
  const { newestText } = await import('./corpus-impl.ts');
  const { lawBase, commit } = readEmbeddedSnapshot();
  const readme = join(source, 'README.md');
  if (lawBase && commit && existsSync(readme) && readFileSync(readme, 'utf8').includes(commit)) return lawBase;
  return newestText(laws);
}

/**
 * The corpus directory of the law library, built when missing (about ten seconds for ~1,000 acts); null when there
 * is no library or no cache folder can be written. `say` reports the build (stderr of the command line).
 */
export async function libraryCorpusDir(source: string | null = lawLibrarySource(), say: (line: string) => void = () => {}): Promise<string | null> {
  if (!source) return null;
  const root = buildCacheFolder('beishen-law-library');
  if (!root) return null;
  const key = libraryKey(source);
  const dir = join(root, key);
  if (existsSync(join(dir, MANIFEST))) return dir;
  say(`正在从法规数据库 ${source} 建立法规库（首次使用或法规文件有变化，约需十秒）……`);
  const t0 = Date.now();
  const { importLaws } = await import('./import.ts');
  const { writeCorpus } = await import('./store.ts');
  const { laws, skipped } = await importLaws(nationalFolders(source));
  if (!laws.length) return null;
  // Written beside the final folder and renamed: another process never reads half a corpus.
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const manifest = await writeCorpus(tmp, laws, { lawBase: await lawBaseOf(source, laws) });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process finished first: its copy is the same
  }
  prune(root, key);
  say(`法规库已建立：${manifest.counts.titles} 部法规、${manifest.counts.laws} 个版本、${manifest.counts.articles} 条${skipped.length ? `（${skipped.length} 个文件未能读取）` : ''}，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒。`);
  return dir;
}

function prune(root: string, current: string): void {
  const others = readdirSync(root).filter((n) => n !== current && !n.endsWith('.tmp'))
    .map((n) => ({ n, t: statSync(join(root, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of others.slice(KEEP - 1)) rmSync(join(root, n), { recursive: true, force: true });
}

/** The corpus a check or an evaluation uses: the one named (--corpus), else the law library where there is one,
 *  else the embedded corpus (undefined). */
export async function judgingCorpusDir(named: string | undefined, say?: (line: string) => void): Promise<string | undefined> {
  if (named) return resolve(named);
  return (await libraryCorpusDir(lawLibrarySource(), say)) ?? undefined;
}
