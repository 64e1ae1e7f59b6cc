// .docx: we read the WordprocessingML ourselves (not mammoth) so that the text is what Word shows:
// automatic numbering rebuilt (第X条, （一）, 一、 …), revisions accepted, headers and footers left out,
// text boxes and footnotes kept (after the body, kind 'textbox' / 'footnote'), tables one row per line.
import { DocumentError, type IngestResult } from '../model/types.ts';
import type { IngestOptions } from './index.ts';
import { openDocxZip } from './docx-zip.ts';
import { NumberingState, parseNumbering } from './docx-numbering.ts';
import { parseStyles } from './docx-styles.ts';
import { walkDocument } from './docx-body.ts';
import { assemble, type RawBlock } from './text-assemble.ts';

/** The main document part: usually word/document.xml, but [Content_Types].xml is authoritative. */
function mainPartName(contentTypes: string | null, names: string[]): string | null {
  const m = contentTypes && /PartName="\/?([^"]+)"\s+ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/.exec(contentTypes);
  const alt = contentTypes && /ContentType="application\/vnd\.(?:ms-word\.document\.macroEnabled\.main|openxmlformats-officedocument\.wordprocessingml\.template\.main)\+xml"[^>]*?PartName="\/?([^"]+)"|PartName="\/?([^"]+)"\s+ContentType="application\/vnd\.(?:ms-word\.document\.macroEnabled\.main|openxmlformats-officedocument\.wordprocessingml\.template\.main)\+xml"/.exec(contentTypes);
  const name = m?.[1] ?? alt?.[1] ?? alt?.[2] ?? null;
  if (name && names.includes(name)) return name;
  return names.includes('word/document.xml') ? 'word/document.xml' : null;
}

export async function ingestDocx(buf: Buffer, _opts: IngestOptions): Promise<IngestResult> {
  const zip = openDocxZip(buf);
  const main = mainPartName(zip.get('[Content_Types].xml'), zip.names);
  if (!main) throw new DocumentError('not-docx', '文件不是有效的 Word（.docx）文档：缺少正文部件 word/document.xml。');
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const xml = zip.get(main)!;
  if (!/<w:body[\s>]/.test(xml)) throw new DocumentError('corrupt-docx', 'Word 文件正文部件损坏（没有 w:body），无法读取。');
  const styles = parseStyles(zip.get(`${dir}styles.xml`));
  const numbering = new NumberingState(parseNumbering(zip.get(`${dir}numbering.xml`)), styles.numberingStyles);
  const doc = walkDocument(xml, numbering, styles);
  const blocks: RawBlock[] = [...doc.body, ...doc.textboxes];
  let revisions = doc.revisions;
  // Footnotes and endnotes have their own (separately numbered) paragraphs.
  for (const part of ['footnotes.xml', 'endnotes.xml']) {
    const fx = zip.get(`${dir}${part}`);
    if (!fx) continue;
    const notes = walkDocument(fx, new NumberingState(parseNumbering(null)), styles, { kind: 'footnote' });
    revisions += notes.revisions;
    for (const b of [...notes.body, ...notes.textboxes]) blocks.push({ text: b.text, kind: 'footnote' });
  }
  const a = assemble(blocks, 'Word 文件中没有文字（可能只有图片），无法检查。');
  const notes = [...a.notes];
  if (revisions > 0) notes.push(`已接受修订 ${revisions} 处（按接受全部修订后的文本检查）。`);
  if (doc.altChunks) notes.push(`文档中有 ${doc.altChunks} 处以其他格式嵌入的内容（altChunk），未能读取，请核对原文。`);
  if (doc.textboxes.length) notes.push(`文本框中的文字 ${doc.textboxes.length} 段已附在正文之后。`);
  return { format: 'docx', text: a.text, spans: a.spans, notes, quality: a.quality };
}
