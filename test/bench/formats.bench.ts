// Documents per second per format (the .doc/.wps/.ofd/.html adapters and the others through
// ingestFile), and OCR pages per second with one and two tesseract processes.
// Run: node bin/run-ts.mjs test/bench/formats.bench.ts   (needs ../shared/samples)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestBuffer } from '../../pipeline/ingest/index.ts';
import { sniffFormat } from '../../pipeline/ingest/sniff.ts';
import { COUNTY_PAGE, gb2312Page, mhtPage } from '../ingest-formats/fixtures.ts';

const REAL = fileURLToPath(new URL('../../../shared/samples/real/', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

async function rate(label: string, docs: { name: string; buf: Buffer }[], opts = {}): Promise<void> {
  if (!docs.length) return;
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    const d = docs[n % docs.length];
    await ingestBuffer(d.buf, d.name, sniffFormat(d.buf, d.name), opts).catch(() => null);
    n++;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(34)} ${(n / s).toFixed(1).padStart(8)} docs/s  (${n} in ${s.toFixed(1)} s)`);
}

if (process.argv.includes('--ocr-child')) {
  const { ocrPdfPages } = await import('../../pipeline/ingest/ocr.ts');
  const pdf = readFileSync(REAL + 'copilot-help__govcheck_test.pdf');
  const pages = [1, 2, 1, 2];
  const t0 = performance.now();
  await ocrPdfPages(pdf, pages);
  const s = (performance.now() - t0) / 1000;
  console.log(`${(pages.length / s).toFixed(2)} pages/s (${pages.length} pages at 300 dpi in ${s.toFixed(1)} s)`);
  process.exit(0);
}

const html = [
  { name: 'a.html', buf: Buffer.from(COUNTY_PAGE) }, { name: 'b.htm', buf: gb2312Page() }, { name: 'c.mht', buf: mhtPage() },
];
await rate('html/mht (fixtures)', html);
if (!existsSync(REAL)) {
  console.log('../shared/samples/real is absent: only the HTML fixtures were measured.');
  process.exit(0);
}
const files = readdirSync(REAL).filter((f) => f.includes('.') && !f.endsWith('.tsv')).map((name) => ({ name, buf: readFileSync(REAL + name) }));
const by = (ext: string) => files.filter((f) => f.name.endsWith(`.${ext}`));
process.env.BEISHEN_NO_LIBREOFFICE = '1';
await rate('doc (word-extractor)', by('doc'));
await rate('wps (word-extractor)', by('wps'));
await rate('ofd (all samples, OCR off)', by('ofd'), { ocr: 'never' });
await rate('docx', by('docx'));
await rate('pdf (text layer, OCR off)', by('pdf'), { ocr: 'never' });
delete process.env.BEISHEN_NO_LIBREOFFICE;
const { findSoffice } = await import('../../pipeline/ingest/ole-libreoffice.ts');
if (findSoffice()) await rate('doc+wps via LibreOffice', [...by('doc'), ...by('wps')]);

const { ocrAvailable } = await import('../../pipeline/ingest/ocr.ts');
if (await ocrAvailable()) {
  // OCR jobs are fixed when ocr.ts loads; run each setting in a child process.
  const { execFileSync } = await import('node:child_process');
  for (const jobs of [1, 2]) {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url)), fileURLToPath(import.meta.url), '--ocr-child'], {
      env: { ...process.env, BEISHEN_OCR_JOBS: String(jobs) },
    }).toString();
    console.log(`OCR, ${jobs} process(es)`.padEnd(34), out.trim());
  }
} else console.log('OCR: tesseract with chi_sim not installed — not measured.');

