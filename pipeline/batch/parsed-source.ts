// The parsed documents of an archive, for commands that read documents without checking them again
// (impact, annotated copies): from the parse cache an earlier `check` filled, keyed as check keys it (content hash, file
// extension, the parsing code's fingerprint), so a 10,000-document archive needs no re-parse. Input is
// a report.json (its paths and hashes: the files are read only on a cache miss) or files and folders.
// A miss is parsed here and stored, so the next run finds it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { ResultCache } from './cache.ts';
import { computeFingerprints, derivedKey, parseKey } from './cache-keys.ts';
import { collectFiles } from './collect-files.ts';
import { parseBuffer, type ParsedDocument } from '../engine/check-document.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.ts';
import { DocumentError } from '../model/types.ts';
import { loadReportFile } from '../review/report-file.ts';

export interface ParsedEntry {
  path: string;
  sha256: string;
  parsed?: ParsedDocument;
  /** Why the document could not be read (Chinese). */
  error?: string;
  fromCache: boolean;
}

export interface ParsedSourceOptions {
  cacheDir: string | null;
  maxBytes?: number;
}

interface Wanted {
  path: string; // as shown
  file: string; // to read on a miss
  sha256?: string; // known from a report
  error?: string;
}

async function wantedOf(inputs: string[]): Promise<Wanted[]> {
  const out: Wanted[] = [];
  for (const input of inputs) {
    if (/\.json$/i.test(input)) {
      const report = await loadReportFile(input);
      for (const d of report.documents) {
        if (d.status !== 'ok') out.push({ path: d.path, file: resolve(d.path), error: `上次检查未能读取：${d.error?.message ?? d.status}` });
        else out.push({ path: d.path, file: resolve(d.path), sha256: d.sha256 });
      }
    } else {
      for (const f of (await collectFiles([input])).files) if (typeof f.absolute === 'string') out.push({ path: f.display, file: f.absolute });
    }
  }
  return out;
}

type CachedParse = { parsed: ParsedDocument };

/**
 * One document's parse: from the cache when its content hash (known, or computed from the bytes) has an
 * entry, else parsed here and stored. The bytes are kept when they were read (annotated copies need them).
 */
export class ParsedLoader {
  private constructor(private readonly cache: ResultCache | null, private readonly fp: string, private readonly maxBytes: number) {}

  static async open(opts: ParsedSourceOptions): Promise<ParsedLoader> {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const cache = opts.cacheDir ? await ResultCache.open(opts.cacheDir) : null;
    // The same ingest options as `check` passes, so the keys are the ones check wrote.
    const fp = cache ? (await computeFingerprints({ ingest: { maxBytes } }, '', '')).parse : '';
    return new ParsedLoader(cache, fp, maxBytes);
  }

  private key(sha256: string, path: string): string {
    return parseKey({ parse: this.fp, report: '' }, sha256, extname(path).toLowerCase());
  }

  /**
   * `bytes`: read the file even when the parse is cached (and return its bytes);
   * `parse`: false when only the bytes are wanted (no parse on a cache miss).
   */
  async load(path: string, file: string, sha256?: string, want: { bytes?: boolean; parse?: boolean } = {}): Promise<ParsedEntry & { bytes?: Buffer }> {
    const wantParse = want.parse ?? true;
    if (this.cache && sha256 && !want.bytes && wantParse) {
      const hit = await this.cache.get<CachedParse>('parse', this.key(sha256, path));
      if (hit) return { path, sha256, parsed: hit.parsed, fromCache: true };
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { path, sha256: sha256 ?? '', error: code === 'ENOENT' ? `找不到文件 ${file}` : `无法读取：${(e as Error).message}`, fromCache: false };
    }
    if (bytes.length > this.maxBytes) {
      return { path, sha256: '', error: `文件超过大小上限（${Math.round(this.maxBytes / 1024 / 1024)}MB）`, fromCache: false };
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (!wantParse) return { path, sha256: actual, fromCache: false, bytes };
    const key = this.key(actual, path);
    const hit = this.cache ? await this.cache.get<CachedParse>('parse', key) : undefined;
    if (hit) return { path, sha256: actual, parsed: hit.parsed, fromCache: true, bytes };
    try {
      const parsed = await parseBuffer(bytes, path, { maxBytes: this.maxBytes });
      if (this.cache) await this.cache.store('parse', key, { parsed } satisfies CachedParse);
      return { path, sha256: actual, parsed, fromCache: false, bytes };
    } catch (e) {
      return { path, sha256: actual, error: e instanceof DocumentError ? e.message : `处理本文件时发生内部错误：${(e as Error).message}`, fromCache: false, bytes };
    }
  }

  /**
   * A small result computed from a document's parse (`name` says which, and its version), cached beside
   * the parse: reading it back costs far less than reading the parse again.
   */
  async derived<T>(name: string, path: string, file: string, sha256: string | undefined, compute: (p: ParsedDocument) => T): Promise<T | undefined> {
    const key = sha256 ? derivedKey(name, this.key(sha256, path)) : null;
    if (this.cache && key) {
      const hit = await this.cache.get<{ value: T }>('derived', key);
      if (hit) return hit.value;
    }
    const e = await this.load(path, file, sha256);
    if (!e.parsed) return undefined;
    const value = compute(e.parsed);
    if (this.cache) await this.cache.store('derived', derivedKey(name, this.key(e.sha256, path)), { value });
    return value;
  }

  async close(): Promise<void> {
    await this.cache?.flush();
  }
}

export async function* parsedDocuments(inputs: string[], opts: ParsedSourceOptions): AsyncGenerator<ParsedEntry> {
  const loader = await ParsedLoader.open(opts);
  for (const w of await wantedOf(inputs)) {
    if (w.error) yield { path: w.path, sha256: w.sha256 ?? '', error: w.error, fromCache: false };
    else yield await loader.load(w.path, w.file, w.sha256);
  }
  await loader.close();
}
