// The .docx path, phase by phase (issue 15): CPU milliseconds per small .docx in one thread, after
// a warm-up — reading the ZIP and inflating document.xml, the rest of ingest (XML tokenising,
// numbering, paragraphs, normalisation), structure, the rules (with related upper-law articles), and
// serialising the report. Target: a small .docx (5–40 articles) in a few milliseconds of CPU, ≤ 5 ms
// for ingest + structure + rules.
// Documents: the .docx half of ../shared/bench/make_bench_corpus.py's batch when batch.bench.ts has
// generated it, else 200 documents written with the `docx` package. BENCH_DOCX=<folder> picks others.
// Run: node bin/run-ts.mjs test/bench/docx.bench.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDocxZip } from '../../pipeline/ingest/docx-zip.ts';
import { ingestDocx } from '../../pipeline/ingest/docx.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { createCheckEnv } from '../../pipeline/engine/check-env.ts';
import { checkParsed, type ParsedDocument } from '../../pipeline/engine/check-document.ts';
import { serialiseReport } from '../../pipeline/batch/report-digest.ts';
import type { IngestResult } from '../../pipeline/model/types.ts';
import { docxFromText, normativeText } from '../batch/fixtures.ts';

const TARGET_MS = 5;

async function documents(): Promise<{ from: string; files: Buffer[] }> {
  const dir = process.env.BENCH_DOCX ?? join(tmpdir(), 'beishen-bench-shared-1000-seed7');
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort().map((f) => readFileSync(join(dir, f)));
    if (files.length) return { from: dir, files };
  }
  const files: Buffer[] = [];
  for (let i = 0; i < 200; i++) files.push(await docxFromText(normativeText(i, 5 + ((i * 7) % 36))));
  return { from: 'test/batch/fixtures.ts（docx 包生成）', files };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms per document of fn over all inputs, after a warm-up over the first 20. */
function perDoc<T>(inputs: T[], fn: (x: T) => unknown): number {
  for (const x of inputs.slice(0, 20)) fn(x);
  const c0 = cpuMs();
  for (const x of inputs) fn(x);
  return (cpuMs() - c0) / inputs.length;
}

async function main(): Promise<void> {
  const { from, files } = await documents();
  const env = await createCheckEnv({});
  const ingested: IngestResult[] = [];
  for (const b of files) ingested.push(await ingestDocx(b, {}));
  const parsed: ParsedDocument[] = ingested.map((i) => ({ format: 'docx', ingest: i, doc: structureDocument(i) }));
  const reports = parsed.map((p) => checkParsed(p, env, 'bench.docx', ''));

  // ingestDocx is async only in its signature: its work is synchronous, so CPU time per call is exact.
  const zip = perDoc(files, (b) => openDocxZip(b).get('word/document.xml'));
  const ingest = perDoc(files, (b) => void ingestDocx(b, {}));
  const structure = perDoc(ingested, (i) => structureDocument(i));
  const rules = perDoc(parsed, (p) => checkParsed(p, env, 'bench.docx', ''));
  const serialise = perDoc(reports, (r) => serialiseReport(r));
  const total = ingest + structure + rules;
  const chars = ingested.reduce((n, i) => n + i.text.length, 0) / ingested.length;
  console.log(`.docx 各阶段（${files.length} 件，平均 ${Math.round(chars)} 字，来自 ${from}；负载 ${loadavg()[0]!.toFixed(1)}），每件 CPU 毫秒：`);
  console.log(`  读 ZIP + 解压 document.xml   ${zip.toFixed(2)}`);
  console.log(`  ingest（含上项；XML、编号、段落、规范化） ${ingest.toFixed(2)}`);
  console.log(`  structure                    ${structure.toFixed(2)}`);
  console.log(`  规则（含相关上位法条文检索）  ${rules.toFixed(2)}`);
  console.log(`  报告序列化                    ${serialise.toFixed(2)}`);
  const ok = total <= TARGET_MS;
  console.log(`  ingest + structure + 规则    ${total.toFixed(2)}（目标 ≤ ${TARGET_MS}）${ok ? '达到' : '未达到'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
