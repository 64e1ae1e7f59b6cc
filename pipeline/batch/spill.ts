// Document results stream to a file as documents finish (each report's JSON text, as report.json will hold it), so the main thread holds only a
// small index (path, offset, length) per document, whatever the batch size. The final report is
// assembled from the spill in path order.
import { open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentReport } from '../model/types.ts';
import { makeTempFolder } from './temp-folders.ts';

export interface SpillRecord {
  offset: number;
  length: number;
}

export class Spill {
  private size = 0;
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(private readonly dir: string, private readonly fh: FileHandle) {}

  static async create(parent = tmpdir()): Promise<Spill> {
    const dir = makeTempFolder('spill', parent);
    return new Spill(dir, await open(join(dir, 'documents.jsonl'), 'w+'));
  }

  /** Appends one report given as JSON text (serialiseReport); appends are serialised so offsets are exact. */
  append(json: string): Promise<SpillRecord> {
    const line = Buffer.from(json + '\n', 'utf8');
    const offset = this.size;
    this.size += line.length;
    const done = this.tail.then(() => this.fh.write(line, 0, line.length, offset));
    this.tail = done.catch(() => {});
    return done.then(() => ({ offset, length: line.length - 1 }));
  }

  /** The JSON text appended for one report. */
  async readJson(rec: SpillRecord): Promise<string> {
    await this.tail;
    const buf = Buffer.alloc(rec.length);
    await this.fh.read(buf, 0, rec.length, rec.offset);
    return buf.toString('utf8');
  }

  async read(rec: SpillRecord): Promise<DocumentReport> {
    return JSON.parse(await this.readJson(rec)) as DocumentReport;
  }

  async dispose(): Promise<void> {
    await this.tail;
    await this.fh.close().catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}
