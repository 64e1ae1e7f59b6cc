// Decide a file's real format from its first bytes; the extension only breaks ties
// (plain text has no magic number).
import { extname } from 'node:path';
import type { DocFormat } from '../model/types.ts';

export function sniffFormat(buf: Buffer, name: string): DocFormat {
  const ext = extname(name).toLowerCase().slice(1);
  if (buf.length >= 5 && buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    // ZIP container: Word (word/document.xml) or OFD (OFD.xml). Look at the central directory names.
    const head = buf.toString('latin1');
    if (head.includes('word/document.xml') || head.includes('[Content_Types].xml')) return 'docx';
    if (/ofd\.xml/i.test(head)) return 'ofd';
    return ext === 'docx' ? 'docx' : 'unknown';
  }
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) {
    return ext === 'wps' ? 'wps' : 'doc';
  }
  if (ext === 'txt' || ext === 'md') return ext;
  if (ext === 'html' || ext === 'htm') return 'html';
  return 'unknown';
}
