// Bytes of a saved web page → HTML string. Government portals still serve GB2312/GBK; pages
// saved as .mht (MIME multipart/related) wrap the HTML in quoted-printable or base64.
import iconv from 'iconv-lite';
import { isValidUtf8 } from './sniff.ts';

function normaliseCharset(cs: string | undefined | null): string | null {
  if (!cs) return null;
  const c = cs.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn)$/.test(c)) return 'gb18030'; // supersets
  if (/^utf-?8$/.test(c)) return 'utf8';
  if (/^big5/.test(c)) return 'big5';
  return iconv.encodingExists(c) ? c : null;
}

/** Decodes HTML bytes: BOM, then <meta charset>, then UTF-8 validity, else GB18030. */
export function decodeHtmlBytes(buf: Buffer, declared?: string | null): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  const head = buf.subarray(0, 8192).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  const cs = normaliseCharset(meta) ?? normaliseCharset(declared);
  if (cs) return iconv.decode(buf, cs);
  return isValidUtf8(buf) ? buf.toString('utf8') : iconv.decode(buf, 'gb18030');
}

function decodeQuotedPrintable(s: string): Buffer {
  const bytes: number[] = [];
  const t = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) {
      bytes.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return Buffer.from(bytes);
}

interface MimePart { headers: Record<string, string>; body: string }

function splitHeaders(block: string): MimePart {
  const idx = block.search(/\r?\n\r?\n/);
  const head = idx < 0 ? block : block.slice(0, idx);
  const body = idx < 0 ? '' : block.slice(idx).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1].toLowerCase()] = m[2];
  }
  return { headers, body };
}

/** The HTML document inside an MHT file (the first text/html part). */
export function htmlFromMht(buf: Buffer): string | null {
  const raw = buf.toString('latin1'); // bytes preserved one-to-one
  const top = splitHeaders(raw);
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(top.headers['content-type'] ?? raw.slice(0, 4096))?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1).map(splitHeaders) : [top];
  for (const p of parts) {
    const type = p.headers['content-type'] ?? '';
    if (!/text\/html/i.test(type)) continue;
    const enc = (p.headers['content-transfer-encoding'] ?? '').toLowerCase();
    const bytes = enc.includes('base64') ? Buffer.from(p.body.replace(/\s+/g, ''), 'base64')
      : enc.includes('quoted-printable') ? decodeQuotedPrintable(p.body)
        : Buffer.from(p.body, 'latin1');
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1];
    return decodeHtmlBytes(bytes, charset);
  }
  return null;
}
