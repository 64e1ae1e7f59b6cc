// One document parsed (ingest + structure) under the same guards as `beishen check`: only a regular
// file, read up to --max-size; parsed in a worker process with the time and memory limits, so a
// hostile file can neither hang `beishen inspect` nor take its memory. For inspect.
import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../engine/check-document.ts';
import { DocumentError } from '../model/types.ts';
import { collectFiles, InputNotFoundError } from './collect-files.ts';
import { readBounded } from './read-input.ts';
import { failedInPool } from './run-batch.ts';
import { WorkerPool } from './worker-pool.ts';

export interface Guards {
  timeoutMs: number;
  maxBytes: number;
  maxMemoryMb: number;
}

export type GuardedParse =
  | { ok: true; parsed: ParsedDocument; sha256: string }
  | { ok: false; error: { code: string; message: string; status: string } };

const fail = (e: DocumentError): GuardedParse => ({ ok: false, error: { code: e.code, message: e.message, status: e.status } });

export async function parseGuarded(path: string, guards: Guards): Promise<GuardedParse> {
  let file;
  try {
    file = (await collectFiles([path])).files[0]!;
  } catch (e) {
    if (e instanceof InputNotFoundError) return fail(new DocumentError('unreadable', '无法读取：文件不存在。'));
    throw e;
  }
  if (file.problem) return fail(new DocumentError(file.problem.code, file.problem.message));
  let bytes: Buffer;
  try {
    bytes = readBounded(file.absolute, guards.maxBytes);
  } catch (e) {
    if (e instanceof DocumentError) return fail(e);
    return fail(new DocumentError('unreadable', `无法读取文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。`));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const pool = new WorkerPool({
    size: 1, timeoutMs: guards.timeoutMs, maxOldGenerationSizeMb: guards.maxMemoryMb,
    init: { options: { ingest: { maxBytes: guards.maxBytes } }, cacheDir: null, fingerprints: { parse: '', report: '' }, stage: 'parse' },
  });
  try {
    const r = await pool.run({ bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name: file.display, display: file.display, sha256 });
    if (r.kind === 'done') {
      const out = JSON.parse(r.outcome.json!) as { parsed?: ParsedDocument; error?: { code: string; message: string; status: string } };
      return out.parsed ? { ok: true, parsed: out.parsed, sha256 } : { ok: false, error: out.error! };
    }
    const stats = { timedOut: 0, crashed: 0 };
    const report = failedInPool(r, file.display, sha256, 'unknown', guards.timeoutMs, guards.maxMemoryMb, stats as never);
    return { ok: false, error: { code: report.error!.code, message: report.error!.message, status: report.status } };
  } finally {
    await pool.close();
  }
}
