// 审查意见书 drafts: one .docx per document with errors or warnings, re-read with mammoth: the text names
// the issuer, the document and 文号, and for every finding its provision, its basis law and article.
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderOpinionFiles } from '../../reports/docx/render-opinions.ts';
import { buildOpinionDraft, chineseNumber, opinionFileName } from '../../reports/docx/opinion-text.ts';
import { loadFixture } from './helpers.ts';

const batch = loadFixture('batch');

async function rawText(content: string | Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(content as Uint8Array) })).value;
}

describe('review-opinion drafts (.docx)', () => {
  it('writes one draft per document with error or warning findings', async () => {
    const files = await renderOpinionFiles(batch);
    expect(files.map((f) => f.name)).toEqual([
      'opinions/关于禁止燃放烟花爆竹的通告-审查意见书.docx',
      'opinions/清河县城区户外广告设置管理办法-审查意见书.docx',
    ]);
  });

  it('re-reads as the letter: issuer, title, 文号, every provision and basis', async () => {
    const files = await renderOpinionFiles(batch);
    for (const [k, file] of files.entries()) {
      const doc = batch.documents[k]!;
      const text = await rawText(file.content);
      expect(text).toContain(`关于《${doc.meta.title}》的审查意见书`);
      expect(text).toContain(`${doc.meta.issuers[0]!.name}`);
      expect(text).toContain(`（${doc.meta.docNumber}）`);
      expect(text).toContain('根据《中华人民共和国立法法》《法规规章备案审查条例》及有关规定');
      expect(text).toContain('请你单位自收到本意见之日起');
      for (const f of doc.findings.filter((x) => x.severity !== 'info')) {
        expect(text).toContain(`关于${f.location.label}`);
        expect(text).toContain(f.location.text);
        expect(text).toContain(f.message);
        for (const b of f.basis) {
          expect(text).toContain(`《${b.law}》${b.article}规定：“`);
          expect(text).toContain(b.text.split('\n')[0]!);
        }
      }
      // Info findings are left out of the letter.
      for (const f of doc.findings.filter((x) => x.severity === 'info')) expect(text).not.toContain(f.message);
    }
  });

  it('numbers the problems and puts two findings on one provision under one heading', () => {
    const draft = buildOpinionDraft(batch.documents[1]!);
    expect(draft.salutation).toBe('清河县人民政府办公室、清河县城市管理局：');
    expect(draft.problems.map((p) => p.heading.split('、')[0])).toEqual(['一', '二', '三', '四']);
    const art9 = draft.problems[3]!;
    expect(art9.heading).toBe('四、关于第三章第九条');
    expect(art9.points.map((p) => p.heading)).toEqual(['（一）规范性文件设定罚款', '（二）规范性文件设定行政强制措施']);
    expect(chineseNumber(12)).toBe('十二');
    expect(chineseNumber(30)).toBe('三十');
  });

  it('names the issued document when the file is a 印发 notice', () => {
    const d = structuredClone(batch.documents[1]!);
    d.meta = { ...d.meta, title: '清河县人民政府办公室关于印发《清河县城区户外广告设置管理办法》的通知', attachedTitle: '清河县城区户外广告设置管理办法', wrapperDocType: '通知' };
    const draft = buildOpinionDraft(d);
    expect(draft.title).toBe('关于《清河县城区户外广告设置管理办法》的审查意见书');
    expect(draft.opening).toContain('报送备案的《清河县城区户外广告设置管理办法》（清政办发〔2025〕7号）');
  });

  it('names the fonts review bodies use and an A4 page', async () => {
    const [file] = await renderOpinionFiles(batch);
    const xml = strFromU8(unzipSync(file!.content as Uint8Array)['word/document.xml']!);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
  });

  it('sanitises file names from hostile paths and keeps them unique', async () => {
    const taken = new Set<string>();
    const d = loadFixture('hostile').documents[0]!;
    const a = opinionFileName(d, taken);
    const b = opinionFileName(d, taken);
    expect(a).toMatch(/^opinions\/[^/\\:*?"<>|]+-审查意见书\.docx$/);
    expect(b).not.toBe(a);
    const files = await renderOpinionFiles(loadFixture('hostile'));
    expect(files).toHaveLength(1);
    expect(await rawText(files[0]!.content)).toContain('<img src=x onerror=alert(1)>'); // text stays text
  });
});
