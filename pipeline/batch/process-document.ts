// The work done for one document inside a worker: parse (or reuse the cached parse), check,
// store both in the cache. The bytes were read and hashed by the main thread.
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkParsed, failedReport, parseBuffer, type ParsedDocument } from '../engine/check-document.ts';
import type { CheckEnv, CheckOptions } from '../engine/check-env.ts';
import { DocumentError, emptyMeta, type DocumentReport, type Finding } from '../model/types.ts';
import { findingAt, placeCount, placesOf } from '../model/places.ts';
import type { ResultCache } from './cache.ts';
import { digestOf, serialiseReport, type ReportDigest } from './report-digest.ts';
import type { SpillRecord, SpillWriter } from './spill.ts';
import { derivedKey, parseKey, reportKey, type CacheFingerprints } from './cache-keys.ts';
import { crossDigest, DIGEST_NAME, type CrossDigest } from '../crossdoc/run-crossdoc.ts';

/**
 * "check" is the real run; "extract" stops after text extraction (the benchmark's baseline);
 * "parse" returns the parsed document itself (`beishen inspect`, under the same guards as check).
 */
export type BatchStage = 'check' | 'extract' | 'parse';

export interface DocumentTask {
  bytes: Uint8Array;
  /** Display path: for the extension tie-break in format sniffing and in messages (never the absolute path, so reports do not depend on where the batch lives). */
  name: string;
  display: string;
  sha256: string;
}

export interface DocumentOutcome {
  report: DocumentReport;
  /** The parse came from the cache. */
  parseCached: boolean;
  parseMs: number;
  checkMs: number;
  /** serialiseReport(report), when it was already made (for the cache). */
  json?: string;
  /** What the batch's cross-document comparison needs of the document, made while its parse is at hand. */
  cross?: CrossDigest;
}

/**
 * What a worker sends back: the report already serialised, as report.json will hold it (a string
 * crosses threads as one copy where an object graph is cloned field by field, and the main thread
 * writes it out without parsing and serialising it again), its digest, and the figures.
 */
export interface DocumentResult extends Omit<DocumentOutcome, 'report' | 'json' | 'cross'> {
  /** The report as JSON text, unless it was written to the spill (then `rec` says where). */
  json?: string;
  rec?: SpillRecord;
  digest: ReportDigest;
  /** The document's CrossRecord as JSON text, or where it was written in the spill. */
  crossJson?: string;
  crossRec?: SpillRecord;
}

/**
 * What the batch's cross-document comparison reads of a document the worker checked: its digest, and the
 * report's meta beside it, so that the main process need not read and parse every whole report for it.
 */
export interface CrossRecord {
  meta: DocumentReport['meta'];
  digest: CrossDigest;
}

export function toResult({ report, json, cross, ...rest }: DocumentOutcome, spill?: SpillWriter): DocumentResult {
  const text = json ?? serialiseReport(report);
  const crossText = cross ? JSON.stringify({ meta: report.meta, digest: cross } satisfies CrossRecord) : undefined;
  // Written here, the report never crosses to the main process: it stays flat in memory however
  // many documents pass through it, and the channel carries a few numbers per document.
  if (spill) return { ...rest, rec: spill.append(text), digest: digestOf(report), ...(crossText ? { crossRec: spill.append(crossText) } : {}) };
  return { ...rest, json: text, digest: digestOf(report), ...(crossText ? { crossJson: crossText } : {}) };
}

export interface ProcessContext {
  options: CheckOptions;
  /** Rules and corpus: only the "check" stage has them. */
  env: CheckEnv | null;
  cache: ResultCache | null;
  fingerprints: CacheFingerprints;
  stage: BatchStage;
  /** What goes into the cache: a run's own cache holds only what the run reads back. */
  store: CacheStores;
  /** The batch compares its documents (two or more): each report goes back with its cross-document digest. */
  crossDigests: boolean;
}

export interface CacheStores {
  reports: boolean;
  parses: boolean;
}

/** A parse entry names the bytes it was made from: an entry that is not about these bytes is not used. */
type CachedParse = { sha256: string; parsed: ParsedDocument };

export async function processDocument(task: DocumentTask, ctx: ProcessContext): Promise<DocumentOutcome> {
  const buf = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  if (ctx.stage === 'extract') return extractOnly(buf, task, ctx);
  if (ctx.stage === 'parse') return parseOnly(buf, task, ctx);
  const env = ctx.env!;
  const t0 = performance.now();
  const pKey = parseKey(ctx.fingerprints, task.sha256, extname(task.name).toLowerCase());
  let cached = ctx.cache ? await ctx.cache.get<CachedParse>('parse', pKey) : undefined;
  if (cached && cached.sha256 !== task.sha256) cached = undefined;
  const parseCached = cached !== undefined;
  if (!cached) {
    try {
      cached = { sha256: task.sha256, parsed: await parseBuffer(buf, task.name, ctx.options.ingest) };
    } catch (e) {
      const report = failedReport(task.display, task.sha256, 'unknown', e);
      // Only the document's own faults are deterministic; internal errors may be ours and are retried
      // next run. The failure goes to the report cache only (keyed by path: its message may name the file).
      if (e instanceof DocumentError && ctx.cache && ctx.store.reports) {
        await ctx.cache.store('report', reportKey(ctx.fingerprints, task.sha256, task.display), report);
      }
      return { report, parseCached, parseMs: performance.now() - t0, checkMs: 0 };
    }
    if (ctx.cache && ctx.store.parses) await ctx.cache.store('parse', pKey, cached);
  }
  // The cross-document digest goes back with the report (through the spill); a lasting cache keeps it
  // too (ParsedLoader.derived's key), for later runs that answer the report from the cache.
  const keep = !parseCached && ctx.cache !== null && ctx.store.reports;
  const cross = ctx.crossDigests || keep ? crossDigest(cached.parsed) : undefined;
  if (keep && cross) await ctx.cache!.store('derived', derivedKey(DIGEST_NAME, pKey), { value: cross });
  const t1 = performance.now();
  // Every rule runs again on a cached parse: a cache of each rule's own results, re-running only the
  // rules that changed, was measured slower than this on the 1,000-document benchmark (README).
  const report = capFindings(checkParsed(cached.parsed, env, task.display, task.sha256));
  let json: string | undefined;
  if (ctx.cache && ctx.store.reports && report.error?.code !== 'internal-error') {
    json = serialiseReport(report);
    await ctx.cache.storeJson('report', reportKey(ctx.fingerprints, task.sha256, task.display), json);
  }
  return { report, parseCached, parseMs: t1 - t0, checkMs: performance.now() - t1, json, ...(ctx.crossDigests && cross ? { cross } : {}) };
}

/**
 * A document that yields thousands of findings is not being reviewed any more but amplified (a
 * bomb, a generated file): the report keeps the first MAX_PLACES_PER_DOCUMENT places, says how many there
 * were, and stays a size a reviewer can open. Places, not findings: a problem repeated in every article
 * is one finding (Finding.alsoAt) that would otherwise carry them all.
 */
export const MAX_PLACES_PER_DOCUMENT = 1000;

function capFindings(report: DocumentReport): DocumentReport {
  const n = report.findings.reduce((k, f) => k + placeCount(f), 0);
  if (n <= MAX_PLACES_PER_DOCUMENT) return report;
  const findings: Finding[] = [];
  let left = MAX_PLACES_PER_DOCUMENT;
  for (const f of report.findings) {
    if (left <= 0) break;
    const kept = findingAt(f, placesOf(f).slice(0, left))!;
    findings.push(kept);
    left -= placeCount(kept);
  }
  return {
    ...report,
    findings,
    notes: [...(report.notes ?? []), `本文件的问题共有 ${n} 处，数量异常（文件可能是生成的或异常庞大），报告只列出前 ${MAX_PLACES_PER_DOCUMENT} 处。`],
  };
}

async function extractOnly(buf: Buffer, task: DocumentTask, ctx: ProcessContext): Promise<DocumentOutcome> {
  const [{ ingestBuffer }, { sniffFormat }] = await Promise.all([import('../ingest/index.ts'), import('../ingest/sniff.ts')]);
  const t0 = performance.now();
  const format = sniffFormat(buf, task.name);
  let report: DocumentReport = { path: task.display, sha256: task.sha256, format, status: 'ok', meta: emptyMeta(), findings: [] };
  try {
    await ingestBuffer(buf, task.name, format, ctx.options.ingest);
  } catch (e) {
    report = failedReport(task.display, task.sha256, format, e);
  }
  return { report, parseCached: false, parseMs: performance.now() - t0, checkMs: 0 };
}

/** The parsed document as JSON in `json` ({parsed} or, for the document's own faults, {error}); the report is a stub. */
async function parseOnly(buf: Buffer, task: DocumentTask, ctx: ProcessContext): Promise<DocumentOutcome> {
  const t0 = performance.now();
  let report: DocumentReport = { path: task.display, sha256: task.sha256, format: 'unknown', status: 'ok', meta: emptyMeta(), findings: [] };
  let json: string;
  try {
    const parsed = await parseBuffer(buf, task.name, ctx.options.ingest);
    report = { ...report, format: parsed.format, meta: parsed.doc.meta };
    json = JSON.stringify({ parsed });
  } catch (e) {
    report = failedReport(task.display, task.sha256, 'unknown', e);
    json = JSON.stringify({ error: { ...report.error, status: report.status } });
  }
  return { report, parseCached: false, parseMs: performance.now() - t0, checkMs: 0, json };
}
