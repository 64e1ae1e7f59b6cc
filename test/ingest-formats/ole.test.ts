import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestOle } from '../../pipeline/ingest/ole.ts';
import { agreement, HAS_SHARED, HAS_SOFFICE, REAL, squash } from './helpers.ts';

describe.skipIf(!HAS_SHARED)('.doc and Kingsoft .wps, pure-JS path (word-extractor)', () => {
  let saved: string | undefined;
  beforeEach(() => { saved = process.env.BEISHEN_NO_LIBREOFFICE; process.env.BEISHEN_NO_LIBREOFFICE = '1'; });
  afterEach(() => { if (saved === undefined) delete process.env.BEISHEN_NO_LIBREOFFICE; else process.env.BEISHEN_NO_LIBREOFFICE = saved; });

  it('reads a Word .doc with its Chinese text, 版记 and Chinese quotes intact', async () => {
    const r = await ingestOle(readFileSync(REAL + 'copilot-help__govcheck_test.doc'), 'doc');
    expect(r.format).toBe('doc');
    expect(r.quality.status).toBe('ok');
    expect(r.text.split('\n').slice(0, 3)).toEqual(['国防部下发文件', '国防部发〔2023〕33号', '国防部关于教育部放假的通知']);
    expect(r.text).toContain('抄送：教育部，教育部。');
    expect(r.text).not.toMatch(/-- \d --/); // footer page numbers stay out
    expect(r.notes.join()).toMatch(/自动编号/);
  });

  it('reads Kingsoft WPS files (OLE2), including 份号/密级 kept in the page header', async () => {
    const r = await ingestOle(readFileSync(REAL + 'copilot-help__master_template.wps'), 'wps');
    expect(r.format).toBe('wps');
    expect(r.text.split('\n').slice(0, 4)).toEqual(['001012', '机密★5年', '特急', 'BJTU机密文件']);
    expect(r.text).toContain('以上内容用于验证文档类文件在不同格式下的敏感信息检测能力。');
    const g = await ingestOle(readFileSync(REAL + 'copilot-help__govcheck_test.wps'), 'wps');
    expect(g.text).toContain('国防部关于放假的通知\n各有关单位：');
  });
});

describe.skipIf(!HAS_SHARED)('.doc through LibreOffice', () => {
  it.skipIf(!HAS_SOFFICE)('converts through LibreOffice and agrees with the pure-JS reader', async () => {
    const buf = readFileSync(REAL + 'copilot-help__govcheck_test.wps');
    const lo = await ingestOle(buf, 'wps');
    expect(lo.notes.join()).toMatch(/LibreOffice/);
    process.env.BEISHEN_NO_LIBREOFFICE = '1';
    try {
      const js = await ingestOle(buf, 'wps');
      expect(agreement(squash(lo.text), squash(js.text))).toBeGreaterThanOrEqual(0.99);
    } finally {
      delete process.env.BEISHEN_NO_LIBREOFFICE;
    }
  });
  it.skipIf(HAS_SOFFICE)('SKIPPED PATH: LibreOffice (soffice) is not installed — apt-get install libreoffice-writer-nogui to test the conversion path', () => {});
});
