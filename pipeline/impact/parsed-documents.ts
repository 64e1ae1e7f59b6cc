// The parsed documents of an archive, for commands that read documents without checking them again
// (impact): from the parse cache an earlier `check` filled, keyed as check keys it (content hash, file
// extension, the parsing code's fingerprint), so a 10,000-document archive needs no re-parse. Input is
// a report.json (its paths and hashes: the files are read only on a cache miss) or files and folders.
// A miss is parsed here and stored, so the next run finds it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { ResultCache } from '../batch/cache.ts';
import { computeFingerprints, parseKey } from '../batch/cache-keys.ts';
import { collectFiles } from '../batch/collect-files.ts';
import { parseBuffer, type ParsedDocument } from '../engine/check-document.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
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
      for (const f of await collectFiles([input])) out.push({ path: f.display, file: f.absolute });
    }
  }
  return out;
}

type CachedParse = { parsed: ParsedDocument };

export async function* parsedDocuments(inputs: string[], opts: ParsedSourceOptions): AsyncGenerator<ParsedEntry> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ingest = { maxBytes };
  const cache = opts.cacheDir ? await ResultCache.open(opts.cacheDir) : null;
  // The same ingest options as `check` passes, so the keys are the ones check wrote.
  const fp = cache ? (await computeFingerprints({ ingest }, '', '')).parse : '';
  for (const w of await wantedOf(inputs)) {
    if (w.error) {
      yield { path: w.path, sha256: w.sha256 ?? '', error: w.error, fromCache: false };
      continue;
    }
    const ext = extname(w.path).toLowerCase();
    if (cache && w.sha256) {
      const hit = await cache.get<CachedParse>('parse', parseKey({ parse: fp, report: '', rules: '' }, w.sha256, ext));
      if (hit) {
        yield { path: w.path, sha256: w.sha256, parsed: hit.parsed, fromCache: true };
        continue;
      }
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(w.file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { path: w.path, sha256: w.sha256 ?? '', error: code === 'ENOENT' ? `找不到文件 ${w.file}` : `无法读取：${(e as Error).message}`, fromCache: false };
      continue;
    }
    if (bytes.length > maxBytes) {
      yield { path: w.path, sha256: '', error: `文件超过大小上限（${Math.round(maxBytes / 1024 / 1024)}MB）`, fromCache: false };
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = parseKey({ parse: fp, report: '', rules: '' }, sha256, ext);
    const hit = cache && sha256 !== w.sha256 ? await cache.get<CachedParse>('parse', key) : undefined;
    if (hit) {
      yield { path: w.path, sha256, parsed: hit.parsed, fromCache: true };
      continue;
    }
    try {
      const parsed = await parseBuffer(bytes, w.path, ingest);
      if (cache) await cache.store('parse', key, { parsed } satisfies CachedParse);
      yield { path: w.path, sha256, parsed, fromCache: false };
    } catch (e) {
      yield { path: w.path, sha256, error: e instanceof DocumentError ? e.message : `处理本文件时发生内部错误：${(e as Error).message}`, fromCache: false };
    }
  }
  await cache?.flush?.();
}
