// pdf.js (the fallback reader, see pdf-load.ts) runs in this worker thread, as plain JavaScript:
// (1) the CLI runs the sources through tsx, which re-transforms pdf.js's 2 MB modules on every start (~9 s instead of ~0.3 s); (2) a hostile or
// broken PDF that makes pdf.js spin can be stopped by terminating the thread (see pdfjs.ts).
// Messages in: { id, data: Uint8Array, maxPages, cMapUrl, standardFontDataUrl }.
// Messages out: { id, ok: true, numPages, pages: [{ number, width, height, items }] } or { id, ok: false, name, message }.
import { parentPort } from 'node:worker_threads';

// pdf.js's legacy build (the one meant for Node) bundles core-js, which on Node 20 (V8 < 12.2) replaces
// Array.prototype.push with a JavaScript version for an edge case (arrays longer than 2^32) that
// cannot occur here; pdf.js pushes for every glyph and operator, and that polyfill alone cost ~20% of
// the CPU time of text extraction. It also wraps JSON.parse (for reviver source text, unused). This
// thread only runs pdf.js, so the native methods are put back once both halves are loaded.
const NATIVE = { push: Array.prototype.push, parse: JSON.parse };

async function loadPdfjs() {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The "worker" half of pdf.js runs in this same thread (Node has no pdf.js web worker). Loading it
  // here, once, instead of on the first document, lets the polyfills it installs be undone too.
  globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== NATIVE.parse) {
    Object.defineProperty(JSON, 'parse', { value: NATIVE.parse, writable: true, configurable: true, enumerable: false });
  }
  return lib;
}

const pdfjsP = loadPdfjs();

async function extract({ data, maxPages, cMapUrl, standardFontDataUrl }) {
  const lib = await pdfjsP;
  const task = lib.getDocument({
    data, cMapUrl, cMapPacked: true, standardFontDataUrl,
    isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false,
  });
  const doc = await task.promise;
  try {
    if (doc.numPages > maxPages) return { numPages: doc.numPages, pages: [] };
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      let page;
      try {
        page = await doc.getPage(p);
      } catch {
        pages.push({ number: p, width: 595, height: 842, items: [] });
        continue;
      }
      const vb = page.view; // [x0, y0, x1, y1]
      const tc = await page.getTextContent();
      const items = [];
      for (const it of tc.items) {
        if (typeof it.str !== 'string' || it.str === '') continue;
        const [a, b, c, d, e, f] = it.transform;
        const size = Math.hypot(c, d) || Math.hypot(a, b) || 10;
        items.push({ str: it.str, x: e - vb[0], y: f - vb[1], width: it.width, size, vertical: Math.abs(b) > Math.abs(a) });
      }
      pages.push({ number: p, width: vb[2] - vb[0], height: vb[3] - vb[1], items });
      page.cleanup();
    }
    return { numPages: doc.numPages, pages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

parentPort.on('message', async (msg) => {
  try {
    const r = await extract(msg);
    parentPort.postMessage({ id: msg.id, ok: true, ...r });
  } catch (e) {
    parentPort.postMessage({ id: msg.id, ok: false, name: e?.name ?? 'Error', message: String(e?.message ?? e) });
  }
});
