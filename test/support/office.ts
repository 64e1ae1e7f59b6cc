// Office tools the rendering tests read their output back with: LibreOffice (convert a .docx to PDF or
// ODT) and poppler's pdftotext. Tests that need them skip with a message saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice, findSoffice } from '../../pipeline/ingest/ole-libreoffice.ts';

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

export const HAS_SOFFICE = findSoffice() !== null;
export const HAS_PDFTOTEXT = has('pdftotext', ['-v']);
export const HAS_OFFICE = HAS_SOFFICE && HAS_PDFTOTEXT;
/** LibreOffice Calc (libreoffice-calc-nogui), for opening spreadsheets. */
export const HAS_CALC = HAS_SOFFICE && existsSync('/usr/lib/libreoffice/program/libsclo.so');
if (HAS_SOFFICE && !HAS_CALC) {
  process.stderr.write('\n*** 跳过表格测试：需要 LibreOffice Calc（apt-get install libreoffice-calc-nogui；CI 由 .ci/run 安装） ***\n\n');
}
if (!HAS_OFFICE) {
  process.stderr.write('\n*** 跳过文档渲染测试：需要 LibreOffice 和 pdftotext（apt-get install libreoffice-writer-nogui poppler-utils；CI 由 .ci/run 安装） ***\n\n');
}

export function docxToPdf(docx: Uint8Array): Promise<Buffer> {
  return convertWithLibreOffice(docx, 'docx', 'pdf', 'pdf');
}

/** The text of each page of a PDF, as pdftotext reads it (pages split at form feeds). */
export function pdfPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'beishen-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace-free text, for comparing a quote with text that a layout wrapped into lines. */
export const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
