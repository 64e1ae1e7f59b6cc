// Derived data that depends only on the code and on files in the tree (the compiled rule set, the
// compiled schema validators) is cached between runs under a key that hashes all of it, so a cached
// copy can never be stale: a changed input is a different key. It lives beside the compiled sources
// (BEISHEN_BUILD_CACHE, else node_modules/.cache — see bin/compiled-sources.mjs), or in the temporary folder when that is not
// writable; it is not the result cache (--cache / --no-cache), which holds the documents' results.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The project folder (not imported from check-env.ts, which loads the whole engine). */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let code: string | undefined;

/**
 * A hash of the program: the sources (pipeline/, reports/) and the locked dependencies. When the
 * command line runs the compiled copy, that copy's folder name already is the sources' hash.
 */
export function codeHash(): string {
  if (code) return code;
  const h = createHash('sha256');
  const compiled = process.env.BEISHEN_COMPILED;
  if (compiled) h.update(basename(compiled));
  else for (const f of treeFiles(['pipeline', 'reports'].map((d) => join(PROJECT_ROOT, d)), /\.(ts|mjs)$/)) h.update(f).update(readFileSync(f));
  h.update(readFileOr(join(PROJECT_ROOT, 'package-lock.json')));
  return (code = h.digest('hex'));
}

/** Files under the given folders whose names match, sorted (the order a hash needs). */
export function treeFiles(roots: string[], name: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && name.test(e.name)) out.push(p);
    }
  };
  for (const r of roots) walk(r);
  return out.sort();
}

function readFileOr(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.from('missing');
  }
}

/** Entries kept per cache by default: the newest; older keys belong to earlier versions of rules or code. */
const KEEP = 32;

function prune(dir: string, keep: number): void {
  const names = readdirSync(dir).filter((n) => !n.endsWith('.tmp'));
  if (names.length <= keep) return;
  const byAge = names.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of byAge.slice(keep)) unlinkSync(join(dir, n));
}

/** The same places as bin/compiled-sources.mjs (buildCacheRoots), in the same order. */
function roots(): string[] {
  if (process.env.BEISHEN_BUILD_CACHE) return [process.env.BEISHEN_BUILD_CACHE];
  return [join(PROJECT_ROOT, 'node_modules', '.cache'), join(tmpdir(), `beishen-${process.getuid?.() ?? 'user'}`)];
}

/** A folder of the build cache for one kind of entry, created if need be; null when none is writable. */
export function buildCacheFolder(name: string): string | null {
  for (const base of roots()) {
    const dir = join(base, name);
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      /* not writable: next */
    }
  }
  return null;
}

/** The cached text for a key, or undefined. */
export function readBuildCache(name: string, key: string): string | undefined {
  const path = buildCachePath(name, key);
  if (!path) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Where a key's entry is (or would be), or null when no cache folder can be had. */
export function buildCachePath(name: string, key: string): string | null {
  const dir = buildCacheFolder(name);
  return dir && join(dir, key);
}

/**
 * Stores text under a key: written to a temporary file and renamed, so a reader never sees half of
 * it. Returns the entry's path, or null when it could not be written.
 */
export function writeBuildCache(name: string, key: string, text: string, keep = KEEP): string | null {
  const dir = buildCacheFolder(name);
  if (!dir) return null;
  const tmp = join(dir, `${key}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, join(dir, key));
    prune(dir, keep);
    return join(dir, key);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing written */
    }
    return null;
  }
}

const requireHere = createRequire(import.meta.url);

/**
 * A YAML document's value. Parsing YAML is ~20 times slower than JSON, and data files such as
 * corpus/repealed.yaml are parsed by every worker thread: the value is cached as JSON under the hash
 * of the text (and the yaml version), and the yaml library is loaded only on a miss.
 */
export function parseYamlCached(text: string): unknown {
  const version = (requireHere('yaml/package.json') as { version: string }).version;
  const key = `${createHash('sha256').update(`yaml-${version}\0${text}`).digest('hex')}.json`;
  const hit = readBuildCache('beishen-yaml', key);
  if (hit !== undefined) {
    try {
      return JSON.parse(hit) as unknown;
    } catch {
      /* damaged: parse again */
    }
  }
  const value = (requireHere('yaml') as typeof import('yaml')).parse(text) as unknown;
  writeBuildCache('beishen-yaml', key, JSON.stringify(value));
  return value;
}
