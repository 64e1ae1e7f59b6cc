// What a PDF reader hands to the layout code (pdf-lines.ts): per page, runs of text with their
// baseline position, advance width and font size — what pdf.js calls text items, and what
// pdfium.ts builds from PDFium's characters.

export interface PdfItem {
  str: string;
  x: number;
  y: number; // baseline, PDF user space relative to the page box's lower-left corner
  width: number;
  size: number; // font size in user space (font size × text matrix scale)
  vertical: boolean;
}

export interface PdfPage {
  number: number; // 1-based
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfLoaded {
  pages: PdfPage[];
  numPages: number;
}

/** Refuse rather than half-check: a 1,000-page PDF is not a normative document. */
export const MAX_PDF_PAGES = 1000;
