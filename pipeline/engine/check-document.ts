// One document through every stage: ingest → structure → rules. A failure that is the
// document's fault becomes a status with a Chinese reason; the batch always goes on.
// The stages are also exported separately (parseBuffer, checkParsed) so the batch engine can
// cache the parse result and re-run only the rules when the rule set changes.
import { DocumentError, emptyMeta, type DocFormat, type Finding, type DocumentReport, type IngestResult, type StructuredDocument } from '../model/types.ts';
import type { IngestOptions } from '../ingest/index.ts';
import type { CheckEnv } from './check-env.ts';
import type { AnalysisInput } from '../rules/ruleset.ts';

/** Ingest + structure of one document: plain data, independent of the rule set (cacheable). */
export interface ParsedDocument {
  format: DocFormat;
  ingest: IngestResult;
  doc: StructuredDocument;
}

// Reading and structuring are imported on first use: a worker that re-checks cached parses after a
// rule change never needs them, and loading them would only slow its start (and, meanwhile, the
// main thread's, on a machine with as many workers as cores).
const readers = () => Promise.all([import('../ingest/index.ts'), import('../ingest/sniff.ts'), import('../structure/index.ts')]);

/** Loads the readers ahead of the first document (a worker waiting for its settings). */
export async function loadReaders(): Promise<void> {
  await readers();
}

export async function checkDocument(path: string, env: CheckEnv, displayPath = path): Promise<DocumentReport> {
  let file;
  try {
    const [{ ingestFile }, , { structureDocument }] = await readers();
    file = await ingestFile(path, env.options.ingest);
    const parsed = { format: file.format, ingest: file.ingest, doc: structureDocument(file.ingest) };
    return checkParsed(parsed, env, displayPath, file.sha256);
  } catch (e) {
    return failedReport(displayPath, file?.sha256 ?? '', file?.format ?? 'unknown', e);
  }
}

/** Bytes already read (and hashed) by the caller → parsed document. Throws DocumentError for the document's faults. */
export async function parseBuffer(buf: Buffer, name: string, opts: IngestOptions = {}): Promise<ParsedDocument> {
  const [{ ingestBuffer }, { sniffFormat }, { structureDocument }] = await readers();
  const format = sniffFormat(buf, name);
  try {
    const ingest = await ingestBuffer(buf, name, format, opts);
    return { format, ingest, doc: structureDocument(ingest) };
  } catch (e) {
    // Keep the sniffed format on the error so the report says what the file really is.
    if (e && typeof e === 'object') (e as { format?: DocFormat }).format = format;
    throw e;
  }
}

/** Runs the rules on a parsed document. Never throws: errors become the document's status.
 *  `findings` replaces env.ruleSet.check (the batch engine's per-rule cache). */
export function checkParsed(
  parsed: ParsedDocument, env: CheckEnv, displayPath: string, sha256: string,
  findings: (input: AnalysisInput) => Finding[] = (input) => env.ruleSet.check(input),
): DocumentReport {
  const { ingest, doc } = parsed;
  const report: DocumentReport = {
    path: displayPath, sha256, format: parsed.format, status: 'ok', meta: doc.meta, findings: [],
  };
  if (ingest.notes.length) report.notes = [...ingest.notes];
  if (ingest.quality.status !== 'ok') {
    report.status = 'no-text';
    report.error = {
      code: ingest.quality.status === 'garbled' ? 'garbled-text' : 'no-text',
      message: ingest.quality.reason ?? (ingest.quality.status === 'garbled'
        ? '提取出的文字为乱码（字体缺少正确的字符映射），不能据此审查。'
        : '文件中没有可提取的文字（可能是扫描件或图片）。'),
    };
    return report;
  }
  const notes: string[] = [];
  try {
    report.findings = findings({
      path: displayPath, text: ingest.text, doc, corpus: env.corpus, segmenter: env.segmenter, profile: env.profile,
      asOf: env.options.asOf ?? null, ...(env.options.today ? { today: env.options.today } : {}), notes,
    });
  } catch (e) {
    return failedReport(displayPath, sha256, parsed.format, e, doc.meta);
  }
  if (notes.length) report.notes = [...(report.notes ?? []), ...notes];
  return report;
}

/** The report of a document that could not be checked; DocumentError keeps its own status and reason. */
export function failedReport(displayPath: string, sha256: string, format: DocFormat, e: unknown, meta = emptyMeta()): DocumentReport {
  const sniffed = (e as { format?: DocFormat } | null)?.format;
  const report: DocumentReport = {
    path: displayPath, sha256, format: sniffed ?? format, status: 'failed', meta, findings: [],
  };
  if (e instanceof DocumentError) {
    report.status = e.status;
    report.error = { code: e.code, message: e.message };
  } else {
    report.error = { code: 'internal-error', message: `处理本文件时发生内部错误：${(e as Error)?.message ?? String(e)}` };
  }
  return report;
}

