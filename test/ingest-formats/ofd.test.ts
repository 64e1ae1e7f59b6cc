import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ingestOfd } from '../../pipeline/ingest/ofd.ts';
import { expandDeltas } from '../../pipeline/ingest/ofd-content.ts';
import { HAS_SHARED, HAS_TESSERACT, REAL } from './helpers.ts';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
/** A small OFD written the way odd producers write them: absolute paths, DOC_0 vs Doc_0, entities. */
function syntheticOfd(drop: string[] = []): Buffer {
  const text = (id: number, x: number, y: number, s: string, dx = '') =>
    `<ofd:TextObject ID="${id}" Boundary="${x} ${y} 160 8" Font="1" Size="5.6"><ofd:TextCode X="0" Y="5"${dx ? ` DeltaX="${dx}"` : ''}>${s}</ofd:TextCode></ofd:TextObject>`;
  const files: Record<string, string> = {
    'OFD.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    'DOC_0/Document.xml': `<ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID="9" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages\\Page_0\\Content.xml"/></ofd:Pages></ofd:Document>`,
    'DOC_0/Tpls/Tpl_0/Content.xml': `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${text(3, 60, 30, '某县人民政府文件', 'g 7 5.6')}</ofd:Layer></ofd:Content></ofd:Page>`,
    'DOC_0/Pages/Page_0/Content.xml': `<ofd:Page ${NS}><ofd:Template TemplateID="9" ZOrder="Background"/><ofd:Content><ofd:Layer ID="4">`
      + text(5, 80, 50, '某政发〔2024〕1号')
      + text(6, 25, 70, '　　第一条　为规范R&amp;D经费管理，根据&lt;有关规定&gt;&#x5236;定本办法。本办法所称经费，是指财政')
      + text(7, 25, 80, '资金安排的研发经费。')
      + text(8, 25, 90, '　　第二条　本办法自发布之日起施行。')
      + '</ofd:Layer></ofd:Content></ofd:Page>',
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).filter(([k]) => !drop.includes(k)).map(([k, v]) => [k, strToU8(v)]))));
}

describe('OFD reader on synthetic input', () => {
  it('follows absolute, backslashed and case-mismatched paths, templates and XML entities', async () => {
    const r = await ingestOfd(syntheticOfd());
    expect(r.quality.status).toBe('ok');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('某县人民政府文件');
    expect(lines[1]).toBe('某政发〔2024〕1号');
    // wrapped line joined into its paragraph; the indented next article opens a new one
    expect(lines[2]).toBe('第一条　为规范R&D经费管理，根据<有关规定>制定本办法。本办法所称经费，是指财政资金安排的研发经费。');
    expect(lines[3]).toBe('第二条　本办法自发布之日起施行。');
    expect(r.spans.every((s) => s.page === 1)).toBe(true);
  });
  it('an OFD whose page content is missing is damaged (failed), not a document without text', async () => {
    const err = await ingestOfd(syntheticOfd(['DOC_0/Pages/Page_0/Content.xml', 'DOC_0/Tpls/Tpl_0/Content.xml'])).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'damaged', status: 'failed', message: expect.stringContaining('1 页的页面内容缺失') });
  });
  it('expands "g" delta repeats', () => {
    expect(expandDeltas('1 g 3 2.5 4', 10)).toEqual([1, 2.5, 2.5, 2.5, 4]);
    expect(expandDeltas('g 100000000 1', 3)).toEqual([1, 1, 1]);
  });
  it('rejects a damaged package with a reason', async () => {
    await expect(ingestOfd(Buffer.from('PK\u0003\u0004garbage'))).rejects.toMatchObject({ code: 'damaged' });
  });
});

describe.skipIf(!HAS_SHARED)('OFD reader on real files', () => {
  const read = (f: string) => ingestOfd(readFileSync(REAL + f));
  it('red-head 批复: text in reading order, paragraphs joined, seal reported', async () => {
    const r = await read('ofdrw__n__luqiao_weisheng_pifu_2011.ofd');
    expect(r.text).toContain('路卫发〔2011〕76号\n关于同意张阿三同志辞职的批复\n区中医院：');
    expect(r.text).toContain('根据《浙江省专业技术人员和管理人员辞职暂行办法》（浙人才〔1993〕73号）文件精神，经研究，同意张阿三同志辞职。');
    expect(r.pages).toBe(2);
    expect(r.notes.join()).toMatch(/含电子签章 1 个（印章：某某省人力资源和社会测试章）/);
  });
  it('text held only in DocumentRes composite objects is resolved', async () => {
    const r = await read('ofdrw__y__haiguan_article_compositeobjects.ofd');
    expect(r.quality.status).toBe('ok');
    expect(r.text).toContain('建设新时代海关数字档案室');
    expect(r.text.length).toBeGreaterThan(3000);
  });
  it('non-standard paths and KingGrid templates', async () => {
    const r = await read('ofdrw__path_unstd__lian_jueding_template.ofd');
    expect(r.text).toContain('立案决定书');
    expect(r.text).toContain('根据《中华人民共和国刑事诉讼法》第');
  });
  it('a file whose image resource is in the wrong place is still read (found by name)', async () => {
    const r = await read('ofdrw__testImageNotFound__tankuangquan.ofd');
    expect(r.quality.status).toBe('ok');
    expect(r.text).toContain('一、探矿权人应在批准的勘查范围内依法进行勘查活动。');
  });
  it('pages with only vector paths and seals are no-text, with the seals named', async () => {
    const r = await read('ofdrw__h__signed_no_text.ofd');
    expect(r.quality.status).toBe('no-text');
    expect(r.quality.reason).toMatch(/图形或印章/);
    expect(r.notes.join()).toMatch(/含电子签章 2 个/);
  });
  it('page numbers ("–– 1 ––") are dropped and the 版记 keeps its lines', async () => {
    const r = await read('copilot-help__govcheck_test.ofd');
    expect(r.text).not.toMatch(/––/);
    expect(r.text).toContain('抄送：教育局，教育局。\n分送：教育局，教育局。');
  });
  it.skipIf(HAS_TESSERACT)('image-only pages without tesseract: no-text with how to enable OCR', async () => {
    const r = await read('ofdrw__containsJPEG__image_only.ofd');
    expect(r.quality.status).toBe('no-text');
    expect(r.quality.reason).toMatch(/tesseract-ocr-chi-sim/);
  });
  it('image-only pages with OCR turned off say so', async () => {
    const r = await ingestOfd(readFileSync(REAL + 'ofdrw__containsJPEG__image_only.ofd'), { ocr: 'never' });
    expect(r.quality.status).toBe('no-text');
    expect(r.quality.reason).toMatch(/不做 OCR/);
  });
});
