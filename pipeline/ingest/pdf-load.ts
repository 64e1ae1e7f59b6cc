// A PDF's positioned text: PDFium (pdfium.ts) for every document; pdf.js (pdfjs.ts) only for a
// document in which PDFium's text page leaves text out — single-glyph text objects in fonts that are
// not embedded (see skipsText in pdfium.ts). Both give the same items to the layout code.
import type { PdfLoaded } from './pdf-items.ts';
import { MAX_PDF_PAGES } from './pdf-items.ts';
import { loadPdfWithPdfium } from './pdfium.ts';

export async function loadPdf(buf: Uint8Array, maxPages = MAX_PDF_PAGES): Promise<PdfLoaded & { reader: 'pdfium' | 'pdfjs' }> {
  const r = await loadPdfWithPdfium(buf, maxPages);
  if (!r.skippedText.length) return { pages: r.pages, numPages: r.numPages, reader: 'pdfium' };
  const { loadPdfWithPdfjs } = await import('./pdfjs.ts');
  return { ...(await loadPdfWithPdfjs(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), maxPages)), reader: 'pdfjs' };
}
