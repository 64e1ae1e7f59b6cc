// Decide a file's real format from its bytes; the extension only breaks ties between
// plain-text flavours (txt vs md), which have no magic number. Offices rename files freely:
// a .docx saved as .pdf, an HTML page saved as .doc, a Kingsoft .wps that is an OLE2 Word file.
import { extname } from 'node:path';
import iconv from 'iconv-lite';
import { unzipSync } from 'fflate';
import type { DocFormat } from '../model/types.ts';
import { classifyOle } from './ole-classify.ts';
import { invalidUtf8Bytes } from '../text/utf8.ts';

export { isValidUtf8 } from '../text/utf8.ts';

export interface SniffResult {
  format: DocFormat;
  /** Why the format is 'unknown' or what is special about it (Chinese, for the reviewer). */
  detail?: string;
}

export function sniffFormat(buf: Buffer, name: string): DocFormat {
  return sniffDetail(buf, name).format;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffDetail(buf: Buffer, name: string): SniffResult {
  const ext = extname(name).toLowerCase().slice(1);
  // PDF readers accept the header anywhere in the first 1024 bytes (some generators prepend junk).
  if (buf.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return { format: 'pdf' };
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) return sniffZip(buf, ext);
  if (buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b)) return classifyOle(buf);
  const head = decodeHead(buf);
  if (head !== null) {
    const h = head.replace(/^\uFEFF/, '').trimStart();
    if (/^\{\\rtf/i.test(h)) return { format: 'unknown', detail: 'RTF 格式（富文本），目前不支持；请另存为 .docx 后再检查。' };
    if (isMht(h)) return { format: 'html', detail: 'mht' };
    if (isHtml(h)) return { format: 'html' };
  }
  if (looksLikeText(buf)) {
    if ((ext === 'tsv' || ext === 'csv') && head !== null && isDelimitedTable(head, ext === 'tsv' ? '\t' : ',')) {
      // A data table (a list of sources, a spreadsheet export) is not a 公文, like an Excel file.
      return { format: 'unknown', detail: `${ext === 'tsv' ? '制表符' : '逗号'}分隔的数据表（.${ext}），不是公文文本；未检查。` };
    }
    return { format: ext === 'md' || ext === 'markdown' ? 'md' : 'txt' };
  }
  return { format: 'unknown', detail: '无法识别的文件内容（不是 Word、WPS、PDF、OFD、网页或文本文件）。' };
}

/** Most lines split into the same number (≥ 2) of fields by `sep`: a data table, not prose. */
function isDelimitedTable(head: string, sep: string): boolean {
  const lines = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 50);
  if (lines.length < 2) return false;
  const counts = lines.map((l) => l.split(sep).length);
  const first = counts[0]!;
  return first >= 2 && counts.filter((c) => c === first).length >= 0.8 * counts.length;
}

function sniffZip(buf: Buffer, ext: string): SniffResult {
  const names: string[] = [];
  try {
    // The filter sees every entry name and decompresses nothing.
    unzipSync(buf, { filter: (f) => { names.push(f.name); return false; } });
  } catch {
    // A damaged archive: let the adapter the extension suggests report the damage in detail.
    const latin = buf.toString('latin1');
    if (latin.includes('word/document.xml')) return { format: 'docx' };
    if (/(^|\/)ofd\.xml/i.test(latin)) return { format: 'ofd' };
    if (ext === 'docx' || ext === 'ofd') return { format: ext };
    return { format: 'unknown', detail: 'ZIP 压缩包已损坏，无法读取其中的文件。' };
  }
  const lower = names.map((n) => n.replace(/^\/+/, '').toLowerCase());
  if (lower.includes('word/document.xml')) return { format: 'docx' };
  if (lower.includes('ofd.xml')) return { format: 'ofd' };
  if (lower.includes('content.xml') && lower.includes('mimetype')) {
    return { format: 'unknown', detail: 'OpenDocument（.odt 等）格式，目前不支持；请另存为 .docx 后再检查。' };
  }
  if (lower.some((n) => n.startsWith('xl/')) || lower.some((n) => n.startsWith('ppt/'))) {
    return { format: 'unknown', detail: 'Excel 或 PowerPoint 文件，不是公文文本；未检查。' };
  }
  return { format: 'unknown', detail: 'ZIP 压缩包中没有 Word 文档或 OFD 文档，未检查。' };
}

/** How many damaged bytes a text of n bytes may have and still be read as UTF-8 text. */
export function fewBadBytes(n: number): number {
  return Math.max(3, Math.floor(n * 0.001));
}

/** The first 4 KiB as text, or null when it cannot be text (NULs outside UTF-16). */
function decodeHead(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return iconv.decode(head, head[0] === 0xff ? 'utf16le' : 'utf16be');
  }
  if (head.includes(0)) return null;
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return head.subarray(bom).toString('latin1');
}

function isMht(h: string): boolean {
  const top = h.slice(0, 4096).toLowerCase();
  return /^(mime-version:|from:|subject:|date:|content-type:|x-)/.test(top)
    && top.includes('mime-version:') && /multipart\/related/.test(top);
}

function isHtml(h: string): boolean {
  const top = h.slice(0, 2048).toLowerCase();
  if (/^<!doctype\s+html/.test(top) || /^<html[\s>]/.test(top)) return true;
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/.test(top)) return true;
  // Fragments saved by portals: a <meta … charset> or <head>/<body> near the top of a markup file.
  return top.startsWith('<') && (/<meta[^>]+charset/.test(top) || /<(head|body)[\s>]/.test(top));
}

/**
 * Plain text: UTF-16 with BOM, UTF-8, or GB18030 that decodes to mostly CJK and ASCII. A little
 * damage — a NUL or two, a handful of bytes that are not UTF-8 in a UTF-8 notice — is still text
 * (text.ts reads it and says so); a binary file has far more.
 */
function looksLikeText(buf: Buffer): boolean {
  const sample = buf.subarray(0, 64 * 1024);
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) return true;
  // Control bytes other than tab/newline/CR/form-feed/ESC are not text.
  let ctrl = 0;
  let nul = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
    if (b === 0) nul++;
  }
  if (ctrl > sample.length * 0.01 || nul > Math.max(2, sample.length * 0.001)) return false;
  if (invalidUtf8Bytes(sample, sample.length < buf.length) <= fewBadBytes(sample.length)) return true;
  const s = iconv.decode(sample, 'gb18030');
  let good = 0;
  let bad = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
    else if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) good++;
  }
  return bad <= Math.max(2, s.length * 0.002) && good >= s.length * 0.9;
}

