// Read one input file in the main thread: only a regular file, at most the size limit, hashed.
// The limit is on the bytes actually read, not on the size the file system reports: /proc files
// report 0 and stream without end. The file is opened without blocking, so a FIFO that appeared
// since the walk cannot hang the batch; the open descriptor is checked to be a regular file before a
// byte is read. A file can vanish, turn into a folder or lose its permissions between collection and
// reading; each case becomes the document's status with a Chinese reason, never an exception.
// Synchronous calls: one read of a file of tens of kilobytes costs less than the thread-pool round
// trips of an asynchronous open, read and close, and the main thread reads one file at a time.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { failedReport } from '../engine/check-document.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.ts';
import { DocumentError, type DocumentReport } from '../model/types.ts';
import type { CollectedFile } from './collect-files.ts';

export type InputRead = { ok: true; bytes: Buffer; sha256: string } | { ok: false; report: DocumentReport };

export async function readInput(file: CollectedFile, maxBytes = DEFAULT_MAX_BYTES): Promise<InputRead> {
  try {
    if (file.problem) throw new DocumentError(file.problem.code, file.problem.message);
    const bytes = readBounded(file.absolute, maxBytes);
    return { ok: true, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    const err = e instanceof DocumentError ? e : new DocumentError('unreadable', readErrorMessage(e as NodeJS.ErrnoException));
    return { ok: false, report: failedReport(file.display, '', 'unknown', err) };
  }
}

/** The whole file if it is a regular file of at most maxBytes; DocumentError otherwise. */
export function readBounded(path: string | Buffer, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new DocumentError('unreadable', '无法读取：该路径现在是一个目录，而不是文件（可能在检查期间被替换）。');
    if (!st.isFile()) throw new DocumentError('not-a-file', '无法读取：该路径不是普通文件（设备、管道或套接字），未检查。');
    if (st.size > maxBytes) {
      throw new DocumentError('too-large', `文件大小 ${formatBytes(st.size)}，超过上限 ${formatBytes(maxBytes)}，未检查（可用 --max-size 调整）。`);
    }
    // Read until the end or one byte past the limit, whatever size was reported.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(st.size - total, 64 * 1024), maxBytes + 1 - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
    }
    if (total > maxBytes) throw new DocumentError('too-large', `文件大小超过上限 ${formatBytes(maxBytes)}，未检查（可用 --max-size 调整）。`);
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function readErrorMessage(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return '无法读取：文件不存在（可能在检查期间被删除或移动，或是指向不存在文件的符号链接）。';
    case 'EISDIR': return '无法读取：该路径是一个目录，而不是文件。';
    case 'EACCES': case 'EPERM': return '无法读取：没有读取该文件的权限。';
    case 'ELOOP': return '无法读取：符号链接形成循环。';
    case 'ENXIO': return '无法读取：该路径是没有写入端的管道、套接字或设备，不是普通文件。';
    case 'ENAMETOOLONG': return '无法读取：路径过长。';
    case 'EIO': return '无法读取：磁盘读写错误（EIO）。';
    default: return `无法读取文件（${e.code ?? e.message}）。`;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}
