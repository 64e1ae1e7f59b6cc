// The command line runs the TypeScript sources without a build step. Loading them through tsx costs
// every process — and every worker thread, which registers tsx again — a loader thread and a round
// trip to it for each of ~170 modules: about half a second of CPU per thread, a third of the start-up
// of `beishen check`. So the sources are transformed once (esbuild, type stripping only) into a cache
// folder keyed by the SHA-256 of every source file, and plain Node loads that. A changed file changes
// the key, so the cache can never run stale code; it is rebuilt in about half a second.
//
// In the compiled copy, import.meta.url is still the source file's URL: data files, workers and
// packages (createRequire) are found from the source tree exactly as under tsx. Relative imports of
// .ts modules point to their compiled siblings; any other relative import points back into the
// source tree, and imports of packages are resolved to the installed files.
// Returns null (the caller falls back to tsx) when nothing can be written or esbuild is missing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCE_DIRS = ['pipeline', 'reports'];
/** Bump when the transformation below changes. */
const FORMAT = 3;

function sourceFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const d of SOURCE_DIRS) walk(d);
  return out.sort();
}

function keyOf(files) {
  // The copy's import.meta.url is the source tree's own (data files, rules and the corpus are read from there):
  // another checkout of the same sources sharing node_modules (git worktrees with node_modules linked) is
  // another copy, or it would read the first checkout's rules and corpus.
  const h = createHash('sha256').update(`beishen-compiled-${FORMAT}\n${ROOT}\n`);
  // Packages are resolved into the copy: another installation is another copy.
  for (const f of ['package.json', 'package-lock.json']) h.update(existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f)) : 'missing');
  for (const f of files) h.update(`${f}\n`).update(readFileSync(join(ROOT, f))).update('\n');
  return h.digest('hex').slice(0, 24);
}

// Module specifiers in esbuild's output: `from "x"` (static import and re-export), `import("x")`
// and `import "x"`. Not a property access such as Buffer.from("x").
const SPECIFIER = /((?<![\w$.])(?:from\s*|import\s*\(\s*|import\s*))(["'])([^"'\s]+)\2/g;

function transform(esbuild, file) {
  const url = pathToFileURL(join(ROOT, file)).href;
  const { code } = esbuild.transformSync(readFileSync(join(ROOT, file), 'utf8'), {
    loader: 'ts', format: 'esm', target: 'node20', sourcefile: url, sourcemap: 'inline', sourcesContent: false,
    define: { 'import.meta.url': JSON.stringify(url) },
  });
  return code.replace(SPECIFIER, (whole, head, q, spec) => {
    if (spec.startsWith('./') || spec.startsWith('../')) {
      if (spec.endsWith('.ts')) return `${head}${q}${spec.slice(0, -3)}.js${q}`;
      return `${head}${q}${new URL(spec, url).href}${q}`;
    }
    if (spec.startsWith('node:') || isBuiltin(spec)) return whole;
    // A package: resolved now, from the project, so the copy loads wherever the cache folder is.
    try {
      return `${head}${q}${import.meta.resolve(spec)}${q}`;
    } catch {
      return whole;
    }
  });
}

async function build(target, files) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  for (const f of files) {
    const out = join(staging, f.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, transform(esbuild, f));
  }
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process finished first
  }
  return existsSync(target);
}

/** Removes copies of other sources not used for a day (a process still running from one may load more of it). */
function prune(base, keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(base)) {
    const p = join(base, name);
    if (name !== keep && statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
  }
}

/**
 * Where derived data of the program is kept (compiled sources here; the rule set and validators,
 * pipeline/engine/build-cache.ts): BEISHEN_BUILD_CACHE when set, else node_modules/.cache, else a
 * folder in the temporary directory.
 */
export function buildCacheRoots() {
  if (process.env.BEISHEN_BUILD_CACHE) return [process.env.BEISHEN_BUILD_CACHE];
  return [join(ROOT, 'node_modules', '.cache'), join(tmpdir(), `beishen-${process.getuid?.() ?? 'user'}`)];
}

/** The folder holding the compiled sources (pipeline/…, reports/… as .js), or null. */
export async function compiledSources() {
  if (process.env.BEISHEN_NO_COMPILE) return null;
  const files = sourceFiles();
  const key = keyOf(files);
  for (const base of buildCacheRoots().map((r) => join(r, 'beishen-js'))) {
    const target = join(base, key);
    if (existsSync(join(target, 'pipeline'))) {
      touch(target);
      return target;
    }
    try {
      mkdirSync(base, { recursive: true });
      if (await build(target, files)) {
        prune(base, key);
        return target;
      }
    } catch {
      /* not writable: try the next place */
    }
  }
  return null;
}

/** Marks a copy as used (at most once an hour), so that pruning spares it. */
function touch(target) {
  try {
    if (Date.now() - statSync(target).mtimeMs > 3600 * 1000) utimesSync(target, new Date(), new Date());
  } catch {
    /* read-only: the copy may be pruned by a writer after a day, and is then rebuilt */
  }
}
