// PDF text through PDFium (Chromium's PDF engine; @hyzyla/pdfium ships it compiled to WebAssembly, so
// nothing is built natively). PDFium's text-page API gives every character with its origin, advance box,
// font size and text matrix, and it carries the predefined CJK CMaps (UniGB-UCS2-H …) inside the
// binary, so CID fonts that are not embedded (STSong-Light) read without files on disk.
//
// Characters are grouped into runs the way pdf.js reported text items (consecutive glyphs on one
// baseline, same size, no gap), so the layout code downstream (pdf-lines.ts: lines, gaps as spaces
// or tabs; pdf-furniture.ts; pdf-paragraphs.ts) works on the same kind of input as before.
//
// The engine is synchronous and runs in the calling thread: in a batch that is a worker, which the
// pool stops when a document overruns its time (a PDF that made PDFium spin would be stopped with
// it). Its WebAssembly memory is not part of the V8 heap the worker's --max-memory limits, so it has
// a cap of its own (growth beyond it fails inside PDFium, which then gives up on the document), and
// an instance whose memory grew past what ordinary documents need is dropped after the document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DocumentError } from '../model/types.ts';

import { MAX_PDF_PAGES, type PdfItem, type PdfLoaded, type PdfPage } from './pdf-items.ts';

/** WebAssembly memory one PDFium instance may grow to (the 32-bit limit is 2 GB). */
export const PDFIUM_MEMORY_CAP = 768 * 1024 * 1024;
/** After a document that needed more than this, the instance is replaced to give the memory back. */
const KEEP_MEMORY_BELOW = 128 * 1024 * 1024;

const FPDF_PAGEOBJ_TEXT = 1;
// FPDF_GetLastError codes (fpdfview.h).
const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;

/** WebAssembly.Memory (the project's TypeScript settings have no DOM or WebAssembly library types). */
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new () => Error } }).WebAssembly.RuntimeError;

/** The exports we call (fpdfview.h, fpdf_text.h); pointers and handles are numbers. */
interface PdfiumExports {
  memory: WasmMemory;
  malloc(n: number): number;
  free(p: number): void;
  FPDF_InitLibrary(): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_GetPageBoundingBox(page: number, rect: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, i: number): number;
  FPDFText_IsGenerated(textPage: number, i: number): number;
  FPDFText_GetCharOrigin(textPage: number, i: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(textPage: number, i: number, rect: number): number;
  FPDFText_GetTextObject(textPage: number, i: number): number;
  FPDFText_GetFontSize(textPage: number, i: number): number;
  FPDFText_GetMatrix(textPage: number, i: number, matrix: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, i: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
  FPDFTextObj_GetText(object: number, textPage: number, buffer: number, length: number): number;
  FPDFTextObj_GetFont(object: number): number;
  FPDFFont_GetIsEmbedded(font: number): number;
}

interface Engine {
  x: PdfiumExports;
  /** 64 bytes of scratch memory for out-parameters. */
  scratch: number;
  /** Views of the WebAssembly memory, renewed when it grows (growth detaches the old buffer). */
  f32: Float32Array;
  f64: Float64Array;
}

function views(e: Engine): Engine {
  if (e.f32.buffer !== e.x.memory.buffer) {
    e.f32 = new Float32Array(e.x.memory.buffer);
    e.f64 = new Float64Array(e.x.memory.buffer);
  }
  return e;
}

let engine: Promise<Engine> | null = null;

async function startEngine(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const { PDFiumModule } = await import('@hyzyla/pdfium');
  const wasm = readFileSync(require.resolve('@hyzyla/pdfium/pdfium.wasm'));
  const module = await PDFiumModule({
    wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    locateFile: () => '',
    // The runtime reports failed memory growth on stderr; the caller reports the document instead.
    printErr: () => {},
    print: () => {},
  } as unknown as Parameters<typeof PDFiumModule>[0]);
  const x = (module as unknown as { wasmExports: PdfiumExports }).wasmExports;
  capMemory(x.memory, PDFIUM_MEMORY_CAP);
  x.FPDF_InitLibrary();
  return { x, scratch: x.malloc(64), f32: new Float32Array(0), f64: new Float64Array(0) };
}

/** Growth past the cap throws inside the runtime's resize handler, which PDFium sees as malloc failing. */
export function capMemory(memory: WasmMemory, cap: number): void {
  const grow = memory.grow.bind(memory);
  Object.defineProperty(memory, 'grow', {
    value: (pages: number) => {
      if (memory.buffer.byteLength + pages * 65536 > cap) throw new RangeError('PDFium memory cap');
      return grow(pages);
    },
  });
}

function getEngine(): Promise<Engine> {
  engine ??= startEngine().catch((e) => {
    engine = null;
    throw e;
  });
  return engine;
}

/** Loads the engine ahead of the first document (a worker does this while it waits for work). */
export function warmPdfium(): Promise<void> {
  return getEngine().then(() => undefined);
}

export interface PdfiumText extends PdfLoaded {
  /** Pages with text that PDFium's text page leaves out (see skipsText): 1-based. */
  skippedText: number[];
}

export async function loadPdfWithPdfium(buf: Uint8Array, maxPages = MAX_PDF_PAGES): Promise<PdfiumText> {
  const e = await getEngine();
  try {
    return extractWith(e, buf, maxPages);
  } catch (err) {
    // A trap inside the WebAssembly (memory exhausted, an assertion) leaves the instance unusable.
    if (!(err instanceof DocumentError)) engine = null;
    if (err instanceof WasmRuntimeError || (err instanceof RangeError && /memory/i.test(err.message))) {
      throw new DocumentError('corrupt-pdf', 'PDF 文件解析时所需内存超过上限（文件可能异常庞大或结构异常），未检查。');
    }
    throw err;
  } finally {
    if (e.x.memory.buffer.byteLength > KEEP_MEMORY_BELOW && engine) engine = null;
  }
}

function extractWith(e: Engine, buf: Uint8Array, maxPages: number): PdfiumText {
  const { x } = e;
  const data = x.malloc(buf.length);
  if (!data) throw new DocumentError('too-large', 'PDF 文件过大，无法载入内存，未检查。');
  new Uint8Array(x.memory.buffer, data, buf.length).set(buf);
  const doc = x.FPDF_LoadMemDocument(data, buf.length, 0);
  try {
    if (!doc) {
      const code = x.FPDF_GetLastError();
      if (code === FPDF_ERR_PASSWORD || code === FPDF_ERR_SECURITY) throw new DocumentError('encrypted', '文件已加密（需要密码），无法读取。');
      throw new DocumentError('corrupt-pdf', 'PDF 文件已损坏或不完整（无法解析文件结构），无法读取。');
    }
    const numPages = x.FPDF_GetPageCount(doc);
    if (numPages > maxPages) throw new DocumentError('too-many-pages', `PDF 共 ${numPages} 页，超过上限 ${maxPages} 页，未检查。`);
    const pages: PdfPage[] = [];
    const skippedText: number[] = [];
    for (let p = 0; p < numPages; p++) {
      const { page, skipped } = readPage(e, doc, p);
      pages.push(page);
      if (skipped) skippedText.push(p + 1);
    }
    return { pages, numPages, skippedText };
  } finally {
    if (doc) x.FPDF_CloseDocument(doc);
    x.free(data);
  }
}

function readPage(e: Engine, doc: number, index: number): { page: PdfPage; skipped: boolean } {
  const { x, scratch } = e;
  const page = x.FPDF_LoadPage(doc, index);
  // A page that cannot be loaded counts as a page without text (pdf.js did the same).
  if (!page) return { page: { number: index + 1, width: 595, height: 842, items: [] }, skipped: false };
  const text = x.FPDFText_LoadPage(page);
  try {
    x.FPDF_GetPageBoundingBox(page, scratch); // FS_RECTF: left, top, right, bottom
    const { f32 } = views(e);
    const r = scratch >> 2;
    const [left, top, right, bottom] = [f32[r]!, f32[r + 1]!, f32[r + 2]!, f32[r + 3]!];
    const items = text ? pageItems(e, text, left, bottom) : [];
    return { page: { number: index + 1, width: right - left, height: top - bottom, items }, skipped: !!text && skipsText(e, page, text) };
  } finally {
    if (text) x.FPDFText_ClosePage(text);
    x.FPDF_ClosePage(page);
  }
}

/**
 * PDFium's text page drops text objects whose bounding box has no width (CPDF_TextPage skips them as
 * invisible). A font that is not embedded (STSong-Light with a predefined CMap, as Java tools write
 * Chinese) has no glyph outlines, so an object of one glyph — a lone "。" wrapped onto its own line,
 * a one-character table cell — has such a box although it shows text. Detected here so that the
 * document can be read by a reader that keeps it.
 */
function skipsText(e: Engine, page: number, text: number): boolean {
  const { x, scratch } = e;
  const n = x.FPDFPage_CountObjects(page);
  for (let i = 0; i < n; i++) {
    const obj = x.FPDFPage_GetObject(page, i);
    if (x.FPDFPageObj_GetType(obj) !== FPDF_PAGEOBJ_TEXT) continue;
    if (!x.FPDFPageObj_GetBounds(obj, scratch, scratch + 4, scratch + 8, scratch + 12)) continue;
    const { f32 } = views(e);
    if (f32[(scratch >> 2) + 2]! - f32[scratch >> 2]! >= 0.01) continue;
    const font = x.FPDFTextObj_GetFont(obj);
    if (font && x.FPDFFont_GetIsEmbedded(font)) continue;
    // Bytes of UTF-16 including the terminator: 2 means the text page holds nothing of this object.
    if (x.FPDFTextObj_GetText(obj, text, 0, 0) <= 2) return true;
  }
  return false;
}

/** Characters → runs: glyphs that follow each other on one baseline at one size, as pdf.js's items. */
function pageItems(e: Engine, text: number, left: number, bottom: number): PdfItem[] {
  const { x, scratch } = e;
  const count = x.FPDFText_CountChars(text);
  const items: PdfItem[] = [];
  let run: PdfItem | null = null;
  let end = 0; // right edge of the run's last glyph
  let object = -1;
  let size = 0;
  let vertical = false;
  for (let i = 0; i < count; i++) {
    // Characters PDFium adds itself (line breaks, spaces it infers from gaps): the gaps are read downstream.
    if (x.FPDFText_IsGenerated(text, i) === 1) continue;
    const code = x.FPDFText_GetUnicode(text, i);
    if (code < 0x20 && code !== 0x09) continue;
    const ch = code === 0x09 ? ' ' : String.fromCodePoint(code > 0x10ffff ? 0xfffd : code);
    const obj = x.FPDFText_GetTextObject(text, i);
    if (obj !== object) {
      object = obj;
      x.FPDFText_GetMatrix(text, i, scratch + 16); // FS_MATRIX: a, b, c, d, e, f
      const { f32 } = views(e);
      const m = (scratch + 16) >> 2;
      const [a, b, c, d] = [f32[m]!, f32[m + 1]!, f32[m + 2]!, f32[m + 3]!];
      size = x.FPDFText_GetFontSize(text, i) * (Math.hypot(c, d) || Math.hypot(a, b) || 1);
      vertical = Math.abs(b) > Math.abs(a);
    }
    x.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8); // two doubles
    x.FPDFText_GetLooseCharBox(text, i, scratch + 16); // FS_RECTF: left, top, right, bottom
    const { f32, f64 } = views(e);
    const cx = f64[scratch >> 3]! - left;
    const cy = f64[(scratch >> 3) + 1]! - bottom;
    const box = (scratch + 16) >> 2;
    // PDFium's loose box of a vertically written glyph spans the unscaled font size: no glyph advances
    // more than two ems across.
    const advance = Math.min(Math.max(0, f32[box + 2]! - f32[box]!), size * 2);
    const space = ch.trim() === '';
    const continues = run !== null && !space && !vertical && !run.vertical && run.size === size &&
      Math.abs(run.y - cy) < size * 0.05 && cx >= end - size * 0.3 && cx - end <= size * 0.1 && run.str.trim() !== '';
    if (continues) {
      run!.str += ch;
      end = cx + advance;
      run!.width = end - run!.x;
    } else {
      run = { str: space ? ' ' : ch, x: cx, y: cy, width: advance, size: size || 10, vertical };
      end = cx + advance;
      items.push(run);
    }
  }
  return stackColumns(items);
}

/**
 * Text set in vertical writing (a table's side heading 三、本年度办理结果, a cover title) comes as
 * one-glyph runs, each an em below the one before. Read top to bottom they are one run, placed where
 * the column starts; left as they are, each glyph would join whichever table row shares its height.
 */
function stackColumns(items: PdfItem[]): PdfItem[] {
  const out: PdfItem[] = [];
  let column: PdfItem | null = null;
  let lastY = 0;
  for (const it of items) {
    const single = it.str.length === 1 && it.str !== ' ';
    const prev = out[out.length - 1];
    const below = (top: PdfItem, y: number) =>
      top.size === it.size && Math.abs(top.x - it.x) < it.size * 0.1 && y - it.y > it.size * 0.5 && y - it.y < it.size * 1.6;
    if (single && prev && (column === prev || (prev.str.length === 1 && prev.str !== ' ')) && below(prev, column === prev ? lastY : prev.y)) {
      prev.str += it.str;
      prev.width = Math.min(prev.width, it.size);
      column = prev;
      lastY = it.y;
      continue;
    }
    column = null;
    out.push(it);
  }
  return out;
}
