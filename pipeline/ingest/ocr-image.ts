// Image plumbing for OCR without an image library: pdftoppm writes PPM (a 3-line header and raw
// RGB bytes) which is trivial to edit in JS, and a JPEG can be wrapped unchanged in a one-page
// PDF (DCTDecode) so that pdftoppm decodes it for us.

export interface Ppm { width: number; height: number; maxval: number; dataOffset: number; buf: Buffer }

export function parsePpm(buf: Buffer): Ppm | null {
  if (buf.length < 8 || buf[0] !== 0x50 || buf[1] !== 0x36) return null; // "P6"
  let pos = 2;
  const fields: number[] = [];
  while (fields.length < 3 && pos < buf.length) {
    while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++;
    if (buf[pos] === 0x23) { while (pos < buf.length && buf[pos] !== 0x0a) pos++; continue; } // comment
    let s = '';
    while (pos < buf.length && /[0-9]/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    if (!s) return null;
    fields.push(Number(s));
  }
  pos++; // the single whitespace byte after maxval
  const [width, height, maxval] = fields;
  if (!width || !height || maxval !== 255 || buf.length < pos + width * height * 3) return null;
  return { width, height, maxval, dataOffset: pos, buf };
}

/**
 * Red seal ink over black characters makes tesseract misread them: turn red-dominant pixels
 * white. Dark pixels (black text, even under the seal) stay. Edits in place; returns the
 * share of pixels changed.
 */
export function suppressRed(ppm: Ppm): number {
  const { buf, dataOffset, width, height } = ppm;
  let changed = 0;
  const end = dataOffset + width * height * 3;
  for (let i = dataOffset; i < end; i += 3) {
    const r = buf[i];
    const g = buf[i + 1];
    const b = buf[i + 2];
    if (r > 110 && r - Math.max(g, b) > 50) {
      buf[i] = 255; buf[i + 1] = 255; buf[i + 2] = 255;
      changed++;
    }
  }
  return changed / (width * height);
}

/** Width, height and component count from a JPEG's SOF marker, or null. */
export function jpegInfo(b: Uint8Array): { width: number; height: number; components: number } | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) { i++; continue; }
    const marker = b[i + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) { i += marker === 0xff ? 1 : 2; continue; }
    const len = (b[i + 2] << 8) | b[i + 3];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8], components: b[i + 9] };
    }
    i += 2 + len;
  }
  return null;
}

/** A one-page PDF showing the JPEG at 1 pt per pixel (so 72 dpi renders it at native size). */
export function jpegToPdf(jpeg: Uint8Array): Buffer | null {
  const info = jpegInfo(jpeg);
  if (!info || !info.width || !info.height) return null;
  const cs = info.components === 1 ? '/DeviceGray' : info.components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
  const { width: w, height: h } = info;
  const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let len = 0;
  const push = (p: string | Uint8Array) => { parts.push(p); len += typeof p === 'string' ? Buffer.byteLength(p, 'latin1') : p.length; };
  push('%PDF-1.4\n');
  const obj = (n: number, body: string, stream?: Uint8Array) => {
    offsets[n] = len;
    push(`${n} 0 obj\n${body}\n`);
    if (stream) { push('stream\n'); push(stream); push('\nendstream\n'); }
    push('endobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`);
  obj(4, `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`, jpeg);
  obj(5, `<< /Length ${content.length} >>`, Buffer.from(content, 'latin1'));
  const xref = len;
  push(`xref\n0 6\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
}
