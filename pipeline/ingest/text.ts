// Plain text (.txt/.md): decode (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 or Big5 as
// chardet judges), CRLF → LF, hard-wrapped lines re-joined (text-unwrap.ts), one span per paragraph.
import iconv from 'iconv-lite';
import chardet from 'chardet';
import type { IngestResult } from '../model/types.ts';
import { assemble, type RawBlock } from './text-assemble.ts';
import { unwrapLines } from './text-unwrap.ts';
import { fewBadBytes } from './sniff.ts';
import { invalidUtf8Bytes } from '../text/utf8.ts';

export interface Decoded {
  text: string;
  encoding: string;
  /** Damage repaired while decoding, for the reviewer: bytes that were not UTF-8, NUL characters. */
  repaired?: string[];
}

export function decodeText(buf: Buffer): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  const bad = invalidUtf8Bytes(buf);
  if (bad === 0) return withoutNul({ text: buf.toString('utf8'), encoding: 'UTF-8' });
  // A few bad bytes in UTF-8 (a copy cut mid-character, a disk error) are damage to show, not a
  // sign of another encoding: the rest of the notice is read.
  if (bad <= fewBadBytes(buf.length)) {
    return withoutNul({ text: buf.toString('utf8'), encoding: 'UTF-8', repaired: [`文件中有 ${bad} 个字节不是有效的 UTF-8 编码，已显示为“\uFFFD”，请核对原件相应位置。`] });
  }
  {
    // Not valid UTF-8: a legacy Chinese code page. GB18030 is a superset of GBK/GB2312; Big5 only
    // when chardet is confident (traditional files from Taiwan/Hong Kong mirrors).
    const guess = chardet.detect(buf.subarray(0, 64 * 1024));
    const enc = guess && /big5/i.test(guess) ? 'big5' : 'gb18030';
    return withoutNul({ text: iconv.decode(buf, enc), encoding: enc.toUpperCase() });
  }
}

/** NUL characters are not text (a file padded or damaged): removed, and counted for the reviewer. */
function withoutNul(d: Decoded): Decoded {
  if (!d.text.includes('\u0000')) return d;
  const n = d.text.split('\u0000').length - 1;
  return { ...d, text: d.text.replaceAll('\u0000', ''), repaired: [...(d.repaired ?? []), `文件中有 ${n} 个空字符（NUL），已删除。`] };
}

/**
 * Markdown syntax is not document text: "## 第一章　总则" must read "第一章　总则" for the outline.
 * Only the line-level marks and emphasis are removed; everything else stays as written.
 */
function markdownBlock(line: string, index: number): RawBlock {
  const heading = /^\s{0,3}#{1,6}\s+/.exec(line);
  let t = heading ? line.slice(heading[0].length).replace(/\s+#+\s*$/, '') : line;
  t = t.replace(/^\s{0,3}>\s?/, '').replace(/<!--.*?-->/g, '').replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
  return { text: t, paragraph: index, kind: heading ? 'heading' : 'body' };
}

export async function ingestText(buf: Buffer, format: 'txt' | 'md'): Promise<IngestResult> {
  const { text, encoding, repaired } = decodeText(buf);
  const lines = unwrapLines(text.replace(/\r\n?/g, '\n').split('\n'));
  const a = assemble(lines.map((l) => (format === 'md' ? markdownBlock(l.text, l.index) : { text: l.text, paragraph: l.index, kind: 'body' as const })), '文本文件中没有文字。');
  const notes = [...a.notes];
  if (encoding !== 'UTF-8') notes.push(`文本编码为 ${encoding}，已转换。`);
  notes.push(...(repaired ?? []));
  return { format, text: a.text, spans: a.spans, notes, quality: a.quality };
}
