import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_OCR_PIXELS, ocrDpi } from '../../pipeline/ingest/ocr.ts';
import { jpegInfo, jpegToPdf, parsePpm, suppressRed } from '../../pipeline/ingest/ocr-image.ts';
import { ocrNote, ocrPdfPages } from '../../pipeline/ingest/ocr.ts';
import { parseTsv } from '../../pipeline/ingest/ocr-tesseract.ts';
import { agreement, HAS_PDFTOPPM, HAS_SHARED, HAS_TESSERACT, REAL, squash } from './helpers.ts';

function ppm(pixels: [number, number, number][]): Buffer {
  return Buffer.concat([Buffer.from(`P6\n# test\n${pixels.length} 1\n255\n`), Buffer.from(pixels.flat())]);
}

describe('OCR plumbing (no external tools)', () => {
  it('renders ordinary pages at 300 dpi and huge declared pages within the pixel budget', () => {
    expect(ocrDpi(595, 842)).toBe(300); // A4
    expect(ocrDpi(842, 1191)).toBe(300); // A3
    for (const pt of [3600, 14400]) {
      const dpi = ocrDpi(pt, pt);
      expect(dpi).toBeLessThan(300);
      expect((pt / 72 * dpi) ** 2).toBeLessThanOrEqual(MAX_OCR_PIXELS);
    }
  });

  it('turns red seal ink white and keeps black text, even under the seal', () => {
    const img = parsePpm(ppm([[230, 30, 40], [20, 20, 20], [120, 10, 10], [255, 255, 255], [200, 150, 150], [90, 30, 30]]))!;
    const share = suppressRed(img);
    const px = [...img.buf.subarray(img.dataOffset)];
    expect(px.slice(0, 3)).toEqual([255, 255, 255]); // seal red
    expect(px.slice(3, 6)).toEqual([20, 20, 20]); // black text
    expect(px.slice(6, 9)).toEqual([255, 255, 255]); // dark red ink
    expect(px.slice(12, 15)).toEqual([200, 150, 150]); // pale pink paper tone stays
    expect(px.slice(15, 18)).toEqual([90, 30, 30]); // black text under seal (dark) stays
    expect(share).toBeCloseTo(2 / 6);
  });
  it('parses tesseract tsv into paragraphs with mean confidence; Chinese words are not spaced', () => {
    const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
    const w = (b: number, p: number, l: number, conf: number, t: string) => `5\t1\t${b}\t${p}\t${l}\t1\t0\t0\t1\t1\t${conf}\t${t}`;
    const r = parseTsv([head, w(1, 1, 1, 90, '第一条'), w(1, 1, 1, 80, '为了'), w(1, 1, 2, 70, '规范'), w(1, 2, 1, 96, 'Article'), w(1, 2, 1, 96, 'One'), '4\t1\t1\t1\t1\t0\t0\t0\t1\t1\t-1\t'].join('\n'));
    expect(r.paragraphs).toEqual(['第一条为了规范', 'Article One']);
    expect(r.confidence).toBeCloseTo((90 + 80 + 70 + 96 + 96) / 5);
    expect(ocrNote([{ page: 2, confidence: 80, words: 10 }])).toMatch(/第 2 页.*OCR.*80%/);
  });
  it('reads JPEG dimensions and wraps a JPEG into a one-page PDF', () => {
    // 1×1 baseline JPEG header (SOI, SOF0) is enough for the wrapper.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
    expect(jpegInfo(jpeg)).toEqual({ width: 3, height: 2, components: 3 });
    const pdf = jpegToPdf(jpeg)!.toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toMatch(/\/Width 3 \/Height 2 \/ColorSpace \/DeviceRGB/);
    expect(pdf).toMatch(/startxref\n\d+\n%%EOF/);
  });
});

describe.skipIf(!HAS_SHARED)('OCR of PDF pages with tesseract', () => {
  it.skipIf(!HAS_TESSERACT || !HAS_PDFTOPPM)('recognises a rendered 公文 page (300 dpi) close to its text layer', async () => {
    const [page] = await ocrPdfPages(readFileSync(REAL + 'copilot-help__govcheck_test.pdf'), [1]);
    const text = squash(page.paragraphs.join(''));
    expect(page.words).toBeGreaterThan(5);
    expect(page.confidence).toBeGreaterThan(60);
    for (const s of ['各有关单位', '国防部发', '正文部分', '123456578']) expect(text).toContain(s);
    // Red ink is removed before OCR, which also removes the red 版头 (发文机关标志): compare the rest.
    const layer = squash(execFileSync('pdftotext', ['-f', '1', '-l', '1', REAL + 'copilot-help__govcheck_test.pdf', '-']).toString()).replace('一份公文文件', '');
    // tesseract chi_sim on this FangSong page: ~85% mean confidence yet many characters wrong
    // (关→天, 联系人→BRA): OCR text is flagged in notes and never passed off as exact.
    expect(agreement(text, layer)).toBeGreaterThan(0.5);
  });
  it.skipIf(HAS_TESSERACT && HAS_PDFTOPPM)('SKIPPED PATH: tesseract-ocr + tesseract-ocr-chi-sim + poppler-utils not installed — OCR is not tested', () => {});
});
