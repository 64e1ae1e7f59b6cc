import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import CFB from 'cfb';
import { DocumentError } from '../../pipeline/model/types.ts';
import { ingestDocx } from '../../pipeline/ingest/docx.ts';
import { ZIP_LIMITS } from '../../pipeline/ingest/docx-zip.ts';
import { charAccuracy } from './accuracy.ts';
import { buildDocx, para, SHARED, sharedPath } from './fixtures.ts';

const syn = (f: string) => readFileSync(sharedPath(`samples/synthetic/${f}`));
const lines = (t: string) => t.split('\n');
const ARTICLE = /^(第[一二三四五六七八九十百]+条|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;

async function rejects(buf: Buffer, code: string): Promise<DocumentError> {
  try {
    await ingestDocx(buf, {});
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).code).toBe(code);
    expect((e as DocumentError).message).toMatch(/[\u4e00-\u9fff]/);
    return e as DocumentError;
  }
  throw new Error(`expected DocumentError ${code}`);
}

describe.skipIf(!existsSync(SHARED))('docx on the synthetic samples', () => {
  it('rebuilds automatic numbering: auto_extras.docx reads exactly like typed_extras.docx', async () => {
    const auto = await ingestDocx(syn('auto_extras.docx'), {});
    const typed = await ingestDocx(syn('typed_extras.docx'), {});
    expect(auto.text).toBe(typed.text);
    const labels = lines(auto.text).map((l) => ARTICLE.exec(l)?.[1]).filter(Boolean);
    expect(labels.filter((l) => l!.startsWith('第'))).toHaveLength(30);
    expect(labels.slice(0, 6)).toEqual(['第一条', '第二条', '第三条', '（一）', '（二）', '（三）']);
    expect(auto.text).toContain('第三十条　');
  });

  it('extracts notoserif_auto.docx and notoserif_typed.docx with ≥ 99.9 % character accuracy against a30.txt', async () => {
    const truth = readFileSync(sharedPath('samples/synthetic/a30.txt'), 'utf8');
    for (const f of ['notoserif_auto.docx', 'notoserif_typed.docx']) {
      const r = await ingestDocx(syn(f), {});
      // a30.txt is the body; the documents also carry a footnote, which we keep as a footnote span.
      const body = r.spans.filter((s) => s.kind !== 'footnote').map((s) => r.text.slice(s.start, s.end)).join('\n');
      expect(charAccuracy(body, truth), f).toBeGreaterThanOrEqual(0.999);
      expect(lines(body).filter((l) => /^第[一二三四五六七八九十]+条　/.test(l))).toHaveLength(30);
    }
  });

  it('accepts tracked changes, keeps text boxes and footnotes, drops header and footer, tables as rows', async () => {
    const r = await ingestDocx(syn('auto_extras.docx'), {});
    expect(r.text).toContain('【新增：经备案审查机关审查】');
    expect(r.text).not.toContain('【已删除');
    expect(r.notes.join()).toMatch(/已接受修订 2 处/);
    expect(r.text).not.toMatch(/页眉|页脚/);
    const kinds = (k: string) => r.spans.filter((s) => s.kind === k).map((s) => r.text.slice(s.start, s.end));
    expect(kinds('textbox')).toEqual(['文本框（VML）：本条所称上位法，是指法律、行政法规和地方性法规。', '文本框（DrawingML）：备案审查结果应当向社会公开。']);
    expect(kinds('footnote')).toEqual(['脚注：参见《中华人民共和国立法法》第一百零七条。']);
    expect(kinds('table')).toEqual(['序号\t事项\t责任部门', '1\t规范性文件备案审查\t司法行政部门', '2\t行政处罚裁量基准制定\t市场监督管理部门', '3\t行政强制措施合法性审核\t公安机关']);
    // Text boxes and footnotes come after the body.
    const lastBody = Math.max(...r.spans.filter((s) => s.kind === 'body').map((s) => s.end));
    expect(Math.min(...r.spans.filter((s) => s.kind === 'textbox' || s.kind === 'footnote').map((s) => s.start))).toBeGreaterThan(lastBody);
    // Every span is a paragraph: no line breaks inside, paragraph indexes increase through the body.
    const body = r.spans.filter((s) => s.kind === 'body' || s.kind === 'heading');
    for (let i = 1; i < body.length; i++) expect(body[i]!.paragraph!).toBeGreaterThan(body[i - 1]!.paragraph!);
  });

  it('labels the docx-library numbered sample (numbering defined by python-docx style lists)', async () => {
    const r = await ingestDocx(syn('docxlib_numbered.docx'), {});
    expect(r.quality.status).toBe('ok');
    expect(lines(r.text).some((l) => /^第一条　对违反本规定的/.test(l))).toBe(true);
  });
});

describe('docx numbering and robustness (built on the fly)', () => {
  const NUM = `
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%2条"/><w:suff w:val="space"/><w:lvlRestart w:val="0"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%3）"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%4."/><w:suff w:val="nothing"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%1、"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;

  it('counts multi-level lists across nums sharing an abstractNum, restarts, start values and formats', async () => {
    const body = [
      para('总则', 1, 0), para('为了规范管理，制定本办法。', 1, 1), para('下列事项：', 1, 1), para('许可；', 1, 2), para('处罚。', 1, 2),
      para('细目', 1, 3), para('管理', 2, 0), // num 2 continues abstractNum 0: 第二章
      para('本条继续编号。', 2, 1), // lvlRestart 0: 第四条, not 第一条
      para('自九开始', 3), para('继续', 3), para('重新开始', 4),
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>`,
    ].join('');
    const r = await ingestDocx(buildDocx(body, NUM), {});
    expect(lines(r.text)).toEqual([
      '第一章　总则', '第一条　为了规范管理，制定本办法。', '第二条　下列事项：', '（一）许可；', '（二）处罚。', '1.细目',
      '第二章　管理', '第三条　本条继续编号。', '九、自九开始', '一〇、继续', '一、重新开始', '不编号',
    ]);
  });

  it('drops hidden text and deleted runs, keeps insertions, flattens a nested table into its cell', async () => {
    const body = `<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`;
    const r = await ingestDocx(buildDocx(body), {});
    expect(lines(r.text)).toEqual(['可见插入', '甲\t内']);
    expect(r.notes.join()).toMatch(/已接受修订 2 处/);
  });

  it('refuses a truncated file, a zip without document.xml, an encrypted document and a zip bomb', async () => {
    const good = buildDocx(para('第一条　内容。'));
    await rejects(good.subarray(0, Math.floor(good.length * 0.6)), 'corrupt-zip');
    await rejects(Buffer.from(zipSync({ 'readme.txt': new Uint8Array([65]) })), 'not-docx');
    // Word's password protection: an OLE2 compound file holding EncryptionInfo + EncryptedPackage.
    const ole = CFB.utils.cfb_new();
    CFB.utils.cfb_add(ole, 'EncryptionInfo', Buffer.alloc(200, 1));
    CFB.utils.cfb_add(ole, 'EncryptedPackage', Buffer.alloc(5000, 7));
    const enc = Buffer.from(CFB.write(ole, { type: 'buffer' }) as Uint8Array);
    expect((await rejects(enc, 'encrypted')).message).toBe('文件已加密（需要密码），无法读取。请提供未加密的文件。');
    // A directory that declares 300 MB: refused before anything is inflated.
    const small = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(1000) }));
    const cd = small.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    small.writeUInt32LE(300 * 1024 * 1024, cd + 24);
    await rejects(small, 'zip-bomb');
    // A real bomb: 24 MB of zeros deflate ~1000:1.
    const bomb = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(24 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length * ZIP_LIMITS.maxRatio).toBeLessThan(24 * 1024 * 1024);
    const t0 = performance.now();
    await rejects(bomb, 'zip-bomb');
    expect(performance.now() - t0).toBeLessThan(1000); // from the directory, not by inflating
  });
});
