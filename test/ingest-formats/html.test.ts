import { describe, expect, it } from 'vitest';
import { ingestBuffer } from '../../pipeline/ingest/index.ts';
import { sniffFormat } from '../../pipeline/ingest/sniff.ts';
import { isoDate, readPortalFields } from '../../pipeline/ingest/html-meta.ts';
import { COUNTY_PAGE, gb2312Page, mhtPage } from './fixtures.ts';

const ingest = (buf: Buffer, name: string) => ingestBuffer(buf, name, sniffFormat(buf, name));

describe('HTML pages from government portals', () => {
  it('keeps the article body and drops navigation, scripts and footer', async () => {
    const r = await ingest(Buffer.from(COUNTY_PAGE), '通知.html');
    expect(r.format).toBe('html');
    expect(r.quality.status).toBe('ok');
    expect(r.text.split('\n')[0]).toBe('关于印发《某县农村集体经济组织财务管理办法》的通知');
    expect(r.text).toContain('第三条 集体经济组织应当建立健全财务公开制度，每季度公开一次财务收支情况。\n重大事项应当随时公开。');
    expect(r.text).toContain('第四条 本办法自2023年6月1日起施行，有效期5年。');
    for (const chrome of ['首页', '当前位置', '分享到', '字体', '版权所有', 'ICP', '统计代码', '索引号', '主题分类']) {
      expect(r.text).not.toContain(chrome);
    }
    // spans cover the paragraphs exactly
    for (const s of r.spans) expect(r.text.slice(s.start, s.end).length).toBe(s.end - s.start);
    expect(r.spans.map((s) => r.text.slice(s.start, s.end)).join('\n')).toBe(r.text);
  });

  it('reads the 信息公开 table into meta and a note', async () => {
    const r = await ingest(Buffer.from(COUNTY_PAGE), '通知.html');
    expect(r.meta?.docNumber).toBe('某政办〔2023〕12号');
    expect(r.meta?.issuers).toEqual([{ name: '某县人民政府办公室', level: null, kind: 'other' }]);
    expect(r.meta?.issuedOn).toBe('2023-05-06');
    expect(r.meta?.publishedOn).toBe('2023-05-10');
    expect(r.meta?.validityText).toBe('有效');
    expect(r.notes.join('\n')).toMatch(/索引号：11341523MB1234567X\/2023-00125.*主题分类：农业、林业、水利/);
  });

  it('decodes a GB2312 page (declared in <meta>) and reads label/value cells without colons', async () => {
    const buf = gb2312Page();
    expect(buf.includes(Buffer.from('集市', 'utf8'))).toBe(false); // really GB2312 bytes
    const r = await ingest(buf, 'tonggao.htm');
    expect(r.text).toContain('一、集市经营者应当在划定区域内经营，不得占道经营。');
    expect(r.text.startsWith('某镇人民政府关于加强集市管理的通告')).toBe(true);
    expect(r.text).not.toMatch(/网站首页|版权所有/);
    expect(r.meta?.docNumber).toBe('某镇发〔2021〕3号');
    expect(r.meta?.issuedOn).toBe('2021-03-08');
    expect(r.meta?.issuers?.[0].name).toBe('某镇人民政府');
  });

  it('reads an MHT web archive (quoted-printable UTF-8), even saved as .doc', async () => {
    const r = await ingest(mhtPage(), '防汛通知.doc');
    expect(r.format).toBe('html');
    expect(r.text).toContain('为切实做好今年防汛工作，确保人民群众生命财产安全');
    expect(r.text).not.toContain('政务公开');
    expect(r.notes.join()).toMatch(/MHT/);
  });

  it('a page without any text is no-text, not ok', async () => {
    const r = await ingest(Buffer.from('<!DOCTYPE html><html><body><img src="scan.jpg"></body></html>'), 'a.html');
    expect(r.quality.status).toBe('no-text');
  });

  it('parses dates and inline label cells', () => {
    expect(isoDate('2023年5月6日')).toBe('2023-05-06');
    expect(isoDate('2021.03.08')).toBe('2021-03-08');
    expect(isoDate('2021年13月1日')).toBeNull();
    const f = readPortalFields(['发文字号：浙政办发〔2023〕5号 成文日期：2023-01-02', '有 效 性：', '有效']);
    expect(f).toMatchObject({ docNumber: '浙政办发〔2023〕5号', writtenOn: '2023-01-02', validity: '有效' });
  });
});
