// Build an IngestResult from paragraphs: the text is the paragraphs joined by "\n", with one
// span per paragraph so that findings can point back to a page and paragraph. Shared by the
// .doc/.wps, OFD, HTML and OCR adapters. Each paragraph is normalised (normalize.ts: invisibles,
// full-width alphanumerics, radicals from PDF-derived fonts, traditional → simplified decided once
// for the document) so these formats give the same clean text as Word and PDF.
import type { DocFormat, IngestResult, TextSpan } from '../model/types.ts';
import { normalize } from '../text/normalize.ts';
import { looksTraditional } from '../text/traditional.ts';

export interface Para {
  text: string;
  page?: number;
  kind?: TextSpan['kind'];
}

/** Collapses runs of blanks inside a paragraph and drops empty paragraphs. */
export function cleanParagraph(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\u00a0\u3000]+$/g, '')
    .replace(/^[ \t\u00a0\u3000]+/g, '')
    .replace(/[ \t\u00a0]{2,}/g, ' ');
}

export function buildResult(format: DocFormat, paras: Para[], extra: Partial<IngestResult> = {}): IngestResult {
  const spans: TextSpan[] = [];
  const parts: string[] = [];
  let pos = 0;
  let index = 0;
  const traditional = looksTraditional(paras.map((p) => p.text).join('\n'));
  for (const p of paras) {
    const t = cleanParagraph(normalize(p.text, { traditional }).text);
    if (!t) continue;
    if (parts.length) pos += 1; // the "\n" separator
    const span: TextSpan = { start: pos, end: pos + t.length, paragraph: index++ };
    if (p.page !== undefined) span.page = p.page;
    if (p.kind) span.kind = p.kind;
    spans.push(span);
    parts.push(t);
    pos += t.length;
  }
  const text = parts.join('\n');
  return {
    format,
    text,
    spans,
    notes: traditional ? ['原文为繁体字，已转换为简体字（含“檔案→文件”“程式→程序”等词语）后检查。'] : [],
    quality: text.trim() ? { status: 'ok' } : { status: 'no-text', reason: '文件中没有可提取的文字。' },
    ...extra,
  };
}
