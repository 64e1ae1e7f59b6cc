// Writes report.json document by document, so a batch of any size never needs the whole report as
// one string. The bytes are exactly those of reports/json.ts (JSON.stringify(report, null, 2) + "\n"):
// indentation is compositional, so each document is stringified alone and indented to its depth.
// test/batch/write-report-json.test.ts checks the equality against renderJson.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DocumentReport, RunReport } from '../model/types.ts';
import { serialiseReport } from './report-digest.ts';

const MARK = '\u0000documents\u0000';
const PLACEHOLDER = JSON.stringify(MARK);

/**
 * `documents`: reports, or reports already serialised with serialiseReport (copied as they are).
 * `target`: a file path, or a stream that stays open (standard output, for -o -).
 */
export async function writeReportJsonStreaming(
  target: string | NodeJS.WritableStream,
  head: Omit<RunReport, 'documents'>,
  documents: AsyncIterable<DocumentReport | string>,
): Promise<void> {
  const out = typeof target === 'string' ? createWriteStream(target) : target;
  const write = async (s: string) => {
    if (!out.write(s)) await once(out as NodeJS.EventEmitter, 'drain');
  };
  const skeleton = JSON.stringify({ ...head, documents: [MARK] }, null, 2);
  const at = skeleton.indexOf(PLACEHOLDER);
  // skeleton around the placeholder: `…"documents": [\n    ` + PLACEHOLDER + `\n  ]\n}`
  const before = skeleton.slice(0, at).replace(/\[\n\s*$/, '[');
  const after = skeleton.slice(at + PLACEHOLDER.length).replace(/^\n\s*\]/, ']');
  let first = true;
  await write(before);
  for await (const doc of documents) {
    const json = typeof doc === 'string' ? doc : serialiseReport(doc);
    await write((first ? '\n    ' : ',\n    ') + json.replace(/\n/g, '\n    '));
    first = false;
  }
  await write(first ? after : '\n  ' + after);
  await write('\n');
  if (typeof target !== 'string') return;
  out.end();
  await once(out as NodeJS.EventEmitter, 'close');
}
