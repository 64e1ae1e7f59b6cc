import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../pipeline/model/types.ts';
import { ingestPdf } from '../../pipeline/ingest/pdf.ts';
import { charAccuracy } from './accuracy.ts';
import { blankPdf, encryptedPdf, SHARED, sharedPath, textPdf } from './fixtures.ts';
import { HAS_PDFTOPPM, HAS_TESSERACT } from '../ingest-formats/helpers.ts';

const read = (rel: string) => readFileSync(sharedPath(`samples/${rel}`));
const CJK_SPACE = /[\u4e00-\u9fff，。；：、（）“”《》] +|(?<=[\u4e00-\u9fff]) +[\u4e00-\u9fff，。；：、（）]/;
const PAGE_NO = /^[-—–\s]*\d{1,3}[-—–\s]*$|^第\s*\d+\s*页/;

async function rejects(buf: Buffer, code: string): Promise<DocumentError> {
  try {
    await ingestPdf(buf, {});
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).code).toBe(code);
    return e as DocumentError;
  }
  throw new Error(`expected DocumentError ${code}`);
}

describe.skipIf(!existsSync(SHARED))('pdf on the shared samples', () => {
  const truth = existsSync(SHARED) ? readFileSync(sharedPath('samples/synthetic/a30.txt'), 'utf8') : '';

  it('notoserif_auto.pdf: ≥ 99.9 % character accuracy against a30.txt, lines re-joined, running header and page numbers gone', async () => {
    const r = await ingestPdf(read('synthetic/notoserif_auto.pdf'), {});
    expect(r.quality.status).toBe('ok');
    expect(r.pages).toBe(8);
    expect(charAccuracy(r.text, truth)).toBeGreaterThanOrEqual(0.999);
    expect(r.text).not.toMatch(/页眉/);
    const ls = r.text.split('\n');
    expect(ls.filter((l) => PAGE_NO.test(l))).toEqual([]);
    // Provision boundaries: each of the 30 articles starts its own paragraph, exactly as in the truth.
    const starts = (t: string) => t.split('\n').filter((l) => /^(第[一二三四五六七八九十]+[章条]|（[一二三]）|[一二]、)/.test(l)).map((l) => l.slice(0, 8));
    expect(starts(r.text)).toEqual(starts(truth));
    // Spans: one per paragraph, with the page it starts on.
    expect(r.spans.every((s) => s.page! >= 1 && s.page! <= 8)).toBe(true);
    expect(r.spans.find((s) => r.text.startsWith('第三十条', s.start))?.page).toBe(8);
  });

  it('stsong_cid_nonembedded.pdf (STSong-Light, predefined CMap, not embedded) extracts its text', async () => {
    const r = await ingestPdf(read('synthetic/stsong_cid_nonembedded.pdf'), {});
    expect(r.quality.status).toBe('ok');
    expect(r.text.length).toBeGreaterThan(3000);
    expect(charAccuracy(r.text, truth)).toBeGreaterThanOrEqual(0.999);
  });

  it('the GM/T 0031 standard (wrong ToUnicode maps) and a CJK font without ToUnicode are reported garbled without OCR', async () => {
    for (const f of ['real/ofdrw__GMT_0031-2014_anquan_dianzi_qianzhang_spec.pdf', 'real/pdfminer__issue_566_test_1__cjk_no_tounicode.pdf']) {
      const r = await ingestPdf(read(f), { ocr: 'never' });
      expect(r.quality.status, f).toBe('garbled');
      expect(r.quality.reason).toMatch(/乱码/);
    }
  });

  it.skipIf(!HAS_TESSERACT || !HAS_PDFTOPPM)('a garbled page is recovered by OCR when tesseract is installed', async () => {
    // The page shows "ISSUE Date: 2019-4-25 Buyer: 黎荣"; its CJK font has no ToUnicode map.
    const r = await ingestPdf(read('real/pdfminer__issue_566_test_1__cjk_no_tounicode.pdf'), {});
    expect(r.quality.status).toBe('ok');
    expect(r.text.replace(/\s+/g, '')).toContain('Buyer:黎荣');
    expect(r.notes.join('')).toMatch(/第 1 页的文字层为乱码.*OCR/);
  }, 60_000);

  it('real county reports: Chinese without spaces inside CJK runs, no page-number lines, pages counted', async () => {
    for (const f of ['real/KIROGOVCOMPARE__hongze_2023_zfxxgk_nianbao.pdf', 'real/KIROGOVCOMPARE__hongze_2024_zfxxgk_nianbao.pdf']) {
      const r = await ingestPdf(read(f), {});
      expect(r.quality.status, f).toBe('ok');
      expect(r.pages).toBeGreaterThan(1);
      expect(r.text).toMatch(/政府信息公开/);
      const prose = r.spans.filter((s) => s.kind === 'body').map((s) => r.text.slice(s.start, s.end));
      expect(prose.filter((p) => CJK_SPACE.test(p)), f).toEqual([]);
      expect(r.text.split('\n').filter((l) => PAGE_NO.test(l.trim())), f).toEqual([]);
      // Layout line breaks are gone: the long opening paragraph is one span.
      expect(prose.some((p) => p.startsWith('本报告由') && p.includes('信息公开工作年度报告') === false && p.length > 120)).toBe(true);
    }
  });
});

describe('pdf robustness (built on the fly)', () => {
  it('reads a simple Latin PDF and keeps the spaces between words', async () => {
    const r = await ingestPdf(textPdf(['Interim Measures for the Filing', 'and Review of Normative Documents']), {});
    expect(r.pages).toBe(1);
    expect(r.text).toContain('Interim Measures for the Filing');
  });

  it('reports a page without text as no-text, naming the pages', async () => {
    // ocr: 'never' keeps this fast; with OCR the page would go to tesseract first (ocr.ts).
    const r = await ingestPdf(blankPdf(), { ocr: 'never' });
    expect(r.quality.status).toBe('no-text');
    expect(r.quality.reason).toMatch(/共 1 页.*没有可提取的文字/);
  });

  it('refuses encrypted, corrupt and truncated files with Chinese messages', async () => {
    expect((await rejects(encryptedPdf(), 'encrypted')).message).toBe('文件已加密（需要密码），无法读取。');
    await rejects(Buffer.from('%PDF-1.7\nthis is not a pdf at all\n'), 'corrupt-pdf');
    const good = textPdf(['hello']);
    const e = await rejects(good.subarray(0, 40), 'corrupt-pdf');
    expect(e.message).toMatch(/PDF/);
  });
});

describe('pdf limits', () => {
  it('refuses documents over the page cap', async () => {
    const { loadPdf } = await import('../../pipeline/ingest/pdf-load.ts');
    await expect(loadPdf(textPdf(['one page']), 0)).rejects.toMatchObject({ code: 'too-many-pages' });
  });

  it('the pdf.js fallback reader stops a parse that runs past its limit and recovers', async () => {
    const { loadPdfWithPdfjs } = await import('../../pipeline/ingest/pdfjs.ts');
    // A page of 50,000 lines keeps pdf.js busy for hundreds of milliseconds even on a fast machine,
    // so a 1 ms limit always runs out first (a one-line page can finish before the timer fires).
    const heavy = textPdf(Array.from({ length: 50_000 }, (_, i) => `line ${i}`));
    await expect(loadPdfWithPdfjs(heavy, 1000, 1)).rejects.toMatchObject({ code: 'timeout' });
    // The stuck worker was stopped; the next document gets a fresh one.
    const ok = await loadPdfWithPdfjs(textPdf(['after the timeout']));
    expect(ok.pages[0]!.items.map((i) => i.str).join('')).toContain('after the timeout');
  });
});
