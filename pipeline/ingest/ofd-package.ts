// The OFD container: a ZIP of XML parts and resources. Real files reference their parts with
// absolute paths ("/Doc_0/…"), relative paths, backslashes, and case that does not match the
// archive ("Doc_0" in XML, "DOC_0/" in the ZIP): resolve leniently, and bound what we inflate.
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { DocumentError } from '../model/types.ts';

/** Elements that may repeat; parsed as arrays always so that walkers need not care. */
const ARRAYS = new Set([
  'Page', 'Layer', 'TextObject', 'TextCode', 'PathObject', 'ImageObject', 'CompositeObject', 'PageBlock',
  'TemplatePage', 'Template', 'Font', 'MultiMedia', 'CompositeGraphicUnit', 'Signature', 'StampAnnot',
  'DocBody', 'PublicRes', 'DocumentRes', 'PageRes', 'CustomData', 'Reference', 'Annot', 'ColorSpace', 'DrawParam',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false, // spaces inside TextCode are text
  processEntities: true,
  htmlEntities: true,
  // Root elements stay objects (a Content.xml's root is also called Page).
  isArray: (name, jpath) => ARRAYS.has(name) && String(jpath).includes('.'),
});

export type XNode = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MAX_ENTRY = 64 * 1024 * 1024;
/** What one OFD may inflate in all (as for .docx, docx-zip.ts): beyond it entries are skipped and named. */
const MAX_TOTAL = 200 * 1024 * 1024;

export class OfdPackage {
  private readonly files = new Map<string, Uint8Array>();
  private readonly lower = new Map<string, string>();
  private readonly byBase = new Map<string, string[]>();
  readonly skipped: string[] = [];

  constructor(buf: Buffer) {
    let total = 0;
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(buf, {
        filter: (f) => {
          total += f.originalSize;
          if (f.originalSize > MAX_ENTRY || total > MAX_TOTAL) { this.skipped.push(f.name); return false; }
          return true;
        },
      });
    } catch (e) {
      throw new DocumentError('damaged', `OFD 文件（ZIP 包）已损坏，无法解压：${(e as Error).message}`);
    }
    for (const [name, data] of Object.entries(entries)) {
      const n = normalise(name);
      if (!n || n.endsWith('/')) continue;
      this.files.set(n, data);
      this.lower.set(n.toLowerCase(), n);
      const base = n.split('/').pop()!.toLowerCase();
      this.byBase.set(base, [...(this.byBase.get(base) ?? []), n]);
    }
  }

  /** Resolves a reference from a part in directory `baseDir`; null when nothing matches. */
  resolve(baseDir: string, ref: string | undefined): string | null {
    if (!ref) return null;
    const r = ref.trim().replace(/\\/g, '/');
    const candidates = r.startsWith('/') ? [normalise(r)] : [normalise(`${baseDir}/${r}`), normalise(r)];
    for (const c of candidates) {
      if (this.files.has(c)) return c;
      const l = this.lower.get(c.toLowerCase());
      if (l) return l;
    }
    // Last resort for non-standard writers: a unique file with that name anywhere in the package.
    const same = this.byBase.get(r.split('/').pop()!.toLowerCase());
    return same && same.length === 1 ? same[0] : null;
  }

  bytes(path: string | null): Uint8Array | null {
    return path ? this.files.get(path) ?? null : null;
  }

  xml(path: string | null): XNode | null {
    const b = this.bytes(path);
    if (!b) return null;
    try {
      return parser.parse(Buffer.from(b).toString('utf8')) as XNode;
    } catch {
      return null;
    }
  }

  has(path: string): boolean {
    return this.resolve('', path) !== null;
  }
}

export function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The text of an element that may have attributes ({ '#text': … }) or be a bare string. */
export function textOf(node: unknown): string {
  if (node == null) return '';
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'object') return textOf((node as XNode)['#text']);
  return String(node);
}

export function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

export function nums(s: string | undefined): number[] {
  if (!s) return [];
  return s.trim().split(/[\s,]+/).map(Number).filter((n) => Number.isFinite(n));
}
