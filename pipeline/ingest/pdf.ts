// .pdf: PDFium text runs with positions → lines → furniture (headers, footers, page numbers) removed
// → lines re-joined into paragraphs → normalised text with one span per paragraph and its page.
// Garbled fonts (wrong/missing ToUnicode) are reported, never checked as text; image-only pages are
// OCR'd when tesseract is installed (ocr.ts) and otherwise reported as pages without text.
import type { IngestResult } from '../model/types.ts';
import type { IngestOptions } from './index.ts';
import { loadPdf } from './pdf-load.ts';
import { MAX_PDF_PAGES, type PdfLoaded } from './pdf-items.ts';
import { pageLines, type PdfLine } from './pdf-lines.ts';
import { dropFurniture } from './pdf-furniture.ts';
import { joinLines } from './pdf-paragraphs.ts';
import { assemble } from './text-assemble.ts';
import { scoreGarble } from '../text/garble-score.ts';

/** Image-only pages go to OCR (ocr.ts, tesseract) unless the caller said never; at most this many. */
const MAX_OCR_PAGES = 50;

function pageList(pages: number[]): string {
  return pages.length > 8 ? `${pages.slice(0, 8).join('、')} 等` : pages.join('、');
}

/** `load`: the text reader (tests compare PDFium's reading with pdf.js's through the same layout code). */
export async function ingestPdf(buf: Buffer, opts: IngestOptions, load: (buf: Buffer, maxPages: number) => Promise<PdfLoaded> = loadPdf): Promise<IngestResult> {
  const pdf = await load(buf, MAX_PDF_PAGES);
  const heights = new Map(pdf.pages.map((p) => [p.number, p.height]));
  const lines: PdfLine[] = [];
  const empty: number[] = [];
  const garbledPages: number[] = [];
  for (const page of pdf.pages) {
    const pl = pageLines(page);
    if (!pl.some((l) => l.text.trim())) empty.push(page.number);
    else if (scoreGarble(pl.map((l) => l.text).join('\n')).garbled) garbledPages.push(page.number);
    lines.push(...pl);
  }
  const { lines: content } = dropFurniture(lines, heights);
  let paragraphs = joinLines(content);
  const notesBefore: string[] = [];
  // Garbled pages (wrong or missing ToUnicode maps) go to OCR too when they would make the whole
  // document unreadable: the glyphs on the page are right even when their character codes are not.
  const ocrGarbled = garbledPages.length / Math.max(1, pdf.numPages - empty.length) > 0.3 ? [...garbledPages] : [];
  // Scanned pages: OCR them when tesseract is installed; their paragraphs slot in at their page.
  let ocrDone: number[] = [];
  let ocrTried = false;
  if ((empty.length || ocrGarbled.length) && opts.ocr !== 'never') {
    const ocr = await import('./ocr.ts');
    const targets = [...empty, ...ocrGarbled].sort((a, b) => a - b).slice(0, MAX_OCR_PAGES);
    const results = await ocr.ocrPdfPages(buf, targets, new Map(pdf.pages.map((p) => [p.number, { width: p.width, height: p.height }])));
    const usable = results.filter((r) => ocr.ocrUsable(r) && r.paragraphs.some((t) => t.trim()));
    const recovered = new Set(usable.filter((r) => ocrGarbled.includes(r.page)).map((r) => r.page));
    if (recovered.size) paragraphs = paragraphs.filter((p) => !recovered.has(p.page));
    for (const r of usable) for (const t of r.paragraphs) paragraphs.push({ text: t, page: r.page, table: false });
    paragraphs.sort((x, y) => x.page - y.page); // stable: keeps the order within a page
    ocrDone = usable.filter((r) => !recovered.has(r.page)).map((r) => r.page);
    ocrTried = results.length > 0;
    const note = ocr.ocrNote(usable.filter((r) => !recovered.has(r.page)));
    if (note) notesBefore.push(note);
    if (recovered.size) {
      const used = usable.filter((r) => recovered.has(r.page));
      const mean = used.reduce((a, r) => a + r.confidence * r.words, 0) / Math.max(1, used.reduce((a, r) => a + r.words, 0));
      notesBefore.push(`第 ${pageList([...recovered])} 页的文字层为乱码（字体字符映射错误），已改用 OCR 识别（平均置信度 ${mean.toFixed(0)}%），可能有错字，请核对原件。`);
      garbledPages.splice(0, garbledPages.length, ...garbledPages.filter((p) => !recovered.has(p)));
    }
    const low = results.filter((r) => r.words > 0 && !ocr.ocrUsable(r));
    if (low.length) notesBefore.push(`第 ${pageList(low.map((r) => r.page))} 页的 OCR 置信度过低，识别结果未采用。`);
    if (!results.length) notesBefore.push(ocr.OCR_HINT);
  }
  const stillEmpty = empty.filter((p) => !ocrDone.includes(p));
  const a = assemble(
    paragraphs.map((p, i) => ({ text: p.text, page: p.page, paragraph: i, kind: p.table ? ('table' as const) : ('body' as const) })),
    `PDF 共 ${pdf.numPages} 页，${stillEmpty.length === pdf.numPages ? '全部' : `其中 ${stillEmpty.length} 页`}没有可提取的文字（可能是扫描件或图片），${ocrTried ? 'OCR 也未识别出可靠的文字' : '需要 OCR 后才能检查'}。`,
  );
  const notes = [...a.notes, ...notesBefore];
  let quality = a.quality;
  if (stillEmpty.length && stillEmpty.length < pdf.numPages) {
    notes.push(`第 ${pageList(stillEmpty)} 页没有可提取的文字（可能是图片或扫描页），这些页未检查。`);
    // Mostly images with a little text (a scanned notice with a typed stamp line) is not checkable.
    if (quality.status === 'ok' && stillEmpty.length / pdf.numPages > 0.5 && a.text.length < 200 * (pdf.numPages - stillEmpty.length)) {
      quality = { status: 'no-text', reason: `PDF 共 ${pdf.numPages} 页，其中 ${stillEmpty.length} 页没有可提取的文字（可能是扫描件），需要 OCR 后才能检查。` };
    }
  }
  if (quality.status === 'ok' && garbledPages.length) {
    notes.push(`第 ${pageList(garbledPages)} 页的文字疑为乱码（字体字符映射错误），这些页的内容不可靠。`);
    if (garbledPages.length / Math.max(1, pdf.numPages - empty.length) > 0.3) {
      quality = { status: 'garbled', reason: `PDF 共 ${pdf.numPages} 页，其中 ${garbledPages.length} 页提取出的文字为乱码（字体缺少正确的字符映射），内容不可靠，未审查。` };
    }
  }
  return { format: 'pdf', text: a.text, spans: a.spans, pages: pdf.numPages, notes, quality };
}
