// Where a finding's words are in a .docx's paragraphs. A finding points into beishen's normalised text
// (automatic numbering written out, widths and traditional characters folded); the original XML has
// neither the numbering nor the folding. So each paragraph is normalised the same way (keeping the map
// back to its raw characters), the provision is found by its words (without its numbering label), and
// the match is placed at its offset inside the provision; failing that, at its first occurrence after
// the provision's start, then anywhere. A finding that cannot be placed is anchored on its provision's
// paragraph (or the title) and says so.
import type { Finding } from '../../pipeline/model/types.ts';
import { normalize, type Normalized } from '../../pipeline/text/normalize.ts';
import { looksTraditional } from '../../pipeline/text/traditional.ts';
import type { XmlParagraph } from './docx-paragraphs.ts';

export interface Placement {
  paragraph: number;
  start: number; // raw offsets in the paragraph's text
  end: number;
  /** The matched words themselves were found. */
  exact: boolean;
}

export interface ParagraphIndex {
  norm: Normalized[];
  joined: string;
  starts: number[];
}

export function indexParagraphs(paragraphs: XmlParagraph[]): ParagraphIndex {
  const traditional = looksTraditional(paragraphs.map((p) => p.text).join('\n'));
  const norm = paragraphs.map((p) => normalize(p.text, { traditional }));
  const starts: number[] = [];
  let at = 0;
  for (const n of norm) {
    starts.push(at);
    at += n.text.length + 1;
  }
  return { norm, joined: norm.map((n) => n.text).join('\n'), starts };
}

/** Numbering labels the XML text does not hold (Word generates them): 第一条, 一、, （一）, 1., （1）. */
const LABEL = /^\s*(第[一二三四五六七八九十百千零〇两\d]+[编章节条款]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、])\s*/;

function paragraphAt(idx: ParagraphIndex, pos: number): number {
  let lo = 0;
  let hi = idx.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (idx.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function place(idx: ParagraphIndex, pos: number, length: number, exact: boolean): Placement {
  const p = paragraphAt(idx, pos);
  const n = idx.norm[p]!;
  const start = pos - idx.starts[p]!;
  const end = Math.min(start + Math.max(1, length), n.text.length);
  return { paragraph: p, start: n.toOriginal(start), end: n.toOriginal(end), exact };
}

function wholeParagraph(idx: ParagraphIndex, p: number): Placement {
  return { paragraph: p, start: 0, end: idx.norm[p]!.toOriginal(idx.norm[p]!.text.length), exact: false };
}

/** The first paragraph with text: where whole-document comments go (the title, as a rule). */
export function titleParagraph(idx: ParagraphIndex, title: string | null): number {
  if (title) {
    const t = idx.norm.findIndex((n) => n.text.replace(/\s/g, '').includes(title.replace(/\s/g, '').slice(0, 20)));
    if (t >= 0) return t;
  }
  const first = idx.norm.findIndex((n) => n.text.trim());
  return first >= 0 ? first : 0;
}

/**
 * `offsetInProvision`: where the match lies in location.text (match-ranges.ts), when known.
 */
export function locateFinding(idx: ParagraphIndex, f: Finding, offsetInProvision: number | null, title: string | null): Placement {
  const { text: prov, match } = f.location;
  if (!f.location.path.length || !prov) return wholeParagraph(idx, titleParagraph(idx, title));
  let provStart = idx.joined.indexOf(prov);
  let shift = 0;
  if (provStart < 0) {
    const stripped = prov.replace(LABEL, '');
    shift = prov.length - stripped.length;
    const probe = stripped.slice(0, 30);
    provStart = probe.length >= 4 ? idx.joined.indexOf(probe) : -1;
  }
  if (match) {
    if (provStart >= 0 && offsetInProvision !== null && offsetInProvision >= shift) {
      const pos = provStart + offsetInProvision - shift;
      if (idx.joined.startsWith(match, pos)) return place(idx, pos, match.length, true);
    }
    const after = idx.joined.indexOf(match, Math.max(0, provStart));
    if (after >= 0) return place(idx, after, match.length, true);
    const anywhere = idx.joined.indexOf(match);
    if (anywhere >= 0) return place(idx, anywhere, match.length, true);
  }
  if (provStart >= 0) return wholeParagraph(idx, paragraphAt(idx, provStart));
  return wholeParagraph(idx, titleParagraph(idx, title));
}
