// The two long PDFs the PDF benchmarks read, printed once and cached in the temporary folder:
// - officePdf: the text of ../shared/samples/synthetic/a30.txt five times (54 pages), printed by
//   LibreOffice from HTML set like a 公文 (A4, 16 pt Noto Serif CJK, 28 pt leading, 2-character
//   indents): one embedded font shared by all pages, as in real files. (Concatenating PDFs with
//   pdfunite would give every page its own font copy and measure the wrong thing.)
// - chromiumPdf: the long 印发 notice of structure-doc.ts (50 pages), printed by headless Chromium,
//   whose PDFs carry many small Type 3 fonts and tens of thousands of text runs.
// Each returns null when its printer (or the shared samples) is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longDocument } from './structure-doc.ts';

const A30 = fileURLToPath(new URL('../../../shared/samples/synthetic/a30.txt', import.meta.url));

export interface BenchPdf {
  path: string;
  pages: number;
}

function has(cmd: string): boolean {
  return spawnSync('which', [cmd]).status === 0;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageCount(pdf: string): number {
  try {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  } catch {
    return 0; // pdfinfo missing
  }
}

export function officePdf(): BenchPdf | null {
  if (!existsSync(A30) || !has('soffice')) return null;
  const dir = join(tmpdir(), 'beishen-bench-ingest-pdf');
  const html = join(dir, 'a30x5.html');
  const out = join(dir, 'a30x5.pdf');
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const paras = readFileSync(A30, 'utf8').split('\n').filter(Boolean);
    const body = Array.from({ length: 5 }, () => paras.map((p) => `<p>${esc(p)}</p>`).join('\n')).join('\n');
    writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"><style>@page{size:21cm 29.7cm;margin:3.7cm 2.6cm 3.5cm 2.8cm}
p{font-family:"Noto Serif CJK SC";font-size:16pt;line-height:28pt;text-indent:2em;margin:0}</style></head><body>${body}</body></html>`);
    spawnSync('soffice', ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, html], { stdio: 'ignore', timeout: 300_000 });
  }
  return existsSync(out) ? { path: out, pages: pageCount(out) } : null;
}

export function chromiumPdf(): BenchPdf | null {
  const dir = join(tmpdir(), 'beishen-bench-structure');
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, 'long.pdf');
  if (!existsSync(pdf)) {
    const chrome = ['chromium', 'chromium-browser', 'google-chrome'].find(has);
    if (!chrome) return null;
    const html = join(dir, 'long.html');
    const body = longDocument().split('\n').map((l) => `<p>${esc(l) || '&nbsp;'}</p>`).join('\n');
    writeFileSync(html, `<!doctype html><meta charset="utf-8"><style>@page{size:A4;margin:37mm 26mm 35mm 28mm}
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:16pt;line-height:28pt}p{margin:0;text-indent:2em}</style>${body}`);
    spawnSync(chrome, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 120_000 });
    if (!existsSync(pdf)) return null;
  }
  return { path: pdf, pages: pageCount(pdf) };
}
