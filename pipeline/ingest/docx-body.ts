// Walks document.xml (and footnotes.xml) in order and produces text blocks the way Word shows the
// document with all revisions accepted: automatic numbering labels prefixed, w:ins kept, w:del and
// w:moveFrom dropped, text boxes once (mc:Fallback duplicates skipped) and set aside, tables as one
// line per row with cells separated by a tab, field codes and hidden text left out.
import type { RawBlock } from './text-assemble.ts';
import { attr, isOn, tokenize } from './docx-xml.ts';
import type { NumberingState } from './docx-numbering.ts';
import { resolveStyle, type StyleModel } from './docx-styles.ts';

export interface WalkResult {
  body: RawBlock[];
  textboxes: RawBlock[];
  revisions: number;
  /** w:altChunk parts (HTML/RTF pasted in as foreign content): not read, reported. */
  altChunks: number;
}

interface Para {
  text: string;
  style: string | null;
  numId: string | null;
  ilvl: number | null;
  outline: boolean;
  index: number;
}

interface Table {
  rows: string[];
  row: string[] | null;
  cell: string[] | null;
  firstPara: number;
}

/** Elements whose whole content is not part of the accepted, visible text. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:instrText', 'w:delText', 'w:delInstrText', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange']);
const REVISION = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

export function walkDocument(xml: string, numbering: NumberingState, styles: StyleModel, opts: { kind?: 'body' | 'footnote'; container?: string } = {}): WalkResult {
  const out: WalkResult = { body: [], textboxes: [], revisions: 0, altChunks: 0 };
  const paras: Para[] = []; // stack: text boxes open paragraphs inside paragraphs
  const tables: Table[] = [];
  const boxDepth: number[] = []; // tables.length at each open w:txbxContent
  let skip = 0;
  let inT = false;
  let inPPr = 0;
  let inRPr = 0;
  let runHidden = false;
  let paraCount = 0;
  let containerSkip = 0; // footnotes: separator notes are not text
  const kind = opts.kind ?? 'body';

  const emit = (text: string, index: number, k: RawBlock['kind']) => {
    const inBox = boxDepth.length > 0;
    // A paragraph belongs to a table cell only if that table was opened inside the current text box.
    const boxTables = inBox ? boxDepth[boxDepth.length - 1]! : -1;
    const table = tables.length > boxTables ? tables[tables.length - 1] : undefined;
    if (table?.cell) {
      table.cell.push(text);
      return;
    }
    (inBox ? out.textboxes : out.body).push({ text, paragraph: index, kind: inBox ? 'textbox' : k });
  };

  for (const t of tokenize(xml)) {
    if (t.type === 'text') {
      if (inT && skip === 0 && containerSkip === 0 && !runHidden && paras.length) paras[paras.length - 1]!.text += t.text;
      continue;
    }
    const n = t.name;
    if (t.type === 'close') {
      if (SKIP.has(n) && skip > 0) { skip--; continue; }
      if (skip > 0) continue;
      switch (n) {
        case 'w:t': inT = false; break;
        case 'w:pPr': inPPr--; break;
        case 'w:rPr': inRPr--; break;
        case 'w:r': runHidden = false; break;
        case 'w:footnote': case 'w:endnote': if (containerSkip > 0) containerSkip--; break;
        case 'w:txbxContent': boxDepth.pop(); break;
        case 'w:p': {
          const p = paras.pop();
          if (!p || containerSkip > 0) break;
          const st = resolveStyle(styles, p.style);
          const numId = p.numId ?? st.numId;
          const ilvl = p.ilvl ?? st.ilvl ?? 0;
          const label = numId !== null ? numbering.next(numId, ilvl) : '';
          const text = label + p.text;
          const k = st.heading || p.outline ? 'heading' : kind;
          if (text.trim()) emit(text, p.index, k);
          break;
        }
        case 'w:tc': {
          const tb = tables[tables.length - 1];
          if (tb?.cell && tb.row) tb.row.push(tb.cell.join(' ').replace(/\s+/g, ' ').trim());
          if (tb) tb.cell = null;
          break;
        }
        case 'w:tr': {
          const tb = tables[tables.length - 1];
          if (tb?.row && tb.row.some((c) => c)) tb.rows.push(tb.row.join('\t'));
          if (tb) tb.row = null;
          break;
        }
        case 'w:tbl': {
          const tb = tables.pop();
          if (!tb) break;
          const parent = tables[tables.length - 1];
          if (parent?.cell) parent.cell.push(tb.rows.join(' '));
          else {
            const inBox = boxDepth.length > 0;
            for (const row of tb.rows) (inBox ? out.textboxes : out.body).push({ text: row, paragraph: tb.firstPara, kind: inBox ? 'textbox' : 'table' });
          }
          break;
        }
      }
      continue;
    }
    // open or self-closing
    if (SKIP.has(n)) {
      if (REVISION.has(n)) out.revisions++;
      if (t.type === 'open') skip++;
      continue;
    }
    if (skip > 0) continue;
    const self = t.type === 'self';
    switch (n) {
      case 'w:ins': case 'w:moveTo':
        if (!self && inRPr === 0) out.revisions++;
        break;
      case 'w:altChunk': out.altChunks++; break;
      case 'w:footnote': case 'w:endnote': {
        const type = attr(t.attrs, 'w:type');
        if (!self && type && type !== 'normal') containerSkip++;
        break;
      }
      case 'w:p':
        if (!self) paras.push({ text: '', style: null, numId: null, ilvl: null, outline: false, index: paraCount++ });
        else paraCount++;
        break;
      case 'w:pPr': if (!self) inPPr++; break;
      case 'w:rPr': if (!self) inRPr++; break;
      case 'w:pStyle': if (inPPr && inRPr === 0 && paras.length) paras[paras.length - 1]!.style = attr(t.attrs, 'w:val'); break;
      case 'w:numId': if (inPPr && inRPr === 0 && paras.length) paras[paras.length - 1]!.numId = attr(t.attrs, 'w:val'); break;
      case 'w:ilvl': if (inPPr && inRPr === 0 && paras.length) paras[paras.length - 1]!.ilvl = Number(attr(t.attrs, 'w:val') ?? 0); break;
      case 'w:outlineLvl': if (inPPr && inRPr === 0 && paras.length) paras[paras.length - 1]!.outline = Number(attr(t.attrs, 'w:val') ?? 9) < 9; break;
      case 'w:vanish': if (inRPr && !inPPr && isOn(t.attrs)) runHidden = true; break;
      case 'w:r': runHidden = false; break;
      case 'w:t': if (!self) inT = true; break;
      case 'w:tab': if (!inPPr && paras.length && !runHidden) paras[paras.length - 1]!.text += '\t'; break;
      case 'w:br': case 'w:cr': {
        const type = attr(t.attrs, 'w:type');
        if (!inPPr && paras.length && !runHidden && type !== 'page' && type !== 'column') paras[paras.length - 1]!.text += '\n';
        break;
      }
      case 'w:noBreakHyphen': if (paras.length && !runHidden) paras[paras.length - 1]!.text += '-'; break;
      case 'w:txbxContent': if (!self) boxDepth.push(tables.length); break;
      case 'w:tbl': if (!self) tables.push({ rows: [], row: null, cell: null, firstPara: paraCount }); break;
      case 'w:tr': { const tb = tables[tables.length - 1]; if (tb && !self) tb.row = []; break; }
      case 'w:tc': { const tb = tables[tables.length - 1]; if (tb && !self) tb.cell = []; break; }
    }
  }
  return out;
}
