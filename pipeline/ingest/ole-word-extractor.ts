// The pure-JS path for .doc and Kingsoft .wps: word-extractor reads the Word 97 binary
// format (both write it) including Chinese text, in a few milliseconds. It loses Word's
// automatic numbering (list labels are not stored as text), which the LibreOffice path keeps.
import WordExtractor from 'word-extractor';
import { DocumentError, type IngestResult } from '../model/types.ts';
import { buildResult, type Para } from './paragraphs.ts';

const RAW = { filterUnicode: false }; // keep “” and ‘’ as they are: they matter in Chinese text

/** Header/footer lines that are only page numbers ("- 1 -", "-- 2 --", "第 3 页") carry nothing. */
function isPageNumber(line: string): boolean {
  return /^[\s\-–—－]*(第\s*)?[1-9]\d{0,3}\s*(页)?[\s\-–—－]*$/.test(line) || /^[\s\-–—－]*\d+\s*\/\s*\d+[\s\-–—－]*$/.test(line);
}

function lines(s: string): string[] {
  // Word marks: \r paragraph, \x07 cell/row end, \x0b line break, \x0c page/section break.
  return s.split(/[\r\n\u0007\u000b\u000c]+/).map((l) => l.trim()).filter(Boolean);
}

export async function extractOleText(buf: Buffer, format: 'doc' | 'wps'): Promise<IngestResult> {
  let doc;
  try {
    doc = await new WordExtractor().extract(buf);
  } catch (e) {
    throw new DocumentError('damaged', `无法读取 ${format === 'wps' ? 'WPS' : 'Word'} 文件（文件可能已损坏）：${(e as Error).message}`);
  }
  const paras: Para[] = [];
  // 份号、密级、紧急程度 sometimes sit in the page header of a template; on paper (and in the
  // PDF/OFD exports) they head the first page, so they head the text here too.
  const header = lines(doc.getHeaders({ ...RAW, includeFooters: false })).filter((l) => !isPageNumber(l));
  for (const l of header) paras.push({ text: l });
  // Tabs separate table cells in word-extractor's output; keep them as single spaces.
  for (const l of lines(doc.getBody(RAW))) paras.push({ text: l.replace(/\t+/g, ' ') });
  for (const l of lines(doc.getTextboxes({ ...RAW, includeHeadersAndFooters: false }))) paras.push({ text: l, kind: 'textbox' });
  for (const l of lines(doc.getFootnotes(RAW) + '\n' + doc.getEndnotes(RAW))) paras.push({ text: l, kind: 'footnote' });
  const result = buildResult(format, paras);
  if (header.length) result.notes.push(`页眉文字已放在正文之前：${header.join(' ').slice(0, 200)}`);
  return result;
}
