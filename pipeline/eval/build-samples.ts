// Builds the bundled sample documents (corpus/samples/) from their sources (corpus/samples-src/).
// The outputs are committed — CI does not rebuild them — so this script documents how they were made:
//
//   node bin/run-ts.mjs pipeline/eval/build-samples.ts
//
// Sources are UTF-8 text. A source whose first line starts with "@格式" is a red-header document
// described with a few markers and is laid out like an office would (GB/T 9704 style):
//   @格式 docx|pdf        output format (pdf: the .docx is converted by LibreOffice headless)
//   @编号 第X条           lines starting "第X条 " become Word automatic numbering "第%1条"
//                         (numbering definitions, no typed number: the ingest must rebuild it)
//   @红头 TEXT            发文机关标志 (red, centred; several lines for joint issuers)
//   @文号 TEXT            document number, followed by the red separator line
//   @标题 / @附件标题      title of the notice / of the attached 办法
//   @主送 TEXT            addressees
//   @落款 / @日期          signature and date (right-aligned)
//   @版记 TEXT            imprint lines at the end, between rules
// Any other line is a body paragraph. A source without markers is copied unchanged (.txt sample).
// PDF needs LibreOffice (libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun,
} from 'docx';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'corpus', 'samples-src');
const OUT = join(ROOT, 'corpus', 'samples');
const GOLD = join(ROOT, 'corpus', 'gold');
/** Built samples that are also gold documents (their sidecars are written by hand in corpus/gold). */
const GOLD_COPIES: Record<string, string> = {
  'xihe-county-market-measures.docx': 'sample-xihe-county-market-measures.docx',
  'chongde-talent-notice.pdf': 'sample-chongde-talent-notice.pdf',
  'heming-procurement-investment-notice.pdf': 'sample-heming-procurement-investment-notice.pdf',
  'fuchuan-citation-notice.docx': 'sample-fuchuan-citation-notice.docx',
  'linhe-county-fire-safety-clean.docx': 'sample-linhe-county-fire-safety-clean.docx',
  'chengnan-street-office-duties-clean.pdf': 'sample-chengnan-street-office-duties-clean.pdf',
  'qingshi-township-fireworks-notice.docx': 'sample-qingshi-township-fireworks-notice.docx',
  'changning-investment-measures-no-validity.pdf': 'sample-changning-investment-measures-no-validity.pdf',
};

const FONT = 'Noto Serif CJK SC';
const RED = 'FF0000';
const BODY = 32; // half-points: 三号 16pt
const INDENT = 640; // twips: two characters at 16pt

interface Source {
  format: 'docx' | 'pdf';
  numbering: boolean;
  lines: { tag: string; text: string }[];
}

export function parseSource(text: string): Source | null {
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!raw[0]?.startsWith('@格式')) return null;
  const src: Source = { format: 'docx', numbering: false, lines: [] };
  for (const line of raw) {
    const m = /^@(\S+)\s*(.*)$/.exec(line);
    if (!m) { src.lines.push({ tag: '', text: line.trim() }); continue; }
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === '格式') {
      if (value !== 'docx' && value !== 'pdf') throw new Error(`未知格式：${value}`);
      src.format = value;
    } else if (tag === '编号') src.numbering = true;
    else src.lines.push({ tag, text: value.trim() });
  }
  return src;
}

const run = (text: string, opts: { size?: number; bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: FONT, size: opts.size ?? BODY, bold: opts.bold, color: opts.color });

function paragraphs(src: Source): Paragraph[] {
  const out: Paragraph[] = [];
  let afterRedLine = false;
  for (const { tag, text } of src.lines) {
    switch (tag) {
      case '红头':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(text, { size: 52, bold: true, color: RED })] }));
        break;
      case '文号':
        out.push(new Paragraph({
          alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
          children: [run(text)],
        }));
        afterRedLine = true;
        break;
      case '标题':
      case '附件标题':
        out.push(new Paragraph({
          alignment: AlignmentType.CENTER, spacing: { before: tag === '附件标题' || afterRedLine ? 480 : 0, after: 480 },
          pageBreakBefore: tag === '附件标题',
          children: [run(text, { size: 44, bold: true })],
        }));
        break;
      case '主送':
        out.push(new Paragraph({ children: [run(text)] }));
        break;
      case '落款':
      case '日期':
        out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: tag === '落款' ? 480 : 0 }, indent: { right: INDENT }, children: [run(text)] }));
        break;
      case '版记':
        out.push(new Paragraph({
          spacing: { before: 120 },
          border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
          children: [run(text, { size: 28 })],
        }));
        break;
      case '': {
        const numbered = src.numbering ? /^第X条\s*/.exec(text) : null;
        if (numbered) {
          out.push(new Paragraph({
            numbering: { reference: 'article', level: 0 }, indent: { firstLine: INDENT }, spacing: { line: 560 },
            children: [run(text.slice(numbered[0].length))],
          }));
        } else {
          out.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: { line: 560 }, children: [run(text)] }));
        }
        break;
      }
      default:
        throw new Error(`未知标记：@${tag}`);
    }
  }
  return out;
}

export async function buildDocx(src: Source, title: string): Promise<Buffer> {
  const doc = new Document({
    creator: 'beishen samples', title, description: 'beishen 示例文件（虚构）',
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    numbering: {
      config: [{
        reference: 'article',
        levels: [{
          level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '第%1条', suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT, style: { run: { font: FONT, bold: true } },
        }],
      }],
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
      children: paragraphs(src),
    }],
  });
  return Packer.toBuffer(doc);
}

/** LibreOffice exits 0 even when it fails: the output file is what counts. */
function convertToPdf(docxPath: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-beishen-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf) || statSync(pdf).size < 1000) throw new Error(`LibreOffice 未生成 PDF：${pdf}`);
  return pdf;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'beishen-samples-'));
  const built: string[] = [];
  for (const file of readdirSync(SRC).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SRC, file), 'utf8');
    const name = file.replace(/\.txt$/, '');
    const src = parseSource(text);
    if (!src) {
      copyFileSync(join(SRC, file), join(OUT, file));
      built.push(file);
      continue;
    }
    const title = src.lines.find((l) => l.tag === '标题')?.text ?? name;
    const docx = await buildDocx(src, title);
    if (src.format === 'docx') {
      writeFileSync(join(OUT, `${name}.docx`), docx);
      built.push(`${name}.docx`);
    } else {
      const tmp = join(work, `${name}.docx`);
      writeFileSync(tmp, docx);
      copyFileSync(convertToPdf(tmp, work), join(OUT, `${name}.pdf`));
      built.push(`${name}.pdf`);
    }
  }
  for (const [sample, gold] of Object.entries(GOLD_COPIES)) copyFileSync(join(OUT, sample), join(GOLD, gold));
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`已生成 ${built.length} 份示例文件：\n${built.map((b) => `  corpus/samples/${b}`).join('\n')}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
