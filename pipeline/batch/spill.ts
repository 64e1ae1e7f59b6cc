// Document results stream to files as documents finish (each report's JSON text, as report.json will
// hold it), so the main process holds only a small index (file, offset, length) per document, whatever
// the batch size. Each worker appends the reports it made to its own file in the spill folder
// (SpillWriter) and sends back only where it wrote; the main process appends what it makes itself
// (cache hits, failures) to its own. The final report is assembled from the spill in path order.
import { openSync, writeSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentReport } from '../model/types.ts';
import { makeTempFolder } from './temp-folders.ts';

export interface SpillRecord {
  /** A worker's file in the spill folder; absent for the main process's own file. */
  file?: string;
  offset: number;
  length: number;
}

const MAIN_FILE = 'documents.jsonl';

/** A worker's appender to its own file in the spill folder (synchronous: one document at a time). */
export class SpillWriter {
  private fd: number | null = null;
  private size = 0;
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = `worker-${process.pid}.jsonl`;
  }

  append(json: string): SpillRecord {
    this.fd ??= openSync(join(this.dir, this.file), 'a');
    const line = Buffer.from(json + '\n', 'utf8');
    writeSync(this.fd, line, 0, line.length);
    const rec = { file: this.file, offset: this.size, length: line.length - 1 };
    this.size += line.length;
    return rec;
  }
}

export class Spill {
  private size = 0;
  private tail: Promise<unknown> = Promise.resolve();

  private readonly others = new Map<string, Promise<FileHandle>>();

  private constructor(readonly dir: string, private readonly fh: FileHandle) {}

  static async create(parent = tmpdir()): Promise<Spill> {
    const dir = makeTempFolder('spill', parent);
    return new Spill(dir, await open(join(dir, MAIN_FILE), 'w+'));
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
    let fh = this.fh;
    if (rec.file) {
      // Only names this spill's workers wrote: never a path from elsewhere.
      if (!/^worker-\d+\.jsonl$/.test(rec.file)) throw new Error(`bad spill record ${rec.file}`);
      let p = this.others.get(rec.file);
      if (!p) this.others.set(rec.file, (p = open(join(this.dir, rec.file), 'r')));
      fh = await p;
    }
    const buf = Buffer.alloc(rec.length);
    await fh.read(buf, 0, rec.length, rec.offset);
    return buf.toString('utf8');
  }

  async read(rec: SpillRecord): Promise<DocumentReport> {
    return JSON.parse(await this.readJson(rec)) as DocumentReport;
  }

  async dispose(): Promise<void> {
    await this.tail;
    await this.fh.close().catch(() => {});
    for (const p of this.others.values()) await p.then((h) => h.close()).catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}
