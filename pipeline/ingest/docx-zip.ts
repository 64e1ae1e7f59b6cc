// Reads the parts of a .docx (a ZIP container) safely. We parse the central directory ourselves so
// that sizes are checked BEFORE anything is inflated (zip bombs), truncated downloads are reported
// in Chinese, and an encrypted Word file (an OLE2 container holding "EncryptedPackage") is named as such.
import { inflateSync } from 'fflate';
import { DocumentError } from '../model/types.ts';

export const ZIP_LIMITS = {
  /** Sum of declared uncompressed sizes of all entries. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** One part we actually inflate (document.xml of a 1,000-page document is ~30 MB). */
  maxEntryBytes: 100 * 1024 * 1024,
  /** Compression ratio above which a large entry is treated as a bomb. */
  maxRatio: 1000,
  maxEntries: 20000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** True for an OOXML file protected with a password (Word saves it as OLE2 + EncryptedPackage). */
export function isEncryptedOoxml(buf: Buffer): boolean {
  return buf.length > 512 && buf.subarray(0, 8).equals(OLE2) && buf.indexOf(ENCRYPTED_PACKAGE) >= 0;
}

const corrupt = (why: string) => new DocumentError('corrupt-zip', `Word 文件已损坏（${why}），可能下载或复制不完整，无法读取。`);

export function listZip(buf: Buffer): ZipEntry[] {
  if (isEncryptedOoxml(buf)) throw new DocumentError('encrypted', '文件已加密（需要密码），无法读取。请提供未加密的文件。');
  // End of central directory: 22 bytes + comment (≤ 65535), searched from the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw corrupt('找不到 ZIP 目录');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new DocumentError('zip64', 'Word 文件使用了 ZIP64 超大格式，体积异常，未处理。');
  if (count > ZIP_LIMITS.maxEntries) throw new DocumentError('zip-bomb', `Word 文件包含 ${count} 个部件，数量异常，疑为压缩炸弹，已拒绝处理。`);
  if (cdOffset + cdSize > buf.length) throw corrupt('ZIP 目录超出文件末尾');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt('ZIP 目录项损坏');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new DocumentError('zip64', 'Word 文件使用了 ZIP64 超大格式，体积异常，未处理。');
    total += size;
    const ratio = size / Math.max(1, compressedSize);
    if (total > ZIP_LIMITS.maxTotalBytes || (size > 10 * 1024 * 1024 && ratio > ZIP_LIMITS.maxRatio)) {
      throw new DocumentError('zip-bomb', `Word 文件解压后体积异常（声明解压后超过 ${Math.round(total / 1048576)} MB，压缩比 ${Math.round(ratio)}:1），疑为压缩炸弹，已拒绝处理。`);
    }
    entries.push({ name, method, compressedSize, size, localOffset });
  }
  return entries;
}

/** Inflates one entry; never produces more than its declared size. */
export function readEntry(buf: Buffer, e: ZipEntry): Uint8Array {
  if (e.size > ZIP_LIMITS.maxEntryBytes) throw new DocumentError('zip-bomb', `Word 文件的部件 ${e.name} 解压后过大，已拒绝处理。`);
  const lh = e.localOffset;
  if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== 0x04034b50) throw corrupt(`部件 ${e.name} 的位置无效`);
  const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
  if (start + e.compressedSize > buf.length) throw corrupt(`部件 ${e.name} 被截断`);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new DocumentError('zip-method', `Word 文件的部件 ${e.name} 使用了不支持的压缩方式（${e.method}）。`);
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(e.size) });
  } catch {
    throw corrupt(`部件 ${e.name} 无法解压`);
  }
  return out;
}

export interface DocxParts {
  get(name: string): string | null;
  names: string[];
}

/** The ZIP as a lazy map of part name → UTF-8 text. */
export function openDocxZip(buf: Buffer): DocxParts {
  const entries = listZip(buf);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const dec = new TextDecoder('utf-8');
  return {
    names: [...byName.keys()],
    get(name) {
      const e = byName.get(name) ?? [...byName.values()].find((x) => x.name.toLowerCase() === name.toLowerCase());
      return e ? dec.decode(readEntry(buf, e)) : null;
    },
  };
}
