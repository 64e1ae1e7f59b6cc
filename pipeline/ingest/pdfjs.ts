// pdf.js, kept for the one thing PDFium's text page cannot do (see pdf-load.ts): documents in which
// it skips text. Returns the positioned text items of every page. pdf.js runs in a worker thread
// (pdfjs-worker.mjs, plain JS — see why there) that is started once per process and stopped if one
// document takes too long.
// The CMaps and standard fonts MUST be given as filesystem paths ending in "/": without them, CID
// fonts with predefined CMaps (STSong-Light + UniGB-UCS2-H) extract as empty text, silently.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentError } from '../model/types.ts';
import { MAX_PDF_PAGES, type PdfLoaded, type PdfPage } from './pdf-items.ts';

/** Wall-clock limit for one document inside pdf.js. */
export const PDF_TIMEOUT_MS = 120_000;

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
export const PDFJS_PATHS = {
  cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
  standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
};

interface Reply {
  id: number;
  ok: boolean;
  numPages?: number;
  pages?: PdfPage[];
  name?: string;
  message?: string;
}

interface Pending {
  resolve(r: Reply): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

/** One pdf.js thread and the requests it owns (a stopped thread fails only its own requests). */
interface PdfThread {
  worker: Worker;
  pending: Map<number, Pending>;
}

let current: PdfThread | null = null;
let nextId = 1;

function getThread(): PdfThread {
  if (current) return current;
  // execArgv: [] — the worker must not inherit tsx's loader (that is the point of the worker).
  const worker = new Worker(new URL('./pdfjs-worker.mjs', import.meta.url), { execArgv: [] });
  const t: PdfThread = { worker, pending: new Map() };
  worker.on('message', (r: Reply) => {
    const p = t.pending.get(r.id);
    if (!p) return;
    t.pending.delete(r.id);
    clearTimeout(p.timer);
    if (t.pending.size === 0) worker.unref();
    p.resolve(r);
  });
  const fail = (err: Error) => {
    if (current === t) current = null;
    for (const p of t.pending.values()) { clearTimeout(p.timer); p.reject(err); }
    t.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('PDF worker exited')));
  worker.unref();
  return (current = t);
}

function request(data: Uint8Array, maxPages: number, timeoutMs: number): Promise<Reply> {
  const t = getThread();
  const id = nextId++;
  return new Promise<Reply>((resolve, reject) => {
    const timer = setTimeout(() => {
      t.pending.delete(id);
      // pdf.js cannot be interrupted: stop the thread (documents still queued in it fail with an
      // internal error) and start a fresh one for the next document.
      if (current === t) current = null;
      void t.worker.terminate();
      reject(new DocumentError('timeout', `PDF 解析超过 ${Math.max(1, Math.round(timeoutMs / 1000))} 秒仍未完成，文件可能损坏或结构异常，未检查。`));
    }, timeoutMs);
    t.pending.set(id, { resolve, reject, timer });
    t.worker.ref();
    t.worker.postMessage({ id, data, maxPages, ...PDFJS_PATHS }, [data.buffer as ArrayBuffer]);
  });
}

export async function loadPdfWithPdfjs(buf: Buffer, maxPages = MAX_PDF_PAGES, timeoutMs = PDF_TIMEOUT_MS): Promise<PdfLoaded> {
  const data = new Uint8Array(buf.byteLength);
  data.set(buf);
  const r = await request(data, maxPages, timeoutMs);
  if (!r.ok) {
    if (r.name === 'PasswordException') throw new DocumentError('encrypted', '文件已加密（需要密码），无法读取。');
    if (r.name === 'InvalidPDFException') throw new DocumentError('corrupt-pdf', 'PDF 文件已损坏或不完整（无法解析文件结构），无法读取。');
    throw new DocumentError('corrupt-pdf', `PDF 文件无法解析（${r.message ?? r.name}）。`);
  }
  if (r.numPages! > maxPages) {
    throw new DocumentError('too-many-pages', `PDF 共 ${r.numPages} 页，超过上限 ${maxPages} 页，未检查。`);
  }
  return { pages: r.pages!, numPages: r.numPages! };
}
