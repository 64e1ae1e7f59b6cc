// What an OLE2 compound file holds. Microsoft Word and Kingsoft WPS Writer both write the
// Word 97 binary format (a WordDocument stream); Kingsoft marks its files with its own
// streams and property strings. Microsoft Works .wps is a different format with no
// WordDocument stream. Encrypted OOXML (a password-protected .docx) is also an OLE2 file.
import CFB from 'cfb';
import type { DocFormat } from '../model/types.ts';

export interface OleKind {
  format: DocFormat;
  detail?: string;
}

export function oleStreamNames(container: CFB.CFB$Container): string[] {
  return container.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop() ?? '');
}

export function readOle(buf: Buffer): CFB.CFB$Container | null {
  try {
    return CFB.read(buf, { type: 'buffer' });
  } catch {
    return null;
  }
}

function streamBytes(container: CFB.CFB$Container, name: string): Buffer | null {
  const i = oleStreamNames(container).indexOf(name);
  const content = i >= 0 ? container.FileIndex[i]?.content : undefined;
  return content ? Buffer.from(content as Uint8Array) : null;
}

export function isKingsoft(container: CFB.CFB$Container): boolean {
  const names = oleStreamNames(container);
  if (names.some((n) => /^WpsCustomData$/i.test(n))) return true;
  // Only the application name counts: WPS Office also stamps KSOProductBuildVer into the
  // properties of Word .doc files it merely edited, and those are still .doc files.
  for (const s of ['\u0005SummaryInformation', 'SummaryInformation']) {
    const b = streamBytes(container, s);
    if (!b) continue;
    // Property strings are in the file's code page or UTF-16LE; look for both spellings.
    const latin = b.toString('latin1');
    const utf16 = b.toString('utf16le');
    if (/WPS Office|Kingsoft/i.test(latin) || /WPS Office|Kingsoft/i.test(utf16)) return true;
  }
  return false;
}

export function classifyOle(buf: Buffer): OleKind {
  const container = readOle(buf);
  if (!container) return { format: 'doc', detail: 'damaged' };
  const names = new Set(oleStreamNames(container));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return { format: 'doc', detail: 'encrypted' };
  if (names.has('WordDocument')) {
    const format = isKingsoft(container) ? 'wps' : 'doc';
    // FIB flag fEncrypted: bit 8 of the 16-bit word at offset 0x0A of the WordDocument stream.
    const fib = streamBytes(container, 'WordDocument');
    if (fib && fib.length >= 12 && (fib.readUInt16LE(0x0a) & 0x0100) !== 0) return { format, detail: 'encrypted' };
    return { format };
  }
  if (names.has('CONTENTS') || names.has('MN0') || names.has('SPELLING')) {
    return { format: 'unknown', detail: 'Microsoft Works 文字处理文件（.wps），不是金山 WPS 文字文件，目前不支持；请另存为 .docx 后再检查。' };
  }
  if (names.has('Workbook') || names.has('Book')) return { format: 'unknown', detail: 'Excel 表格文件（.xls），不是公文文本；未检查。' };
  if (names.has('PowerPoint Document')) return { format: 'unknown', detail: 'PowerPoint 演示文件（.ppt），不是公文文本；未检查。' };
  if (names.has('WordDocument') === false && [...names].some((n) => /^(WksSSWorkBook|ET)/.test(n))) {
    return { format: 'unknown', detail: '金山表格文件，不是公文文本；未检查。' };
  }
  return { format: 'unknown', detail: '无法识别的 OLE 复合文档（不是 Word 或 WPS 文字文件）。' };
}
