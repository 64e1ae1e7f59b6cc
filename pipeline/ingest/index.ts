// Ingest: bytes in, extracted text with source positions out. The format is decided by the
// bytes (sniff.ts), never by the extension alone; each format has its own adapter module.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DocumentError, type DocFormat, type IngestResult } from '../model/types.ts';
import { sniffFormat } from './sniff.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';

export interface IngestOptions {
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
  ocr?: 'auto' | 'always' | 'never';
}

export interface IngestedFile {
  sha256: string;
  bytes: number;
  format: DocFormat;
  ingest: IngestResult;
}

/** Reads a file and extracts its text. Throws DocumentError for the document's own faults. */
export async function ingestFile(path: string, opts: IngestOptions = {}): Promise<IngestedFile> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new DocumentError('unreadable', `无法读取文件：${(e as Error).message}`);
  }
  if (size > max) throw new DocumentError('too-large', `文件大小 ${size} 字节，超过上限 ${max} 字节，未检查。`);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new DocumentError('unreadable', `无法读取文件：${(e as Error).message}`);
  }
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const format = sniffFormat(buf, path);
  const ingest = await ingestBuffer(buf, path, format, opts);
  return { sha256, bytes: buf.length, format, ingest };
}

export async function ingestBuffer(buf: Buffer, name: string, format: DocFormat, opts: IngestOptions = {}): Promise<IngestResult> {
  if (buf.length === 0) throw new DocumentError('empty-file', '文件为空（0 字节），无内容可检查。');
  switch (format) {
    case 'docx': return (await import('./docx.ts')).ingestDocx(buf, opts);
    case 'pdf': return (await import('./pdf.ts')).ingestPdf(buf, opts);
    case 'txt': case 'md': return (await import('./text.ts')).ingestText(buf, format);
    case 'doc': case 'wps': return (await import('./ole.ts')).ingestOle(buf, format, opts);
    case 'ofd': return (await import('./ofd.ts')).ingestOfd(buf, opts);
    case 'html': return (await import('./html.ts')).ingestHtml(buf, opts);
    default: {
      const why = (await import('./sniff.ts')).sniffDetail(buf, name).detail;
      throw new DocumentError('unsupported-format', `不支持的文件格式（${name}）${why ? `：${why}` : ''}。目前支持 .docx、.doc、.wps、.pdf、.ofd、.html/.mht、.txt、.md。`, 'unsupported');
    }
  }
}
