// Expand the command line's files and directories into a sorted list of files.
// Directories are read recursively; every regular file found is part of the batch,
// whatever its extension, so nothing is silently skipped.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface CollectedFile {
  /** Absolute path to read. */
  absolute: string;
  /** Path shown in reports: as given on the command line, or relative to the given directory. */
  display: string;
}

export class InputNotFoundError extends Error {}

export async function collectFiles(inputs: string[]): Promise<CollectedFile[]> {
  const out = new Map<string, CollectedFile>();
  for (const input of inputs) {
    const abs = resolve(input);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new InputNotFoundError(`找不到输入：${input}`);
    }
    if (st.isDirectory()) {
      for (const f of await walk(abs)) out.set(f, { absolute: f, display: join(input, f.slice(abs.length + 1)) });
    } else {
      out.set(abs, { absolute: abs, display: input });
    }
  }
  return [...out.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

// Symbolic links to files are part of the batch, and so are dangling links (reported as unreadable,
// never silently dropped). Links to directories are not followed: they could form cycles.
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else if (e.isFile()) files.push(p);
    else if (e.isSymbolicLink()) {
      const target = await stat(p).catch(() => null);
      if (!target || target.isFile()) files.push(p);
    }
  }
  return files;
}
