// OFD (GB/T 33190) reader: OFD.xml → DocBody/DocRoot → Document.xml → Pages → Content.xml,
// with templates, composite objects from DocumentRes/PublicRes, and signatures. Text is
// rebuilt from glyph positions (ofd-layout.ts). Pages that carry only images are OCR'd when
// tesseract is installed; pages with only vector graphics or seals have no text to give.
import { DocumentError, type IngestResult } from '../model/types.ts';
import type { IngestOptions } from './index.ts';
import { walkContent, type ImagePlacement, type WalkContext } from './ofd-content.ts';
import { glyphsToLines, linesToParagraphs, type Line } from './ofd-layout.ts';
import { asArray, dirOf, nums, OfdPackage, textOf, type XNode } from './ofd-package.ts';
import { readSignatures, sealNote } from './ofd-signatures.ts';
import { OCR_HINT, OCR_MIN_CONFIDENCE, ocrAvailable, ocrImage, ocrUsable } from './ocr.ts';
import { buildResult } from './paragraphs.ts';

const MAX_PAGES = 2000;
const MAX_GLYPHS = 2_000_000;

interface Resources { composites: Map<string, XNode>; media: Map<string, string | null> }

function loadRes(pkg: OfdPackage, baseDir: string, refs: unknown, into: Resources, missing: string[]): void {
  for (const ref of asArray(refs)) {
    const path = pkg.resolve(baseDir, textOf(ref));
    const res = pkg.xml(path)?.Res as XNode | undefined;
    if (!res || !path) continue;
    const mediaDir = res.BaseLoc ? `${dirOf(path)}/${res.BaseLoc}` : dirOf(path);
    for (const group of asArray<XNode>(res.CompositeGraphicUnits)) {
      for (const u of asArray<XNode>(group.CompositeGraphicUnit)) into.composites.set(String(u.ID), u);
    }
    for (const group of asArray<XNode>(res.MultiMedias)) {
      for (const m of asArray<XNode>(group.MultiMedia)) {
        const file = textOf(m.MediaFile).trim();
        const p = pkg.resolve(mediaDir, file) ?? pkg.resolve(dirOf(path), file);
        if (!p && file) missing.push(file);
        into.media.set(String(m.ID), p);
      }
    }
  }
}

export async function ingestOfd(buf: Buffer, opts: IngestOptions = {}): Promise<IngestResult> {
  const pkg = new OfdPackage(buf);
  const ofdPath = pkg.resolve('', 'OFD.xml');
  const root = pkg.xml(ofdPath)?.OFD as XNode | undefined;
  if (!root) throw new DocumentError('damaged', 'OFD 文件缺少可读的入口文件 OFD.xml，无法读取。');
  const body = asArray<XNode>(root.DocBody)[0];
  const docPath = pkg.resolve('', textOf(body?.DocRoot));
  const doc = pkg.xml(docPath)?.Document as XNode | undefined;
  if (!doc || !docPath) throw new DocumentError('damaged', 'OFD 文件的文档根节点（DocRoot）指向的 Document.xml 不存在或无法解析。');
  const docDir = dirOf(docPath);
  const common = (doc.CommonData ?? {}) as XNode;
  const defaultHeight = nums(textOf(common.PageArea?.PhysicalBox))[3] ?? 297;
  const missingMedia: string[] = [];
  const res: Resources = { composites: new Map(), media: new Map() };
  loadRes(pkg, docDir, common.PublicRes, res, missingMedia);
  loadRes(pkg, docDir, common.DocumentRes, res, missingMedia);
  const templates = new Map<string, string | null>();
  for (const t of asArray<XNode>(common.TemplatePage)) templates.set(String(t.ID), pkg.resolve(docDir, t.BaseLoc));

  const notes: string[] = [];
  const pageRefs = asArray<XNode>(doc.Pages?.Page);
  if (pageRefs.length > MAX_PAGES) notes.push(`文件共 ${pageRefs.length} 页，只读取前 ${MAX_PAGES} 页。`);
  const pageLines: Line[][] = [];
  const imagePages: { page: number; images: ImagePlacement[] }[] = [];
  const rotated: string[] = [];
  let missingPages = 0;
  let pathOnlyPages = 0;
  let glyphCount = 0;
  for (const [i, ref] of pageRefs.slice(0, MAX_PAGES).entries()) {
    const pagePath = pkg.resolve(docDir, ref.BaseLoc);
    const page = pkg.xml(pagePath)?.Page as XNode | undefined;
    if (!page || !pagePath) { missingPages++; pageLines.push([]); continue; }
    const pageRes: Resources = { composites: new Map(res.composites), media: new Map(res.media) };
    loadRes(pkg, dirOf(pagePath), page.PageRes, pageRes, missingMedia);
    const ctx: WalkContext = { glyphs: [], images: [], composites: pageRes.composites, paths: 0, maxGlyphs: MAX_GLYPHS - glyphCount };
    for (const t of asArray<XNode>(page.Template)) {
      const tpl = pkg.xml(templates.get(String(t.TemplateID)) ?? null)?.Page as XNode | undefined;
      if (tpl) walkContent(tpl.Content, ctx);
    }
    walkContent(page.Content, ctx);
    glyphCount += ctx.glyphs.length;
    const height = nums(textOf(page.Area?.PhysicalBox))[3] ?? defaultHeight;
    const laid = glyphsToLines(ctx.glyphs, i + 1, height);
    rotated.push(...laid.rotated);
    pageLines.push(laid.lines);
    const images = ctx.images.filter((im) => im.w * im.h > 400); // ignore icons and QR-code-sized marks
    if (!laid.lines.length && images.length) imagePages.push({ page: i + 1, images: images.map((im) => ({ ...im, resourceId: pageRes.media.get(im.resourceId) ?? '' })) });
    else if (!laid.lines.length && ctx.paths) pathOnlyPages++;
  }

  // Image-only pages: OCR the embedded images when tesseract is available.
  let ocrPages = 0;
  const ocrConf: number[] = [];
  const rejected: { page: number; conf: number }[] = [];
  const wantOcr = opts.ocr !== 'never' && imagePages.length > 0;
  const canOcr = wantOcr && (await ocrAvailable());
  if (canOcr) {
    for (const ip of imagePages) {
      const lines: Line[] = [];
      for (const im of ip.images.sort((a, b) => a.y - b.y || a.x - b.x)) {
        const bytes = pkg.bytes(im.resourceId || null);
        if (!bytes) continue;
        const r = await ocrImage(Buffer.from(bytes));
        if (!r || !ocrUsable(r)) {
          if (r?.words) rejected.push({ page: ip.page, conf: r.confidence });
          continue;
        }
        ocrConf.push(r.confidence);
        r.paragraphs.forEach((t, k) => lines.push({ text: t, x0: 0, x1: 0, y: im.y + k, size: 1, page: ip.page }));
      }
      if (lines.length) { ocrPages++; pageLines[ip.page - 1] = lines; }
    }
  }

  const paras = linesToParagraphs(pageLines).map((p) => ({ text: p.text, page: p.page }));
  const result = buildResult('ofd', paras, { pages: pageRefs.length });
  result.notes = [...notes, ...result.notes];
  const seal = sealNote(readSignatures(pkg, root, docDir));
  if (seal) result.notes.push(seal);
  if (ocrPages) {
    const mean = ocrConf.reduce((a, b) => a + b, 0) / ocrConf.length;
    result.notes.push(`第 ${imagePages.filter((p) => pageLines[p.page - 1].length).map((p) => p.page).join('、')} 页为图像，文字由 OCR 识别（平均置信度 ${mean.toFixed(0)}%），可能有错字，请核对原件。`);
  }
  if (rejected.length) {
    result.notes.push(`第 ${[...new Set(rejected.map((r) => r.page))].join('、')} 页的图像 OCR 置信度过低（${rejected.map((r) => `${r.conf.toFixed(0)}%`).join('、')}，低于 ${OCR_MIN_CONFIDENCE}%），识别结果未采用。`);
  }
  if (rotated.length) result.notes.push(`已略去旋转排列的文字（多为水印）：${rotated.join('').slice(0, 40)}`);
  if (missingMedia.length) result.notes.push(`文件引用的图像资源缺失：${[...new Set(missingMedia)].slice(0, 5).join('、')}。`);
  if (missingPages) result.notes.push(`有 ${missingPages} 页的页面内容缺失或无法解析。`);
  if (glyphCount >= MAX_GLYPHS) result.notes.push('文字量超过上限，只读取了前面部分。');
  const unreadImagePages = imagePages.filter((p) => !pageLines[p.page - 1].length).map((p) => p.page);
  if (unreadImagePages.length && result.text) {
    result.notes.push(`第 ${unreadImagePages.join('、')} 页为图像，未识别文字${canOcr || !wantOcr ? '' : `（${OCR_HINT}）`}。`);
  }
  if (!result.text && missingPages) {
    // Nothing to read because pages are missing is damage, not an empty document.
    throw new DocumentError('damaged', `OFD 文件已损坏：共 ${Math.min(pageRefs.length, MAX_PAGES)} 页，其中 ${missingPages} 页的页面内容缺失或无法解析，其余页没有可提取的文字，无法审查。`);
  }
  if (!result.text) {
    const reason = imagePages.length
      ? `OFD 文件的页面只有图像（扫描件），没有可提取的文字。${opts.ocr === 'never' ? '已按设置不做 OCR。' : canOcr ? 'OCR 未识别出可靠的文字。' : OCR_HINT}`
      : pathOnlyPages
        ? 'OFD 文件的页面只有图形或印章（文字已转为曲线），没有可提取的文字。'
        : 'OFD 文件中没有可提取的文字。';
    result.quality = { status: 'no-text', reason };
  }
  return result;
}
