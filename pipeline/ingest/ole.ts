// .doc (Word 97–2003) and Kingsoft .wps (WPS Writer, same binary format in an OLE2 file).
// With LibreOffice installed the file is converted to .docx and read by the docx adapter,
// which keeps automatic numbering; otherwise (or when conversion fails, or with
// BEISHEN_NO_LIBREOFFICE=1) the pure-JS word-extractor path is used.
import { DocumentError, type IngestResult } from '../model/types.ts';
import type { IngestOptions } from './index.ts';
import { classifyOle } from './ole-classify.ts';
import { convertToDocx, findSoffice } from './ole-libreoffice.ts';
import { extractOleText } from './ole-word-extractor.ts';

export async function ingestOle(buf: Buffer, format: 'doc' | 'wps', opts: IngestOptions = {}): Promise<IngestResult> {
  const kind = classifyOle(buf);
  if (kind.detail === 'encrypted') {
    throw new DocumentError('encrypted', '文件已加密（设置了打开密码），无法读取。请提供未加密的文件。');
  }
  if (kind.detail === 'damaged') throw new DocumentError('damaged', 'OLE 复合文档已损坏，无法读取。');
  if (kind.format !== 'doc' && kind.format !== 'wps') {
    throw new DocumentError('unsupported-format', kind.detail ?? '不是 Word 或 WPS 文字文件。', 'unsupported');
  }

  const notes: string[] = [];
  if (findSoffice()) {
    let docx: Buffer | null = null;
    try {
      docx = await convertToDocx(buf, format);
    } catch (e) {
      notes.push(`LibreOffice 转换未成功（${(e as Error).message.slice(0, 120)}），改用内置读取器；Word 自动编号的序号可能缺失。`);
    }
    if (docx) {
      try {
        const { ingestDocx } = await import('./docx.ts');
        const r = await ingestDocx(docx, opts);
        return { ...r, format, notes: ['已通过 LibreOffice 转换为 .docx 读取。', ...r.notes] };
      } catch (e) {
        notes.push(`LibreOffice 转换后的 .docx 未能读取（${(e as Error).message.slice(0, 120)}），改用内置读取器；Word 自动编号的序号可能缺失。`);
      }
    }
  } else {
    notes.push(process.env.BEISHEN_NO_LIBREOFFICE === '1'
      ? '已按设置不使用 LibreOffice，使用内置读取器读取；Word 自动编号（列表）的序号可能缺失。'
      : '未安装 LibreOffice，使用内置读取器读取；Word 自动编号（列表）的序号可能缺失。');
  }
  const r = await extractOleText(buf, format);
  r.notes.unshift(...notes);
  return r;
}
