// 审查意见书 drafts (--format docx): one editable Word file per document with error or warning findings,
// addressed to the issuer, in the layout review bodies send (GB/T 9704 margins, 方正小标宋 title,
// 仿宋_GB2312 body, 黑体 and 楷体_GB2312 headings, page numbers "— 1 —" at the foot; Word substitutes
// installed fonts where these are missing).
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentReport, RunReport } from '../../pipeline/model/types.ts';
import type { OutputFile, RenderOptions } from '../index.ts';
import { buildOpinionDraft, hasOpinion, opinionFileName } from './opinion-text.ts';

const FANGSONG = '仿宋_GB2312';
const XIAOBIAOSONG = '方正小标宋简体';
const HEITI = '黑体';
const KAITI = '楷体_GB2312';
const BODY_SIZE = 32; // 三号 (16 pt) in half-points
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt: 22 lines a page
const INDENT = { firstLine: 640 }; // two characters

function run(text: string, font = FANGSONG, extra: { size?: number; bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font }, size: extra.size ?? BODY_SIZE, bold: extra.bold, color: extra.color });
}

function body(text: string, opts: { indent?: boolean; font?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, opts.font)],
    spacing: LINE,
    indent: opts.indent === false ? undefined : INDENT,
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
  });
}

function pageNumberFooter(): Footer {
  const font = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: '— ', font, size: 28 }),
        new TextRun({ children: [PageNumber.CURRENT], font, size: 28 }),
        new TextRun({ text: ' —', font, size: 28 }),
      ],
    })],
  });
}

export function opinionDocument(d: DocumentReport, opts: RenderOptions = {}): Document {
  const draft = buildOpinionDraft(d, opts);
  const children: Paragraph[] = [
    new Paragraph({ children: [run(draft.title, XIAOBIAOSONG, { size: 44 })], alignment: AlignmentType.CENTER, spacing: { before: 0, after: 200, line: 700, lineRule: LineRuleType.EXACT } }),
    new Paragraph({ children: [run(draft.numberLine)], alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 280 } }),
    body(draft.salutation, { indent: false }),
    body(draft.opening),
    body(draft.problemsHeading, { font: HEITI }),
  ];
  for (const p of draft.problems) {
    children.push(body(p.heading, { font: KAITI }));
    if (p.quote) children.push(body(p.quote));
    for (const point of p.points) {
      if (point.heading) children.push(body(point.heading));
      children.push(body(point.problem));
      for (const b of point.basis) children.push(body(b));
      children.push(body(point.suggestion));
    }
  }
  children.push(body(draft.conclusionHeading, { font: HEITI }), body(draft.conclusion));
  children.push(body(draft.handlingHeading, { font: HEITI }), body(draft.handlingText));
  children.push(body(draft.contact));
  children.push(new Paragraph({ children: [], spacing: LINE }));
  children.push(new Paragraph({ children: [run(draft.signature)], alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: 1280 } }));
  children.push(new Paragraph({ children: [run(draft.date)], alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: 1280 } }));
  if (draft.cc) {
    // 版记: 抄送 between two rules, as GB/T 9704 lays it out.
    children.push(new Paragraph({
      children: [run(draft.cc, FANGSONG, { size: 28 })],
      spacing: { before: 600, ...LINE },
      indent: { left: 320, right: 320 },
      border: {
        top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
        bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
      },
    }));
  }
  return new Document({
    creator: 'beishen',
    title: draft.title,
    subject: '审查意见书（初稿）',
    description: '审查意见书初稿：由备审 beishen 根据机器初筛结果生成，须经审查人员逐项核实、修改后方可使用。',
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } } },
    sections: [{
      properties: {
        page: {
          size: { width: 11906, height: 16838 }, // A4
          margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 }, // 37/35/28/26 mm (GB/T 9704)
        },
      },
      footers: { default: pageNumberFooter() },
      children,
    }],
  });
}

export async function renderOpinionFiles(report: RunReport, opts: RenderOptions = {}): Promise<OutputFile[]> {
  const taken = new Set<string>();
  const files: OutputFile[] = [];
  for (const d of report.documents) {
    if (!hasOpinion(d)) continue;
    files.push({ name: opinionFileName(d, taken), content: new Uint8Array(await Packer.toBuffer(opinionDocument(d, opts))) });
  }
  return files;
}
