// The paragraphs of a WordprocessingML part with the exact positions of their runs and text, so that
// comment ranges can be spliced into the original XML without touching anything else. Text inside
// deleted revisions, field codes and mc:Fallback copies is not the visible text and is skipped; a text
// box's paragraphs are paragraphs of their own (the run holding the box is not split).
import { decodeEntities } from '../../pipeline/ingest/docx-xml.ts';

export interface RunPiece {
  /** Position of the piece's text in the XML (between <w:t> and </w:t>), or of the <w:tab/> tag. */
  xmlStart: number;
  xmlEnd: number;
  text: string; // decoded
  tab?: boolean;
}

export interface XmlRun {
  xmlStart: number; // '<' of <w:r>
  xmlEnd: number; // after </w:r>
  pieces: RunPiece[];
  /** Offset of the run's first character in its paragraph's text. */
  textStart: number;
  /** Only w:rPr, w:t and w:tab inside: the run can be split at any character. */
  simple: boolean;
  rPr: string; // the run's <w:rPr>…</w:rPr>, '' when none
}

export interface XmlParagraph {
  xmlStart: number;
  xmlEnd: number;
  runs: XmlRun[];
  text: string;
}

const TAG = /<(\/?)(w:p|w:r|w:t|w:tab|w:del|w:moveFrom|w:instrText|w:delText|mc:Fallback|w:rPr|w:drawing|w:pict|w:object|w:fldChar|w:br|w:cr|w:sym|w:footnoteReference|w:endnoteReference|w:commentReference)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Fallback']);
const NOT_SIMPLE = new Set(['w:drawing', 'w:pict', 'w:object', 'w:fldChar', 'w:br', 'w:cr', 'w:sym', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

export function scanParagraphs(xml: string): XmlParagraph[] {
  const out: XmlParagraph[] = [];
  const paras: XmlParagraph[] = [];
  const runs: XmlRun[] = []; // a run may hold a text box, whose paragraphs hold runs
  let skip = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [whole, close, name, attrs, selfClose] = m;
    const at = m.index;
    if (SKIP.has(name!)) {
      if (selfClose) continue;
      if (close) skip = Math.max(0, skip - 1);
      else skip++;
      continue;
    }
    const para = paras[paras.length - 1];
    const run = runs[runs.length - 1];
    if (name === 'w:p') {
      if (selfClose) continue;
      if (!close) paras.push({ xmlStart: at, xmlEnd: at, runs: [], text: '' });
      else if (para) {
        para.xmlEnd = at + whole!.length;
        paras.pop();
        out.push(para);
      }
      continue;
    }
    if (name === 'w:r') {
      if (selfClose) continue;
      if (!close) runs.push({ xmlStart: at, xmlEnd: at, pieces: [], textStart: 0, simple: skip === 0, rPr: '' });
      else if (run) {
        run.xmlEnd = at + whole!.length;
        runs.pop();
        if (para && skip === 0) {
          run.textStart = para.text.length;
          para.text += run.pieces.map((p) => p.text).join('');
          para.runs.push(run);
        }
      }
      continue;
    }
    if (!run || skip > 0) continue;
    if (name === 'w:rPr' && !close && !selfClose) {
      const end = xml.indexOf('</w:rPr>', at);
      if (end > 0 && !run.rPr && run.pieces.length === 0) run.rPr = xml.slice(at, end + 8);
      continue;
    }
    if (name === 'w:t' && !close && !selfClose) {
      const start = at + whole!.length;
      const end = xml.indexOf('</w:t>', start);
      if (end < 0) continue;
      run.pieces.push({ xmlStart: start, xmlEnd: end, text: decodeEntities(xml.slice(start, end)) });
      TAG.lastIndex = end + 6;
      continue;
    }
    if (name === 'w:tab' && selfClose && !attrs!.trim()) {
      // <w:tab/> in a run is a tab character; a tab stop (<w:tab w:val=… w:pos=…/>) has attributes.
      run.pieces.push({ xmlStart: at, xmlEnd: at + whole!.length, text: '\t', tab: true });
      continue;
    }
    if (NOT_SIMPLE.has(name!)) run.simple = false;
  }
  return out.sort((a, b) => a.xmlStart - b.xmlStart);
}
