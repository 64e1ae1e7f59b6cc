// --format annotated: a copy of each flagged document with a Word comment on each finding's words. Read
// back the way a reviewer's office suite would: LibreOffice opens the copy and saves it as ODT, whose
// annotations are parsed with the text they cover.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReport, RunReport } from '../../pipeline/model/types.ts';
import { atEachPlace, placeCount } from '../../pipeline/model/places.ts';
import { convertWithLibreOffice } from '../../pipeline/ingest/ole-libreoffice.ts';
import { ingestBuffer } from '../../pipeline/ingest/index.ts';
import { annotateDocx } from '../../reports/annotated/annotate-docx.ts';
import { scanParagraphs } from '../../reports/annotated/docx-paragraphs.ts';
import { renderAnnotatedFiles, type AnnotatedSource } from '../../reports/annotated/render-annotated.ts';
import { checkSamples, SAMPLES_DIR } from '../support/check-samples.ts';
import { HAS_SOFFICE } from '../support/office.ts';

interface Annotation { body: string; anchored: string }

/** Annotations of an ODT's content.xml with the text between each start and its end (ranges may nest). */
function odtAnnotations(odt: Buffer): Annotation[] {
  const xml = strFromU8(unzipSync(new Uint8Array(odt))['content.xml']!);
  const out = new Map<string, Annotation>();
  const open: string[] = [];
  let body: Annotation | null = null;
  let depth = 0;
  const re = /<office:annotation(-end)?\b([^>]*?)(\/?)>|<\/office:annotation>|(<text:(?:s|tab)(?:\s[^>]*)?\/>)|<[^>]+>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const name = /office:name="([^"]*)"/.exec(m[2] ?? '')?.[1];
    if (m[0].startsWith('<office:annotation-end')) { open.splice(open.indexOf(name!), 1); continue; }
    if (m[0].startsWith('<office:annotation') && !m[1]) {
      body = { body: '', anchored: '' };
      if (name) { out.set(name, body); open.push(name); } else out.set(`point-${out.size}`, body);
      depth = 1;
      continue;
    }
    if (m[0] === '</office:annotation>') { body = null; depth = 0; continue; }
    const text = m[5] !== undefined ? m[5].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"') : m[4] ? ' ' : '';
    if (!text) continue;
    if (body && depth) body.body += text;
    else for (const n of open) out.get(n)!.anchored += text;
  }
  return [...out.values()];
}

async function annotate(report: RunReport, load: (d: DocumentReport) => Promise<AnnotatedSource>) {
  return renderAnnotatedFiles(report.documents, load, report.generatedAt);
}

async function sampleSource(d: DocumentReport): Promise<AnnotatedSource> {
  const bytes = readFileSync(join(SAMPLES_DIR, d.path.split('/').pop()!));
  if (d.format === 'docx') return { bytes };
  const ingest = await ingestBuffer(bytes, d.path, d.format, {});
  const { structureDocument } = await import('../../pipeline/structure/index.ts');
  return { bytes, parsed: { format: d.format, ingest, doc: structureDocument(ingest) } };
}

describe('annotating a .docx', () => {
  async function plainDocx(lines: string[]): Promise<Uint8Array> {
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: l.split('|').map((t) => new TextRun(t)) })) }] });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  it('splits runs at the exact characters and keeps the text as it was', async () => {
    const docx = await plainDocx(['一、违反本通告的，|处二百元罚款|，并通报批评。']);
    const before = scanParagraphs(strFromU8(unzipSync(docx)['word/document.xml']!))[0]!.text;
    const out = annotateDocx(docx, [
      { paragraph: 0, start: 11, end: 15, author: 'a', initials: 'a', date: '2025-01-01T00:00:00Z', body: ['罚款'] },
      { paragraph: 0, start: 9, end: 22, author: 'a', initials: 'a', date: '2025-01-01T00:00:00Z', body: ['<外层> & “引号”'] },
    ]);
    const files = unzipSync(out);
    const xml = strFromU8(files['word/document.xml']!);
    expect(scanParagraphs(xml)[0]!.text).toBe(before);
    expect(xml).toMatch(/<w:commentRangeStart w:id="1"\/><w:r><w:t xml:space="preserve">处二<\/w:t><\/w:r><w:commentRangeStart w:id="0"\/>/);
    expect(strFromU8(files['word/comments.xml']!)).toContain('&lt;外层&gt; &amp; “引号”');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('PartName="/word/comments.xml"');
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain('relationships/comments');
  });

  it('keeps the comments a document already has and numbers its own after them', async () => {
    const first = annotateDocx(await plainDocx(['第一条　本办法自发布之日起施行。']), [{ paragraph: 0, start: 0, end: 3, author: '张', initials: 'Z', date: '2025-01-01T00:00:00Z', body: ['原有批注'] }]);
    const second = annotateDocx(first, [{ paragraph: 0, start: 4, end: 7, author: 'b', initials: 'b', date: '2025-01-01T00:00:00Z', body: ['新批注'] }]);
    const comments = strFromU8(unzipSync(second)['word/comments.xml']!);
    expect(comments).toContain('原有批注');
    expect(comments).toContain('新批注');
    expect([...comments.matchAll(/w:comment w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '1']);
  });
});

describe.skipIf(!HAS_SOFFICE)('annotated copies read back by LibreOffice', () => {
  let report: RunReport;
  const read: Record<string, Annotation[]> = {};

  beforeAll(async () => {
    report = await checkSamples(['qingshi-township-fireworks-notice.docx', 'heming-procurement-investment-notice.pdf', 'xihe-county-market-measures.docx']);
    const { files, skipped } = await annotate(report, sampleSource);
    expect(skipped).toEqual([]);
    for (const f of files) read[f.name] = odtAnnotations(await convertWithLibreOffice(f.content as Uint8Array, 'docx', 'odt', 'odt'));
  }, 240_000);

  function check(name: string, d: DocumentReport) {
    const anns = read[name]!;
    // Every place of every finding is marked: a problem the document repeats has a comment at each of its places.
    expect(anns, name).toHaveLength(d.findings.reduce((n, f) => n + placeCount(f), 0));
    for (const f of d.findings) {
      const mine = anns.filter((a) => a.body.includes(f.title) && a.body.includes(f.message.slice(0, 30)));
      expect(mine.length, `${name}: ${f.title}`).toBeGreaterThanOrEqual(1);
      if (f.location.path.length) expect(mine.map((a) => a.anchored), `${name}: ${f.title}`).toContain(f.location.match);
      else expect(mine[0]!.anchored.trim(), f.title).toBe(d.meta.title);
      for (const b of f.basis) expect(mine[0]!.body).toContain(`依据：《${b.law}》${b.article}规定：“`);
      if (f.suggestion) expect(mine[0]!.body).toContain(`建议：${f.suggestion}`);
      for (const p of atEachPlace(f).slice(1)) {
        const there = anns.filter((a) => a.body.includes(`问题：${p.message}`) && a.body.includes(`依据和建议见${f.location.label}的批注`));
        expect(there.map((a) => a.anchored), `${name}: ${f.title} ${p.location.label}`).toContain(p.location.match);
      }
    }
  }

  it('the township fireworks notice: every finding a comment on its exact words, in the original Word file', () => {
    const d = report.documents.find((x) => x.path.includes('qingshi'))!;
    expect(d.findings.reduce((n, f) => n + placeCount(f), 0)).toBeGreaterThanOrEqual(6);
    expect(d.findings.some((f) => f.alsoAt?.length)).toBe(true);
    check('annotated/qingshi-township-fireworks-notice-批注.docx', d);
  });

  it('a Word file with automatic numbering (the numbers are not in its text)', () => {
    check('annotated/xihe-county-market-measures-批注.docx', report.documents.find((x) => x.path.includes('xihe'))!);
  });

  it('a PDF: a .docx of the extracted text with the same comments, saying what it is', () => {
    const name = 'annotated/heming-procurement-investment-notice-批注.docx';
    check(name, report.documents.find((x) => x.path.includes('heming'))!);
  });
});
