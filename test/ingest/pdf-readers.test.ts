// PDFium is beishen's PDF reader; pdf.js remains only as the fallback for documents in which PDFium's
// text page leaves text out (pdf-load.ts). These tests hold the two to the same output on every real
// PDF we have, and pin down the cases where they differ.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestPdf } from '../../pipeline/ingest/pdf.ts';
import { loadPdf } from '../../pipeline/ingest/pdf-load.ts';
import { capMemory, loadPdfWithPdfium } from '../../pipeline/ingest/pdfium.ts';
import { loadPdfWithPdfjs } from '../../pipeline/ingest/pdfjs.ts';
import { cidPdf, SHARED, sharedPath } from './fixtures.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const pdfsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => `${dir}/${f}`) : []);

const SAMPLES = [
  ...pdfsIn(sharedPath('samples/real')),
  ...pdfsIn(sharedPath('samples/synthetic')),
  ...pdfsIn(`${ROOT}corpus/samples`),
  ...pdfsIn(`${ROOT}corpus/gold`),
];

// The side heading of a table in vertical writing (三、本年度办理结果): pdf.js reports its first
// glyphs as one item and loses the rest; PDFium reads the whole column.
const VERTICAL_HEADING = /三、本(年(度办理结果)?)?[\t\n]?/g;

describe('PDFium and pdf.js agree', () => {
  it('has real PDFs to compare', () => {
    // corpus/ is in the repository; ../shared adds the real-world samples when present.
    expect(SAMPLES.length).toBeGreaterThanOrEqual(existsSync(SHARED) ? 16 : 8);
  });

  for (const file of SAMPLES) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    it(name, async () => {
      const buf = readFileSync(file);
      const [ours, pdfjs] = [await ingestPdf(buf, { ocr: 'never' }), await ingestPdf(buf, { ocr: 'never' }, loadPdfWithPdfjs)];
      expect(ours.quality.status).toBe(pdfjs.quality.status);
      expect(ours.pages).toBe(pdfjs.pages);
      if (ours.quality.status === 'garbled') return; // mojibake either way: never checked
      if (/nianbao/.test(name)) {
        expect(ours.text).toContain('三、本年度办理结果');
        expect(ours.text.replace(VERTICAL_HEADING, '')).toBe(pdfjs.text.replace(VERTICAL_HEADING, ''));
        return;
      }
      expect(ours.text).toBe(pdfjs.text);
      expect(ours.spans).toEqual(pdfjs.spans);
      expect(ours.notes).toEqual(pdfjs.notes);
    });
  }
});

describe('PDFium text', () => {
  const lines = [
    { text: '第一条　本办法自公布之日起施行', x: 172, y: 700 },
    { text: '。', x: 172, y: 680 }, // a wrapped full stop, alone in its text object
    { text: '第二条　本办法由县人民政府负责解释。', x: 172, y: 660 },
  ];

  it('positions text relative to the page box, wherever the box starts', async () => {
    const r = await loadPdfWithPdfium(cidPdf(lines, '100 100 695 942'));
    expect(r.pages[0]).toMatchObject({ width: 595, height: 842 });
    expect(r.pages[0]!.items[0]).toMatchObject({ str: '第一条', x: 72, y: 600, size: 14 });
  });

  it('a lone glyph in a font that is not embedded, which PDFium drops, sends the document to pdf.js', async () => {
    const pdf = cidPdf(lines);
    const pdfium = await loadPdfWithPdfium(pdf);
    expect(pdfium.skippedText).toEqual([1]);
    expect(pdfium.pages[0]!.items.map((i) => i.str).join('')).not.toContain('。第二条');
    const read = await loadPdf(pdf);
    expect(read.reader).toBe('pdfjs');
    const r = await ingestPdf(pdf, {});
    expect(r.text.split('\n')).toEqual(['第一条　本办法自公布之日起施行', '。', '第二条　本办法由县人民政府负责解释。']);
  });

  it('the same lines with the full stop inside its line are read by PDFium alone', async () => {
    const pdf = cidPdf([{ text: '第一条　本办法自公布之日起施行。', x: 72, y: 700 }, { text: '第二条　本办法由县人民政府负责解释。', x: 72, y: 680 }]);
    expect((await loadPdf(pdf)).reader).toBe('pdfium');
    expect((await ingestPdf(pdf, {})).text).toBe('第一条　本办法自公布之日起施行。\n第二条　本办法由县人民政府负责解释。');
  });

  it.skipIf(!existsSync(SHARED))('stsong_cid_nonembedded.pdf: PDFium drops only the wrapped 。 on page 5, the fallback keeps it', async () => {
    const buf = readFileSync(sharedPath('samples/synthetic/stsong_cid_nonembedded.pdf'));
    expect((await loadPdfWithPdfium(buf)).skippedText).toEqual([5]);
    const ours = await ingestPdf(buf, {});
    expect(ours.text).toContain('公安机关按照各自职责做好相关工作。\n第二十二条');
  });

  it('caps the WebAssembly memory it may grow to', () => {
    const Memory = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer; grow(n: number): number } } }).WebAssembly.Memory;
    const memory = new Memory({ initial: 1 });
    capMemory(memory, 4 * 65536);
    expect(memory.grow(2)).toBe(1);
    expect(() => memory.grow(2)).toThrow(RangeError);
    expect(memory.buffer.byteLength).toBe(3 * 65536);
  });
});
