// Content-addressed result cache for incremental re-runs.
// Two kinds of entry: "parse" (ingest + structure of one document's bytes) and "report" (the
// document's checked result under one rule set). Keys are hashes (see cache-keys.ts): a changed
// input simply has a different key, and an entry is never rewritten.
//
// Every entry is written to a temporary file and renamed into place (rename is atomic on POSIX), and
// carries a header with its own key (repeated in the payload) and the payload's length and SHA-256:
// a torn or truncated entry (power loss, disk full, a foreign write) or an entry copied onto another
// key's file, header rewritten or not, is detected on read, deleted and treated as a miss. A run killed with SIGKILL therefore leaves at most a stray
// temporary file, never an entry that is read back wrong. (Callers also check that the value is about
// the bytes they hold: see process-document.ts and run-batch.ts.)
//
// Reads are synchronous inside the async method: entries are tens of kilobytes, the reader needs the
// value before it can go on, and every asynchronous file operation is a round trip through libuv's
// thread pool (open, stat, read, close each wake a thread) — on a re-run after one rule changed,
// that traffic was a third of the CPU time. Writes are the opposite case: the writer does not need
// them, and creating and renaming files waits on the file system's journal (about a millisecond
// each here, more under load). store() therefore writes behind, in the thread pool, while the
// thread goes on with the next document; flush() waits for what is still pending.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** derived: small results computed from a parse (e.g. a document's cross-document digest), keyed by parse key. */
export type CacheKind = 'parse' | 'report' | 'derived';

const MAGIC = 'BEISHEN-CACHE-3';
const LAYOUT = 'v3';
/** Writes behind at most this many at a time: the serialized entries wait in memory meanwhile. */
const MAX_PENDING_WRITES = 32;

export class ResultCache {
  /** Shard folders known to exist: creating them once per process, not once per entry. */
  private readonly folders = new Set<string>();

  private constructor(readonly dir: string) {}

  /** `sweep`: remove abandoned temporary files (once per run, by the main thread). */
  static async open(dir: string, opts: { sweep?: boolean } = {}): Promise<ResultCache> {
    mkdirSync(join(dir, LAYOUT), { recursive: true });
    const cache = new ResultCache(dir);
    if (opts.sweep) await cache.sweepTemporaries();
    return cache;
  }

  private entryPath(kind: CacheKind, key: string): string {
    return join(this.dir, LAYOUT, kind, key.slice(0, 2), key);
  }

  /** The stored value, or undefined when absent or damaged (a damaged entry is removed). */
  async get<T>(kind: CacheKind, key: string): Promise<T | undefined> {
    const path = this.entryPath(kind, key);
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch {
      return undefined;
    }
    const payload = decodeEntry(buf, key);
    if (payload !== undefined) {
      try {
        // The key is inside the checksummed payload too: rewriting the header alone does not move an entry.
        const entry = JSON.parse(payload.toString('utf8')) as { key?: string; value?: T };
        if (entry.key === key && entry.value !== undefined) return entry.value;
      } catch {
        /* damaged: removed below */
      }
    }
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
    return undefined;
  }

  private readonly pending = new Set<Promise<void>>();

  /**
   * Stores a value atomically, written behind: the value is serialised now, the file written and
   * renamed into place in the thread pool. Resolves at once unless many writes are pending (then
   * when one finishes). Failures only cost a future miss. Call flush() before the thread ends.
   */
  async store(kind: CacheKind, key: string, value: unknown): Promise<void> {
    return this.storeJson(kind, key, JSON.stringify(value));
  }

  /** store() of a value the caller has already serialised (any JSON text). */
  async storeJson(kind: CacheKind, key: string, json: string): Promise<void> {
    const path = this.entryPath(kind, key);
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const data = encodeEntry(Buffer.from(`{"key":${JSON.stringify(key)},"value":${json}}`, 'utf8'), key);
    const folder = dirname(path);
    try {
      if (!this.folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.folders.add(folder);
      }
    } catch {
      return;
    }
    const write: Promise<void> = writeFile(tmp, data)
      .then(() => rename(tmp, path))
      .catch(() => unlink(tmp).catch(() => {}))
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
    if (this.pending.size >= MAX_PENDING_WRITES) await Promise.race(this.pending);
  }

  /** Waits until every write behind has reached the disk (or failed). */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }

  /** Temporary files left by killed runs: removed once they are clearly abandoned (older than a day). */
  async sweepTemporaries(): Promise<void> {
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    for (const kind of ['parse', 'report', 'derived'] as const) {
      const base = join(this.dir, LAYOUT, kind);
      let shards: string[];
      try {
        shards = await readdir(base);
      } catch {
        continue;
      }
      for (const shard of shards) {
        const names = await readdir(join(base, shard)).catch(() => [] as string[]);
        for (const n of names) {
          if (!n.endsWith('.tmp')) continue;
          const p = join(base, shard, n);
          const st = await stat(p).catch(() => undefined);
          if (st && st.mtimeMs < dayAgo) await unlink(p).catch(() => {});
        }
      }
    }
  }
}

/** Header line "BEISHEN-CACHE-2 <key> <length> <sha256>\n", then the payload. */
export function encodeEntry(payload: Buffer, key: string): Buffer {
  const header = `${MAGIC} ${key} ${payload.length} ${createHash('sha256').update(payload).digest('hex')}\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), payload]);
}

/**
 * The payload of a well-formed entry filed under `key`, or undefined when the header, the key,
 * the length or the checksum disagree.
 */
export function decodeEntry(buf: Buffer, key: string): Buffer | undefined {
  const nl = buf.indexOf(0x0a);
  if (nl < 0 || nl > 300) return undefined;
  const [magic, own, len, sum] = buf.subarray(0, nl).toString('latin1').split(' ');
  if (magic !== MAGIC || own !== key || !/^\d+$/.test(len ?? '') || !/^[0-9a-f]{64}$/.test(sum ?? '')) return undefined;
  const payload = buf.subarray(nl + 1);
  if (payload.length !== Number(len)) return undefined;
  if (createHash('sha256').update(payload).digest('hex') !== sum) return undefined;
  return payload;
}

/**
 * Where the cache lives when --cache is not given: $BEISHEN_CACHE_DIR, else the user's cache
 * directory ($XDG_CACHE_HOME/beishen or ~/.cache/beishen). Under vitest the default is a folder in
 * the temporary directory, so a test that forgets --cache/--no-cache never writes into the home.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BEISHEN_CACHE_DIR) return env.BEISHEN_CACHE_DIR;
  if (env.VITEST) return join(tmpdir(), 'beishen-test-cache');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'beishen');
  return join(homedir(), '.cache', 'beishen');
}
