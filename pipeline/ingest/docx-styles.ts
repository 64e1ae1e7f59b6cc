// Paragraph styles matter for two things: numbering attached to a style (heading styles with
// 第X章 numbering) and knowing which paragraphs are headings.
import { attr, tokenize } from './docx-xml.ts';

export interface ParaStyle {
  id: string;
  name: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  outlineLvl: number | null;
}

export interface StyleModel {
  paragraph: Map<string, ParaStyle>;
  /** numbering style id → numId (target of w:numStyleLink). */
  numberingStyles: Map<string, string>;
}

export function parseStyles(xml: string | null): StyleModel {
  const model: StyleModel = { paragraph: new Map(), numberingStyles: new Map() };
  if (!xml) return model;
  let cur: (ParaStyle & { type: string }) | null = null;
  let skip = 0; // inside rPr / tblPr etc. we do not need
  for (const t of tokenize(xml)) {
    if (t.type === 'text') continue;
    if (t.type === 'close') {
      if (t.name === 'w:style' && cur) {
        if (cur.type === 'paragraph') model.paragraph.set(cur.id, cur);
        else if (cur.type === 'numbering' && cur.numId) model.numberingStyles.set(cur.id, cur.numId);
        cur = null;
      } else if (t.name === 'w:rPr' || t.name === 'w:tblPr' || t.name === 'w:tcPr' || t.name === 'w:trPr') skip--;
      continue;
    }
    if (t.name === 'w:style') {
      cur = { type: attr(t.attrs, 'w:type') ?? 'paragraph', id: attr(t.attrs, 'w:styleId') ?? '', name: '', basedOn: null, numId: null, ilvl: null, outlineLvl: null };
      continue;
    }
    if (!cur) continue;
    if (t.type === 'open' && (t.name === 'w:rPr' || t.name === 'w:tblPr' || t.name === 'w:tcPr' || t.name === 'w:trPr')) { skip++; continue; }
    if (skip > 0) continue;
    const val = attr(t.attrs, 'w:val');
    if (t.name === 'w:name') cur.name = val ?? '';
    else if (t.name === 'w:basedOn') cur.basedOn = val;
    else if (t.name === 'w:numId') cur.numId = val;
    else if (t.name === 'w:ilvl') cur.ilvl = val === null ? null : Number(val);
    else if (t.name === 'w:outlineLvl') cur.outlineLvl = val === null ? null : Number(val);
  }
  return model;
}

export interface ResolvedStyle {
  numId: string | null;
  ilvl: number | null;
  heading: boolean;
}

/** Follows basedOn (bounded, cycles happen in the wild) to find inherited numbering and heading-ness. */
export function resolveStyle(model: StyleModel, id: string | null): ResolvedStyle {
  const out: ResolvedStyle = { numId: null, ilvl: null, heading: false };
  const seen = new Set<string>();
  for (let s = id ? model.paragraph.get(id) : undefined; s && !seen.has(s.id) && seen.size < 10; s = s.basedOn ? model.paragraph.get(s.basedOn) : undefined) {
    seen.add(s.id);
    if (out.numId === null && s.numId !== null) out.numId = s.numId;
    if (out.ilvl === null && s.ilvl !== null) out.ilvl = s.ilvl;
    if (/^(heading|title|标题)/i.test(s.id) || /^(heading|title|标题)/i.test(s.name) || (s.outlineLvl !== null && s.outlineLvl < 9)) out.heading = true;
  }
  return out;
}
