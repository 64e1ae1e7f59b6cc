// Fixtures built on the fly (never copied from ../shared): tiny PDFs with a correct xref table,
// an encrypted one, ZIP containers for .docx edge cases.
import { zipSync, strToU8 } from 'fflate';

export const SHARED = new URL('../../../shared/', import.meta.url);
export const sharedPath = (rel: string) => new URL(rel, SHARED).pathname;

/** A PDF from object bodies (1-based), with a valid xref; `trailerExtra` lands in the trailer dict. */
export function buildPdf(objects: string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** One page of Helvetica text lines (ASCII only). */
export function textPdf(lines: string[]): Buffer {
  const content = ['BT /F1 12 Tf 72 760 Td 14 TL', ...lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`), 'ET'].join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

/**
 * Chinese set the way Java tools write it: STSong-Light with the predefined UniGB-UCS2-H CMap, not
 * embedded. Each line is its own text object (string in UCS-2); `mediaBox` lets the page box start
 * away from the origin.
 */
export function cidPdf(lines: { text: string; x: number; y: number }[], mediaBox = '0 0 595 842'): Buffer {
  const ucs2 = (t: string) => [...t].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((l) => `BT /F1 14 Tf ${l.x} ${l.y} Td <${ucs2(l.text)}> Tj ET`).join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox}] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ]);
}

/** A page with no text at all (what a scan without OCR looks like to a text extractor). */
export function blankPdf(): Buffer {
  const content = '0 0 1 rg 100 100 200 200 re f';
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

/**
 * Standard security handler with a user password: the /U entry does not match the empty password,
 * so a reader must ask for one (pdf.js: PasswordException).
 */
export function encryptedPdf(): Buffer {
  const hex = (n: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + n) & 0xff).toString(16).padStart(2, '0')).join('');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(1)}> /U <${hex(2)}> /P -44 >>`,
  ], `/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx from a body XML fragment, with optional numbering.xml. */
export function buildDocx(bodyXml: string, numberingXml?: string, extra: Record<string, string> = {}): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`),
  };
  if (numberingXml) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numberingXml}</w:numbering>`);
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return Buffer.from(zipSync(files));
}

export const para = (text: string, numId?: number, ilvl = 0) =>
  `<w:p>${numId !== undefined ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
