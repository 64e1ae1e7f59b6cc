import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ingestBuffer } from '../../pipeline/ingest/index.ts';
import { sniffDetail, sniffFormat } from '../../pipeline/ingest/sniff.ts';
import { DocumentError } from '../../pipeline/model/types.ts';
import { COUNTY_PAGE, mhtPage } from './fixtures.ts';
import { HAS_SHARED, REAL } from './helpers.ts';

function ole(streams: Record<string, Buffer>): Buffer {
  const c = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(c, `/${name}`, data);
  return Buffer.from(CFB.write(c, { type: 'buffer' }) as Uint8Array);
}
const zip = (files: Record<string, string>): Buffer => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));

describe('sniffFormat: the bytes decide, not the extension', () => {
  it('reads PDFs, even with bytes before the header', () => {
    expect(sniffFormat(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'a.doc')).toBe('pdf');
    expect(sniffFormat(Buffer.concat([Buffer.from('\r\n\r\n'), Buffer.from('%PDF-1.4\n')]), 'x')).toBe('pdf');
  });
  it('tells a .docx renamed .pdf, an OFD with lower-case ofd.xml and other ZIPs apart', () => {
    expect(sniffFormat(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), '通知.pdf')).toBe('docx');
    expect(sniffFormat(zip({ 'ofd.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<x/>' }), 'a.zip')).toBe('ofd');
    const xlsx = sniffDetail(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<x/>' }), 'a.docx');
    expect(xlsx.format).toBe('unknown');
    expect(xlsx.detail).toMatch(/Excel/);
    expect(sniffFormat(zip({ 'readme.txt': 'hello' }), 'a.docx')).toBe('unknown');
  });
  it('looks inside OLE2: Word, Kingsoft WPS, encrypted OOXML, Microsoft Works', () => {
    const fib = Buffer.alloc(64);
    expect(sniffFormat(ole({ WordDocument: fib, '1Table': Buffer.alloc(16) }), 'a.wps')).toBe('doc');
    expect(sniffFormat(ole({ WordDocument: fib, '0Table': Buffer.alloc(16), WpsCustomData: Buffer.alloc(12) }), 'a.doc')).toBe('wps');
    expect(sniffDetail(ole({ EncryptionInfo: Buffer.alloc(16), EncryptedPackage: Buffer.alloc(64) }), 'a.docx').detail).toBe('encrypted');
    const works = sniffDetail(ole({ CONTENTS: Buffer.alloc(64), SPELLING: Buffer.alloc(8) }), 'a.wps');
    expect(works.format).toBe('unknown');
    expect(works.detail).toMatch(/Microsoft Works/);
  });
  it('an encrypted Word file is reported as encrypted, not as garbage', async () => {
    const buf = ole({ EncryptionInfo: Buffer.alloc(16), EncryptedPackage: Buffer.alloc(64) });
    const err = await ingestBuffer(buf, 'a.docx', sniffFormat(buf, 'a.docx')).catch((e) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect(err.code).toBe('encrypted');
    expect(err.message).toMatch(/加密/);
  });
  it('reads HTML and MHT even when named .doc', () => {
    expect(sniffFormat(Buffer.from(COUNTY_PAGE), '通知.doc')).toBe('html');
    expect(sniffFormat(Buffer.from('\uFEFF  <html xmlns:o="urn:schemas-microsoft-com:office:office"><body>x</body></html>'), 'a.doc')).toBe('html');
    expect(sniffFormat(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>通知</p>'), 'a.doc')).toBe('html');
    expect(sniffFormat(mhtPage(), '通知.doc')).toBe('html');
  });
  it('accepts UTF-8 and GB18030 text; rejects binary noise; the extension only picks md vs txt', () => {
    const text = '第一条 为规范行政执法行为，根据有关法律、法规，制定本办法。\n第二条 本办法自发布之日起施行。\n';
    expect(sniffFormat(Buffer.from(text), 'a')).toBe('txt');
    expect(sniffFormat(Buffer.from(text), 'a.md')).toBe('md');
    expect(sniffFormat(iconv.encode(text.repeat(5), 'gb18030'), 'a.txt')).toBe('txt');
    let seed = 7;
    const noise = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
    expect(sniffFormat(noise, 'a.txt')).toBe('unknown');
  });
  it('RTF is named, not silently misread', () => {
    const r = sniffDetail(Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'), 'a.doc');
    expect(r.format).toBe('unknown');
    expect(r.detail).toMatch(/RTF/);
  });
});

describe.skipIf(!HAS_SHARED)('sniffFormat on the real samples', () => {
  it.each([
    ['copilot-help__govcheck_test.doc', 'doc'], // edited in WPS but a Word file: still doc
    ['copilot-help__govcheck_test.wps', 'wps'],
    ['copilot-help__master_template.wps', 'wps'],
    ['copilot-help__govcheck_test.docx', 'docx'],
    ['copilot-help__govcheck_test.ofd', 'ofd'],
    ['ofdrw__containsJPEG__image_only.ofd', 'ofd'],
    ['copilot-help__govcheck_test.pdf', 'pdf'],
  ])('%s → %s, whatever it is called', (file, format) => {
    const buf = readFileSync(REAL + file);
    expect(sniffFormat(buf, file)).toBe(format);
    expect(sniffFormat(buf, 'renamed.txt')).toBe(format);
  });
});

describe('data tables are not documents', () => {
  it('a .tsv or .csv list of files is reported unsupported, a .txt notice with tabs is still text', () => {
    const tsv = Buffer.from('file\trepo\tpath\tlicense\na.ofd\tofdrw/ofdrw\ttest/a.ofd\tApache-2.0\nb.pdf\tpdfminer/pdfminer\tsamples/b.pdf\tMIT\n');
    const d = sniffDetail(tsv, 'SOURCES.tsv');
    expect(d.format).toBe('unknown');
    expect(d.detail).toMatch(/数据表.*不是公文/);
    expect(sniffFormat(Buffer.from('名称,数量\n办公桌,3\n椅子,12\n'), '清单.csv')).toBe('unknown');
    expect(sniffFormat(Buffer.from('关于做好2024年防汛工作的通知\n各乡镇：\n\t现将有关事项通知如下。\n'), '通知.txt')).toBe('txt');
    expect(sniffFormat(Buffer.from('关于做好防汛工作的通知\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下。\n'), '通知.csv')).toBe('txt');
  });
});
