// --format annotated: for each checked document with findings, a copy with a Word comment (批注) on each
// flagged clause — the problem, the basis article, the suggestion — under annotated/<name>-批注.docx.
// A .docx is annotated as it is; a .doc or .wps is converted by LibreOffice first (when installed);
// PDF, OFD, HTML and text become a .docx of the extracted text, which says so in its first line.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { ParsedDocument } from '../../pipeline/engine/check-document.ts';
import { convertToDocx, findSoffice } from '../../pipeline/ingest/ole-libreoffice.ts';
import { CATEGORY_NAMES, REVIEW_STATUS_NAMES, type DocumentReport, type Finding } from '../../pipeline/model/types.ts';
import { atEachPlace } from '../../pipeline/model/places.ts';
import { fileStem } from '../html/labels.ts';
import type { OutputFile } from '../index.ts';
import { matchRanges } from '../match-ranges.ts';
import { otherPlacesLine } from '../other-places.ts';
import { annotateDocx, type PlacedComment } from './annotate-docx.ts';
import { scanParagraphs } from './docx-paragraphs.ts';
import { indexParagraphs, locateFinding } from './locate.ts';

export const AUTHOR = '备审 beishen';
const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const BASIS_MAX = 300;

export interface AnnotatedSource {
  bytes?: Buffer;
  parsed?: ParsedDocument;
  error?: string;
}

/** Findings that get a comment: all but those a reviewer found to be no problem or already corrected. */
function commented(d: DocumentReport): Finding[] {
  return d.findings.filter((f) => f.review?.status !== 'not-a-problem' && f.review?.status !== 'corrected');
}

const heading = (f: Finding) => `【${SEVERITY[f.severity]}】${CATEGORY_NAMES[f.category]}：${f.title}（${f.location.label || '全文'}）`;
const notLocated = (f: Finding, exact: boolean) => (!exact && f.location.match ? [`（未能在原文中定位“${f.location.match}”，批注放在相关段落上。）`] : []);

export function commentBody(f: Finding, exact: boolean): string[] {
  const lines = [heading(f), `问题：${f.message}`];
  for (const b of f.basis) {
    const text = b.text.replace(/\s*\n\s*/g, '');
    lines.push(`依据：《${b.law}》${b.article}规定：“${text.length > BASIS_MAX ? `${text.slice(0, BASIS_MAX)}……` : text}”`);
  }
  if (f.suggestion) lines.push(`建议：${f.suggestion}`);
  const others = otherPlacesLine(f);
  if (others) lines.push(`${others}（各处均有批注）`);
  if (f.review) lines.push(`复核：${REVIEW_STATUS_NAMES[f.review.status]}${f.review.reason ? `（${f.review.reason}）` : ''}`);
  return [...lines, ...notLocated(f, exact)];
}

/** The comment at another place of a merged finding: what is wrong there; the basis and suggestion are the first place's. */
export function otherPlaceBody(place: Finding, first: Finding, exact: boolean): string[] {
  return [heading(place), `问题：${place.message}`, `同一问题，依据和建议见${first.location.label || '全文'}的批注。`, ...notLocated(place, exact)];
}

/** The comments of one document placed in its paragraphs. */
export function placeComments(docx: Uint8Array, d: DocumentReport, date: string): PlacedComment[] {
  const xml = strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  const idx = indexParagraphs(scanParagraphs(xml));
  // Every place of a merged finding is marked: the first with the whole comment, the others with their own words.
  const places = commented(d).flatMap((f) => atEachPlace(f).map((place, k) => ({ f, place, first: k === 0 })));
  const byProvision = new Map<string, Finding[]>();
  for (const { place } of places) {
    const k = `${place.location.label}\u0000${place.location.text}`;
    byProvision.set(k, [...(byProvision.get(k) ?? []), place]);
  }
  const offsets = new Map<string, number>();
  for (const group of byProvision.values()) {
    for (const r of matchRanges(group[0]!.location.text, group)) for (const id of r.findingIds) offsets.set(id, r.start);
  }
  const title = d.meta.title;
  return places.map(({ f, place, first }) => {
    const p = locateFinding(idx, place, offsets.get(place.id) ?? null, title);
    const body = first ? commentBody(f, p.exact) : otherPlaceBody(place, atEachPlace(f)[0]!, p.exact);
    return { ...p, author: AUTHOR, initials: 'BS', date, body };
  });
}

/** A .docx of the extracted text: the first line says what it is, the rest is the text, line by line. */
export async function textDocx(text: string, d: DocumentReport): Promise<Uint8Array> {
  const font = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' };
  const note = `（本文件由备审 beishen 根据 ${d.format.toUpperCase()} 原件提取的文字生成，版式与原件不同，批注所在的文字以原件为准。原件：${d.path}）`;
  const doc = new Document({
    creator: 'beishen',
    title: d.meta.title ?? fileStem(d.path),
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: note, size: 20, color: '666666', font })] }),
        ...text.split('\n').map((line) => new Paragraph({
          children: line ? [new TextRun({ text: line, size: 28, font })] : [],
          alignment: AlignmentType.JUSTIFIED,
        })),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The .docx to annotate: the original, a LibreOffice conversion, or the extracted text. */
async function baseDocx(d: DocumentReport, src: AnnotatedSource): Promise<{ docx: Uint8Array; converted?: string } | { error: string }> {
  if (d.format === 'docx' && src.bytes) return { docx: new Uint8Array(src.bytes) };
  if ((d.format === 'doc' || d.format === 'wps') && src.bytes && findSoffice()) {
    try {
      return { docx: new Uint8Array(await convertToDocx(src.bytes, d.format)), converted: 'LibreOffice' };
    } catch { /* fall back to the extracted text */ }
  }
  if (src.parsed) return { docx: await textDocx(src.parsed.ingest.text, d), converted: 'text' };
  return { error: src.error ?? '无法读取原件' };
}

function annotatedName(d: DocumentReport, taken: Set<string>): string {
  const stem = fileStem(d.path).replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 80) || '文件';
  let name = `annotated/${stem}-批注.docx`;
  for (let n = 2; taken.has(name); n++) name = `annotated/${stem}-${n}-批注.docx`;
  taken.add(name);
  return name;
}

export interface AnnotatedResult {
  files: OutputFile[];
  /** Documents with findings that got no annotated copy, and why (Chinese). */
  skipped: { path: string; reason: string }[];
}

export async function renderAnnotatedFiles(
  documents: AsyncIterable<DocumentReport> | DocumentReport[],
  loadSource: (d: DocumentReport) => Promise<AnnotatedSource>,
  generatedAt: string,
): Promise<AnnotatedResult> {
  const taken = new Set<string>();
  const out: AnnotatedResult = { files: [], skipped: [] };
  for await (const d of documents) {
    if (d.status !== 'ok' || !commented(d).length) continue;
    const base = await baseDocx(d, await loadSource(d));
    if ('error' in base) {
      out.skipped.push({ path: d.path, reason: base.error });
      continue;
    }
    try {
      const comments = placeComments(base.docx, d, generatedAt);
      out.files.push({ name: annotatedName(d, taken), content: annotateDocx(base.docx, comments) });
    } catch (e) {
      out.skipped.push({ path: d.path, reason: `无法在原件中加批注：${(e as Error).message}` });
    }
  }
  return out;
}
