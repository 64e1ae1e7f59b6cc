// The output folder of a run (check, merge, render, impact): checked before any work starts, written
// into a staging folder beside it, and swapped into place at the end, so the folder never holds files
// of two runs (a report.html of 10 documents next to a report.json of 1; opinions of a document that
// is clean now — how stale drafts get mailed). A folder beishen did not write is never replaced: the
// run refuses it before the batch starts, naming what is in it.
//
// Ours means: the folder carries the manifest this module writes (.beishen-output.json) and nothing
// else than what the manifest lists; or, for folders written before the manifest existed, only the
// names beishen has always written (report.*, opinions/*.docx).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../pipeline/model/user-error.ts';

export const MANIFEST = '.beishen-output.json';
const LEGACY_FILES = /^report\.(json|html|sarif)$/;
const STAGING_MARK = '.beishen-';

/** A problem with the output folder, in Chinese for the user; the command exits 2 without a stack trace. */
export class OutputError extends UserError {}

interface Manifest {
  tool: 'beishen';
  files: string[];
}

export interface OutputFileLike {
  name: string; // relative to the folder, "/"-separated
  content: string | Uint8Array;
}

/**
 * How the folder is written:
 * - replace: the folder afterwards holds exactly this run's files (check, merge, impact);
 * - update: this run's files replace their namesakes, and folders it writes (opinions/) are replaced
 *   whole, the rest stays (render adds formats beside an existing report.json).
 */
export type OutputMode = 'replace' | 'update';

export class OutputDir {
  private readonly written = new Set<string>();
  private done = false;

  private constructor(
    readonly dir: string,
    private readonly staging: string,
    private readonly mode: OutputMode,
    private readonly previous: string[] | null, // files of the existing folder (ours), null when absent
  ) {}

  /**
   * Checks that `dir` can be written and is ours (or absent, or empty), and reserves a staging folder
   * beside it. Throws OutputError with the reason in Chinese.
   */
  static async open(dir: string, mode: OutputMode = 'replace'): Promise<OutputDir> {
    if (!dir.trim()) throw new OutputError('--out 不能为空：请指定输出目录，或用 -o - 把一种格式写到标准输出。');
    const abs = resolve(dir);
    if (abs === sep || abs === resolve(process.env.HOME ?? sep)) {
      throw new OutputError(`不能把报告写到 ${abs}：请指定一个单独的输出目录。`);
    }
    const st = await lstat(abs).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw new OutputError(`无法访问输出目录 ${abs}：${errnoText(e)}`);
    });
    if (st && !st.isDirectory()) {
      const hint = abs.startsWith('/dev/') ? '；要把报告写到标准输出，请用 -o - 或 --stdout' : '';
      throw new OutputError(`--out 须是目录，${abs} 不是目录${hint}。`);
    }
    const previous = st ? await ownedFiles(abs, mode) : null;
    const parent = dirname(abs);
    try {
      await makeFolders(parent);
    } catch (e) {
      throw new OutputError(`无法创建输出目录的上级目录 ${parent}：${errnoText(e as NodeJS.ErrnoException)}`);
    }
    await sweepAbandoned(parent, basename(abs));
    const staging = join(parent, `.${basename(abs)}${STAGING_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(staging);
    } catch (e) {
      throw new OutputError(`无法写入输出目录 ${abs}（上级目录 ${parent}：${errnoText(e as NodeJS.ErrnoException)}）。`);
    }
    if (st) {
      try {
        await access(abs, constants.W_OK);
      } catch (e) {
        await rm(staging, { recursive: true, force: true });
        throw new OutputError(`无法写入输出目录 ${abs}：${errnoText(e as NodeJS.ErrnoException)}`);
      }
    }
    return new OutputDir(abs, staging, mode, previous);
  }

  /** Where a file of this run goes while the run lasts (for writers that stream, e.g. report.json). */
  async stagedPath(name: string): Promise<string> {
    const path = join(this.staging, ...name.split('/'));
    if (relative(this.staging, path).startsWith('..')) throw new OutputError(`非法的输出文件名：${name}`);
    await mkdir(dirname(path), { recursive: true });
    this.written.add(name);
    return path;
  }

  async write(files: OutputFileLike[]): Promise<void> {
    for (const f of files) await writeFile(await this.stagedPath(f.name), f.content);
  }

  /** The final path of a file of this run. */
  finalPath(name: string): string {
    return join(this.dir, ...name.split('/'));
  }

  /** Moves this run's files into place; returns their final paths in the order written. */
  async commit(): Promise<string[]> {
    if (this.done) throw new Error('output already committed');
    this.done = true;
    const names = [...this.written];
    if (this.mode === 'update' && this.previous) {
      await this.update(names);
    } else {
      await writeFile(join(this.staging, MANIFEST), manifestText(names));
      await this.swap();
    }
    return names.map((n) => this.finalPath(n));
  }

  /**
   * Update mode: files go in one by one (each rename is atomic), foreign files stay; a folder this run
   * writes (opinions/) loses the files an earlier run put there, so no stale draft survives.
   */
  private async update(names: string[]): Promise<void> {
    const folders = new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]!));
    const kept: string[] = [];
    for (const old of this.previous ?? []) {
      if (old === MANIFEST) continue;
      if (folders.has(old.split('/')[0]!)) await rm(join(this.dir, ...old.split('/')), { force: true });
      else kept.push(old);
    }
    for (const f of folders) await removeEmptyFolders(join(this.dir, f)).catch(() => undefined);
    for (const name of names) {
      const to = join(this.dir, ...name.split('/'));
      await mkdir(dirname(to), { recursive: true });
      await rename(join(this.staging, ...name.split('/')), to);
    }
    await writeFile(join(this.dir, MANIFEST), manifestText([...kept, ...names]));
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Leaves the existing folder as it was. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await rm(this.staging, { recursive: true, force: true });
  }

  private async swap(): Promise<void> {
    const cwd = process.cwd();
    const holdsCwd = cwd === this.dir || cwd.startsWith(this.dir + sep);
    if (this.previous === null) {
      await rename(this.staging, this.dir).catch(async (e: NodeJS.ErrnoException) => {
        // Created meanwhile by someone else: fill it in place instead.
        if (e.code === 'ENOTEMPTY' || e.code === 'EEXIST') return this.fillInPlace();
        throw new OutputError(`无法写入输出目录 ${this.dir}：${errnoText(e)}`);
      });
      return;
    }
    if (holdsCwd) return this.fillInPlace();
    const old = `${this.staging}-old`;
    try {
      await rename(this.dir, old);
    } catch {
      return this.fillInPlace(); // e.g. a mount point: replace file by file instead
    }
    try {
      await rename(this.staging, this.dir);
    } catch (e) {
      await rename(old, this.dir).catch(() => undefined);
      await rm(this.staging, { recursive: true, force: true });
      throw new OutputError(`无法写入输出目录 ${this.dir}：${errnoText(e as NodeJS.ErrnoException)}`);
    }
    await rm(old, { recursive: true, force: true });
  }

  /** The folder cannot be swapped: remove the previous run's files, then move this run's in one by one. */
  private async fillInPlace(): Promise<void> {
    for (const old of this.previous ?? []) await rm(join(this.dir, ...old.split('/')), { force: true });
    await removeEmptyFolders(this.dir);
    await mkdir(this.dir, { recursive: true });
    for (const name of [...(await listFiles(this.staging))]) {
      const to = join(this.dir, ...name.split('/'));
      await mkdir(dirname(to), { recursive: true });
      await rename(join(this.staging, ...name.split('/')), to);
    }
    await rm(this.staging, { recursive: true, force: true });
  }
}

/**
 * mkdir -p, one level at a time: node's recursive mkdir spins forever on some pseudo file systems
 * (/proc/x/y), and a bad --out must fail, not hang.
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const st = await lstat(d).catch(() => null);
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`${d} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) await mkdir(d).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'EEXIST') throw e; });
}

function manifestText(names: string[]): string {
  const manifest: Manifest = { tool: 'beishen', files: [...new Set(names)].filter((n) => n !== MANIFEST).sort() };
  return JSON.stringify(manifest, null, 2) + '\n';
}

/**
 * The files of an existing folder that beishen wrote. In replace mode, any other entry makes it refuse
 * the folder (OutputError naming them); update mode leaves other entries alone and only lists ours.
 */
async function ownedFiles(dir: string, mode: OutputMode): Promise<string[]> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (e) {
    throw new OutputError(`无法读取输出目录 ${dir}：${errnoText(e as NodeJS.ErrnoException)}`);
  }
  let listed: Set<string> | null = null;
  try {
    const m = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
    if (m.tool === 'beishen' && Array.isArray(m.files)) listed = new Set(m.files);
  } catch { /* no manifest: a folder of an older beishen, or not ours */ }
  // Empty folders hold nothing to lose.
  const ours = (f: string) => f === MANIFEST || f.endsWith('/')
    || (listed ? listed.has(f) : LEGACY_FILES.test(f) || /^opinions\/[^/]+\.docx$/.test(f));
  const foreign = files.filter((f) => !ours(f));
  if (mode === 'update') return files.filter(ours);
  if (foreign.length) {
    const shown = foreign.slice(0, 5).join('、') + (foreign.length > 5 ? ` 等 ${foreign.length} 项` : '');
    throw new OutputError(
      `输出目录 ${dir} 中有不是 beishen 写入的文件（${shown}）。为免覆盖或删除它们，未进行检查；` +
      '请用 --out 指定一个新的或空的目录，或先移走这些文件。');
  }
  return files;
}

/** Regular files below `dir`, "/"-separated and relative; symbolic links count as files (never followed). */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      const inner = await listFiles(join(dir, e.name), rel);
      out.push(...(inner.length ? inner : [`${rel}/`]));
    } else out.push(rel);
  }
  return out;
}

async function removeEmptyFolders(dir: string): Promise<boolean> {
  let empty = true;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory() && (await removeEmptyFolders(join(dir, e.name)))) await rm(join(dir, e.name), { recursive: true, force: true });
    else empty = false;
  }
  return empty;
}

/** Staging folders of runs that were killed (their process is gone) are removed. */
async function sweepAbandoned(parent: string, base: string): Promise<void> {
  const prefix = `.${base}${STAGING_MARK}`;
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    await rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function errnoText(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'EACCES': case 'EPERM': return '没有写入权限';
    case 'EROFS': return '文件系统只读';
    case 'ENOSPC': return '磁盘空间不足';
    case 'ENOTDIR': return '路径中有一段不是目录';
    case 'ENAMETOOLONG': return '路径过长';
    case 'EEXIST': return '已存在同名文件';
    case 'ENOENT': return '路径不存在，且不能在此创建目录';
    default: return e.code ? `${e.code}` : e.message;
  }
}
