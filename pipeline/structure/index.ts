// Document understanding: extracted text → outline, provisions and metadata.
// Stages: lines (offsets) → outline (front matter, numbering, 落款, attachments, 版记) → preamble
// marking → provisions → meta. Every offset points into ingest.text.
import { DocumentError, type IngestResult, type OutlineNode, type StructuredDocument } from '../model/types.ts';
import { splitLines } from './lines.ts';
import { buildOutline, fillText, type Zone } from './outline.ts';
import { collectProvisions } from './provisions.ts';
import { buildMeta } from './meta.ts';
import { documentDates } from './meta-dates.ts';
import { ISSUANCE, normTitle } from './patterns.ts';
import { NORMATIVE_TYPES, docTypeOf } from './meta-doctype.ts';

/** Upper bound on the text we structure (a normative document is far below this). */
export const MAX_STRUCTURE_CHARS = 5_000_000;

const BASIS = /^为了?[^。]{0,200}(根据|依据|按照|依照)[^。]{0,300}(制定本|制订本|结合本)/;

function hasArticles(node: OutlineNode): boolean {
  return node.kind === 'article' || node.children.some((c) => c.kind !== 'attachment' && hasArticles(c));
}

/** Plain paragraphs before the first numbered unit are the preamble (序言 / 正文). */
function markPreamble(zoneRoot: OutlineNode): void {
  const articles = hasArticles(zoneRoot);
  for (const c of zoneRoot.children) {
    if (c.kind === 'paragraph') {
      c.kind = 'preamble';
      c.label = articles || BASIS.test(c.text) ? '序言' : '正文';
    } else if (c.kind !== 'heading') break;
  }
}

/** The attachments that are the documents a 印发 notice issues (usually one 办法; "《A》《B》" two). */
function findIssued(zones: Zone[], text: string): Zone[] {
  if (zones.length < 2) return [];
  const title = zones[0]!.front.title ?? '';
  const mainText = text.slice(0, zones[1]!.node.start);
  const m = ISSUANCE.exec(mainText);
  let quoted: string[] = [];
  if (m) {
    // every 《》 of the issuing sentence up to 印发/同意: "《A》《B》已经省政府同意，现印发给你们"
    const sentenceStart = mainText.lastIndexOf('。', m.index) + 1;
    const head = mainText.slice(sentenceStart, m.index + m[0].length);
    quoted = [...head.slice(Math.max(0, head.search(/[将把]《|《[^》]*》(?=[^。]{0,60}(已经|经|现|予以|特))/))).matchAll(/《([^》]{2,80})》/g)].map((q) => q[1]!);
  } else {
    const t = /(印发|转发|发布)[^《]{0,10}《([^》]+)》/.exec(title);
    if (t) quoted = [t[2]!];
  }
  if (!quoted.length && !/印发|转发/.test(title)) return [];
  const same = (a: string, b: string) => !!a && !!b && (a === b || a.includes(b) || b.includes(a));
  const byTitle = zones.slice(1).filter((z) => quoted.some((q) => same(normTitle(z.front.title ?? ''), normTitle(q))));
  if (byTitle.length) return byTitle;
  const normative = zones.slice(1).find((z) => hasArticles(z.node) || NORMATIVE_TYPES.has(docTypeOf(z.front.title) ?? ''));
  return normative ? [normative] : m ? [zones[1]!] : [];
}

export function structureDocument(ingest: IngestResult): StructuredDocument {
  const text = ingest.text;
  if (text.length > MAX_STRUCTURE_CHARS) {
    throw new DocumentError('too-long', `文本长度 ${text.length} 字符，超过结构分析上限 ${MAX_STRUCTURE_CHARS} 字符，未检查。`);
  }
  const lines = splitLines(ingest);
  const { root, zones, imprint } = buildOutline(lines, text.length);
  fillText(root, text);
  for (const z of zones) markPreamble(z.node);
  const issued = findIssued(zones, text);
  const firstBody = lines[zones[0]?.front.bodyFrom ?? 0];
  const bodyStart = issued.length ? issued[0]!.node.start : firstBody ? firstBody.start : 0;
  const prefixes = new Map(issued.map((z, i) => [z.node, i === 0 ? '' : `《${z.front.title ?? z.node.label}》`]));
  let provisions = collectProvisions(root, text, { prefixes });
  if (issued.length) provisions = provisions.filter((p) => p.start >= bodyStart);
  let dates = documentDates(text, bodyStart);
  let meta = buildMeta({ ingest, zones, imprint, issued, bodyStart, dates });
  // Garbled text (fonts with wrong ToUnicode maps) is not checked; a title or issuer read from it
  // ("犐犆牦35．040犔80") would be shown to the reviewer as if it were the document's own.
  if (ingest.quality.status === 'garbled') {
    meta = { title: null, docNumber: null, docType: null, issuers: [], issuedOn: null, effectiveOn: null, validUntil: null, pages: meta.pages };
    dates = documentDates('', 0);
  }
  return { meta, dates, outline: root, provisions, bodyStart };
}
