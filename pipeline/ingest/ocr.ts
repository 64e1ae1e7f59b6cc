// OCR for image-only pages (scans, pages of images in OFD or PDF) with tesseract, when it is
// installed (Debian: tesseract-ocr, tesseract-ocr-chi-sim; poppler-utils for PDF pages).
// Red seal ink is removed before recognition: it covers the characters of the 落款 and
// tesseract reads the mixture as garbage. Concurrency and time are bounded.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { jpegInfo, jpegToPdf, parsePpm, suppressRed } from './ocr-image.ts';
import { renderPdfPage, tesseractAvailable, tesseractFile, type OcrText } from './ocr-tesseract.ts';

export type { OcrText } from './ocr-tesseract.ts';

export const OCR_HINT = '如需识别扫描件或图片中的文字，请安装 tesseract-ocr 与 tesseract-ocr-chi-sim（以及 poppler-utils），例如：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils。';

export const OCR_DPI = 300;
/**
 * Pixels one rendered page may have: an A3 page at 300 dpi is 17 million (tesseract then needs about
 * 250 MB). A page declared larger (a PDF of a few hundred bytes can declare 3600-pt or 14400-pt
 * pages) is rendered at a lower resolution instead of becoming gigabytes of bitmap for pdftoppm and
 * tesseract.
 */
export const MAX_OCR_PIXELS = 20_000_000;

/** The resolution to render a page of w × h points at: OCR_DPI, or less to stay within MAX_OCR_PIXELS. */
export function ocrDpi(widthPt: number, heightPt: number): number {
  const area = Math.max(1, widthPt) * Math.max(1, heightPt) / (72 * 72); // square inches
  return Math.max(1, Math.min(OCR_DPI, Math.floor(Math.sqrt(MAX_OCR_PIXELS / area))));
}
/** Below this mean word confidence tesseract's output is mostly noise (photos, art, stamps). */
export const OCR_MIN_CONFIDENCE = 60;

export function ocrUsable(r: OcrText | null): boolean {
  return !!r && r.words >= 2 && r.confidence >= OCR_MIN_CONFIDENCE;
}
export const OCR_PAGE_TIMEOUT_MS = 120_000;
const limit = pLimit(Math.max(1, Number(process.env.BEISHEN_OCR_JOBS) || 2));

export function ocrAvailable(): Promise<boolean> {
  return tesseractAvailable();
}

async function withTmp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'beishen-ocr-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Removes red ink from a PPM and writes it for tesseract; returns the path. */
async function writeCleanPpm(ppmBytes: Buffer, path: string): Promise<void> {
  const ppm = parsePpm(ppmBytes);
  if (ppm) suppressRed(ppm);
  await writeFile(path, ppmBytes);
}

/**
 * OCR one embedded image (JPEG, PNG, PPM …). JPEGs are decoded through pdftoppm so that seal
 * ink can be removed; other formats go to tesseract as they are. Null when OCR is unavailable.
 */
export async function ocrImage(bytes: Buffer): Promise<OcrText | null> {
  if (!(await ocrAvailable())) return null;
  return limit(() => withTmp(async (dir) => {
    const pdf = jpegToPdf(bytes);
    if (pdf) {
      try {
        const src = join(dir, 'img.pdf');
        await writeFile(src, pdf);
        // Scans embedded at low resolution read better upscaled to about 300 dpi on A4.
        const info = jpegInfo(bytes)!;
        const dpi = Math.round(72 * Math.min(4, Math.max(1, 2400 / Math.max(info.width, info.height))));
        const ppm = await renderPdfPage(src, 1, join(dir, 'page'), dpi, OCR_PAGE_TIMEOUT_MS);
        await writeCleanPpm(ppm, join(dir, 'clean.ppm'));
        return await tesseractFile(join(dir, 'clean.ppm'), OCR_PAGE_TIMEOUT_MS);
      } catch { /* pdftoppm missing or failed: OCR the image as it is */ }
    }
    const ext = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'png' : bytes[0] === 0x50 && bytes[1] === 0x36 ? 'ppm' : 'img';
    const path = join(dir, `img.${ext}`);
    if (ext === 'ppm') await writeCleanPpm(bytes, path);
    else await writeFile(path, bytes);
    return tesseractFile(path, OCR_PAGE_TIMEOUT_MS);
  }));
}

export interface OcrPageResult extends OcrText { page: number; redShare: number }

/**
 * OCR the given 1-based pages of a PDF: pdftoppm renders each at 300 dpi (less for pages so large
 * that the bitmap would pass MAX_OCR_PIXELS; `sizes` gives the pages' sizes in points) as PPM, red ink is
 * removed, tesseract reads it. Pages are processed in parallel up to the OCR job limit.
 * Returns [] when tesseract is not installed; a page that fails has empty paragraphs.
 */
export async function ocrPdfPages(pdf: Buffer, pages: number[], sizes = new Map<number, { width: number; height: number }>()): Promise<OcrPageResult[]> {
  if (!pages.length || !(await ocrAvailable())) return [];
  return withTmp(async (dir) => {
    const src = join(dir, 'doc.pdf');
    await writeFile(src, pdf);
    return Promise.all(pages.map((page) => limit(async (): Promise<OcrPageResult> => {
      try {
        const size = sizes.get(page);
        const dpi = size ? ocrDpi(size.width, size.height) : OCR_DPI;
        const ppmBytes = await renderPdfPage(src, page, join(dir, `p${page}`), dpi, OCR_PAGE_TIMEOUT_MS);
        const ppm = parsePpm(ppmBytes);
        const redShare = ppm ? suppressRed(ppm) : 0;
        const clean = join(dir, `p${page}-clean.ppm`);
        await writeFile(clean, ppmBytes);
        return { page, redShare, ...(await tesseractFile(clean, OCR_PAGE_TIMEOUT_MS)) };
      } catch {
        return { page, redShare: 0, paragraphs: [], confidence: 0, words: 0 };
      }
    })));
  });
}

/** The reviewer's note for OCR'd pages: which pages, and how sure tesseract was. */
export function ocrNote(results: { page: number; confidence: number; words: number }[]): string | null {
  const used = results.filter((r) => r.words > 0);
  if (!used.length) return null;
  const mean = used.reduce((a, r) => a + r.confidence * r.words, 0) / used.reduce((a, r) => a + r.words, 0);
  return `第 ${used.map((r) => r.page).join('、')} 页为图像，文字由 OCR 识别（平均置信度 ${mean.toFixed(0)}%），可能有错字，请核对原件。`;
}
