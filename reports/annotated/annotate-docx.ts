// Word comments (批注) spliced into a .docx: each comment's range is marked around the words it is about
// (runs split at the exact characters where they are simple text runs), comments.xml is written (or
// extended, when the document has comments of its own), with its relationship and content type. Nothing
// else in the package changes, so the copy opens in Word, WPS and LibreOffice as the original did.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { scanParagraphs, type XmlParagraph, type XmlRun } from './docx-paragraphs.ts';

export interface PlacedComment {
  paragraph: number; // index into scanParagraphs(document.xml)
  start: number; // offsets in that paragraph's text
  end: number;
  author: string;
  initials: string;
  date: string; // ISO 8601
  body: string[]; // the comment's paragraphs
}

const W_MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export function escapeXml(s: string): string {
  // Characters XML 1.0 does not allow are dropped (document text may hold them).
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textRun(open: string, rPr: string, text: string): string {
  if (!text) return '';
  const parts = text.split('\t');
  const inner = parts.map((p, i) => (i ? '<w:tab/>' : '') + (p ? `<w:t xml:space="preserve">${escapeXml(p)}</w:t>` : '')).join('');
  return `${open}${rPr}${inner}</w:r>`;
}

interface Marks {
  starts: number[];
  ends: number[];
}

const startMark = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const endMark = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
const marksXml = (m: Marks | undefined) => (m ? m.ends.map(endMark).join('') + m.starts.map(startMark).join('') : '');

/** A run rewritten with the comment marks that fall in it: split at each mark when it is simple text. */
function rewriteRun(xml: string, run: XmlRun, marks: Map<number, Marks>, last: boolean, paraLength: number): string | null {
  const text = run.pieces.map((p) => p.text).join('');
  const from = run.textStart;
  const to = from + text.length;
  const inside = [...marks.keys()].filter((o) => (o >= from && o < to) || (last && o === paraLength && o >= to)).sort((a, b) => a - b);
  if (!inside.length) return null;
  const original = xml.slice(run.xmlStart, run.xmlEnd);
  if (!run.simple || !text) {
    // Not split: starts go before the run, ends after it.
    const before = inside.filter((o) => o === from).map((o) => marksXml(marks.get(o))).join('')
      + inside.filter((o) => o > from && o < to).flatMap((o) => marks.get(o)!.starts.map(startMark)).join('');
    const after = inside.filter((o) => o > from && o < to).flatMap((o) => marks.get(o)!.ends.map(endMark)).join('')
      + inside.filter((o) => o >= to).map((o) => marksXml(marks.get(o))).join('');
    return before + original + after;
  }
  const open = original.slice(0, original.indexOf('>') + 1);
  let out = '';
  let cut = from;
  for (const o of inside) {
    if (o > cut) out += textRun(open, run.rPr, text.slice(cut - from, Math.min(o, to) - from));
    out += marksXml(marks.get(o));
    cut = Math.max(cut, Math.min(o, to));
  }
  out += textRun(open, run.rPr, text.slice(cut - from));
  return out;
}

/** document.xml with the comment ranges marked; ids as given. */
export function markComments(xml: string, paragraphs: XmlParagraph[], comments: { id: number; c: PlacedComment }[]): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const byParagraph = new Map<number, { id: number; c: PlacedComment }[]>();
  for (const x of comments) {
    const list = byParagraph.get(x.c.paragraph);
    if (list) list.push(x);
    else byParagraph.set(x.c.paragraph, [x]);
  }
  for (const [index, list] of byParagraph) {
    const p = paragraphs[index]!;
    const marks = new Map<number, Marks>();
    const at = (o: number) => {
      let m = marks.get(o);
      if (!m) marks.set(o, (m = { starts: [], ends: [] }));
      return m;
    };
    for (const { id, c } of list) {
      const start = Math.max(0, Math.min(c.start, p.text.length));
      const end = Math.max(start, Math.min(c.end, p.text.length));
      at(start).starts.push(id);
      at(end).ends.push(id);
    }
    if (!p.runs.length) {
      // An empty paragraph: the marks go just before </w:p>.
      const all = [...marks.values()];
      edits.push({ start: p.xmlEnd - 6, end: p.xmlEnd - 6, text: all.flatMap((m) => m.starts.map(startMark)).join('') + all.flatMap((m) => m.ends.map(endMark)).join('') });
      continue;
    }
    p.runs.forEach((run, k) => {
      const text = rewriteRun(xml, run, marks, k === p.runs.length - 1, p.text.length);
      if (text !== null) edits.push({ start: run.xmlStart, end: run.xmlEnd, text });
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function commentXml(id: number, c: PlacedComment, w: string): string {
  const paras = c.body.map((line) => `<${w}:p><${w}:r><${w}:t xml:space="preserve">${escapeXml(line)}</${w}:t></${w}:r></${w}:p>`).join('');
  return `<${w}:comment ${w}:id="${id}" ${w}:author="${escapeXml(c.author)}" ${w}:date="${escapeXml(c.date)}" ${w}:initials="${escapeXml(c.initials)}">${paras}</${w}:comment>`;
}

/** The package with the comments added. */
export function annotateDocx(docx: Uint8Array, comments: PlacedComment[]): Uint8Array {
  const files = unzipSync(docx);
  const docName = 'word/document.xml';
  const xml = strFromU8(files[docName]!);
  const paragraphs = scanParagraphs(xml);
  // Keep the document's own comments: ours are numbered after the highest id in use.
  const relsName = 'word/_rels/document.xml.rels';
  let rels = files[relsName] ? strFromU8(files[relsName]!) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relMatch = new RegExp(`<Relationship\\b[^>]*Type="${COMMENTS_REL.replace(/[./]/g, '\\$&')}"[^>]*>`).exec(rels);
  const target = relMatch ? /Target="([^"]+)"/.exec(relMatch[0])?.[1] ?? 'comments.xml' : 'comments.xml';
  const commentsName = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  const existing = files[commentsName] ? strFromU8(files[commentsName]!) : null;
  const usedIds = [...(existing ?? '').matchAll(/:id="(\d+)"/g), ...xml.matchAll(/w:comment(?:RangeStart|Reference)\b[^>]*w:id="(\d+)"/g)].map((m) => Number(m[1]));
  const first = usedIds.length ? Math.max(...usedIds) + 1 : 0;
  const numbered = comments.map((c, k) => ({ id: first + k, c }));

  files[docName] = strToU8(markComments(xml, paragraphs, numbered));
  if (existing) {
    const w = /<(\w+):comments\b/.exec(existing)?.[1] ?? 'w';
    files[commentsName] = strToU8(existing.replace(new RegExp(`</${w}:comments>\\s*$`), `${numbered.map(({ id, c }) => commentXml(id, c, w)).join('')}</${w}:comments>`));
  } else {
    const ns = /xmlns:w="([^"]+)"/.exec(xml)?.[1] ?? W_MAIN;
    files[commentsName] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${ns}">${numbered.map(({ id, c }) => commentXml(id, c, 'w')).join('')}</w:comments>`);
  }
  if (!relMatch) {
    rels = rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdBeishenComments" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`);
    files[relsName] = strToU8(rels);
  }
  const typesName = '[Content_Types].xml';
  const types = strFromU8(files[typesName]!);
  if (!types.includes(`PartName="/${commentsName}"`)) {
    files[typesName] = strToU8(types.replace(/<\/Types>\s*$/, `<Override PartName="/${commentsName}" ContentType="${COMMENTS_TYPE}"/></Types>`));
  }
  return zipSync(files, { level: 6 });
}
