// Expand the command line's files and folders into the batch: the files to check, in path order,
// and the files and folders left out, each with its reason (input-selection.ts) — nothing found in a
// folder disappears without a word. Entries that cannot be read as documents — a FIFO, a socket, a
// device, a link to one, a dangling link, a folder without read permission — are part of the batch
// with a `problem`, so that they appear in the report with a status instead of being read (a FIFO
// would block the read forever, /dev/zero would never end).
// Names are handled as bytes: a name that is not valid UTF-8 is read by its own bytes and shown
// escaped (display-path.ts), so two such names stay two documents.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SkippedInput } from '../model/types.ts';
import { displayName, escapeName, isUtf8 } from './display-path.ts';
import { IGNORE_FILE, ignoreScope, ignoredBy, skipFile, skipFolder, type IgnoreScope, type SelectionRules } from './input-selection.ts';

export interface CollectedFile {
  /** Path to read: a Buffer when some part of the name is not valid UTF-8 (kept byte for byte). */
  absolute: string | Buffer;
  /** Path shown in reports: as given on the command line, or relative to the given folder; escaped. */
  display: string;
  /** Not a file that can be read as a document: reported with this reason instead of being read. */
  problem?: { code: string; message: string };
}

export interface Collection {
  files: CollectedFile[];
  skipped: SkippedInput[];
}

export interface CollectOptions extends SelectionRules {
  /** Folders never entered (the run's own output folder, when it lies inside an input folder). */
  exclude?: string[];
}

export class InputNotFoundError extends Error {}

const SLASH = Buffer.from('/');

function byDisplay<T extends { display?: string; path?: string }>(a: T, b: T): number {
  const x = a.display ?? a.path ?? '';
  const y = b.display ?? b.path ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

interface TypeOf {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

function specialKind(st: TypeOf): string | null {
  if (st.isFIFO()) return '命名管道（FIFO）';
  if (st.isSocket()) return '套接字';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备文件';
  return null;
}

const notAFile = (what: string) => ({ code: 'not-a-file', message: `无法读取：该路径是${what}，不是普通文件，未检查。` });

export async function collectFiles(inputs: string[], opts: CollectOptions = {}): Promise<Collection> {
  const files = new Map<string, CollectedFile>();
  const skipped: SkippedInput[] = [];
  const excluded = new Set((opts.exclude ?? []).flatMap((d) => {
    const abs = resolve(d);
    try {
      return [abs, realpathSync(abs)];
    } catch {
      return [abs];
    }
  }));
  const add = (f: CollectedFile) => {
    const key = typeof f.absolute === 'string' ? f.absolute : f.absolute.toString('latin1');
    if (!files.has(key)) files.set(key, f);
  };

  for (const input of inputs) {
    const abs = resolve(input);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch {
      // A dangling link named on the command line is a file we cannot read, not a missing input.
      if (lstatOrNull(abs)?.isSymbolicLink()) {
        add({ absolute: abs, display: escapeName(input), problem: { code: 'unreadable', message: '无法读取：符号链接指向不存在的文件。' } });
        continue;
      }
      throw new InputNotFoundError(`找不到输入：${escapeName(input)}`);
    }
    if (st.isDirectory()) {
      walk(Buffer.from(abs), escapeName(input), '', [], opts, excluded, add, skipped);
      continue;
    }
    const special = specialKind(st);
    add(special ? { absolute: abs, display: escapeName(input), problem: notAFile(special) } : { absolute: abs, display: escapeName(input) });
  }
  return { files: [...files.values()].sort(byDisplay), skipped: skipped.sort(byDisplay) };
}

function lstatOrNull(p: string | Buffer): Stats | null {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

/** The path to read: a string when it is valid UTF-8 throughout, else the bytes themselves. */
function readable(p: Buffer): string | Buffer {
  return isUtf8(p) ? p.toString('utf8') : p;
}

function walk(
  dir: Buffer, root: string, rel: string, scopes: IgnoreScope[], opts: CollectOptions, excluded: Set<string>,
  add: (f: CollectedFile) => void, skipped: SkippedInput[],
): void {
  const shown = (r: string) => (r ? join(root, r) : root);
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    add({
      absolute: readable(dir), display: shown(rel),
      problem: { code: 'unreadable-folder', message: `无法读取该目录${code === 'EACCES' || code === 'EPERM' ? '（没有读取权限）' : `（${code ?? '错误'}）`}，其中的文件未检查。` },
    });
    return;
  }
  // A .beishenignore here applies to this folder and everything below it.
  const own = entries.find((e) => e.name.toString('latin1') === IGNORE_FILE && e.isFile());
  if (own) {
    try {
      scopes = [...scopes, ignoreScope(rel, readFileSync(Buffer.concat([dir, SLASH, own.name]), 'utf8'))];
    } catch {
      /* unreadable ignore file: nothing ignored by it */
    }
  }
  for (const e of entries) {
    const path = Buffer.concat([dir, SLASH, e.name]);
    const name = displayName(e.name);
    const r = rel ? `${rel}/${name}` : name;
    if (name === IGNORE_FILE) continue; // configuration, not a document
    let kind: Stats | Dirent<Buffer> = e;
    let viaLink = false;
    if (e.isSymbolicLink()) {
      viaLink = true;
      try {
        kind = statSync(path);
      } catch {
        add({ absolute: readable(path), display: shown(r), problem: { code: 'unreadable', message: '无法读取：符号链接指向不存在的文件（或形成循环）。' } });
        continue;
      }
    }
    if (kind.isDirectory()) {
      const skip = viaLink
        ? { reason: 'symlink-to-folder' as const, message: '指向目录的符号链接，不跟随（以免形成循环）；如需检查，请直接指定该目录。' }
        : excludedFolder(path, excluded) ?? skipFolder(name) ?? (ignoredBy(scopes, r, true) ? { reason: 'ignore-file' as const, message: `被 ${IGNORE_FILE} 排除。` } : null);
      if (skip) skipped.push({ path: shown(r), kind: 'folder', ...skip });
      else walk(path, root, r, scopes, opts, excluded, add, skipped);
      continue;
    }
    const verdict = ignoredBy(scopes, r, false) ? { reason: 'ignore-file' as const, message: `被 ${IGNORE_FILE} 排除。` } : skipFile(name, opts);
    if (verdict) {
      skipped.push({ path: shown(r), kind: 'file', ...verdict });
      continue;
    }
    const special = specialKind(kind);
    add(special ? { absolute: readable(path), display: shown(r), problem: notAFile(viaLink ? `指向${special}的符号链接` : special) } : { absolute: readable(path), display: shown(r) });
  }
}

function excludedFolder(path: Buffer, excluded: Set<string>): { reason: 'output-folder'; message: string } | null {
  if (!excluded.size) return null;
  const p = path.toString('utf8');
  let real = p;
  try {
    real = realpathSync(path, { encoding: 'utf8' });
  } catch {
    /* keep the path as it is */
  }
  return excluded.has(p) || excluded.has(real) ? { reason: 'output-folder', message: '本次运行的报告输出目录，不作为输入检查。' } : null;
}
