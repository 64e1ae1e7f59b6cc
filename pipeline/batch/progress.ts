// Progress on stderr: a redrawn bar on a terminal; on a pipe or CI log, a plain line every 5 s or
// every 10 % (whichever comes first), so logs stay readable; nothing with --quiet.
export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  current?: string;
}

export interface ProgressSink {
  update(p: BatchProgress): void;
  finish(): void;
}

const SILENT: ProgressSink = { update() {}, finish() {} };

export function createProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream; now?: () => number }): ProgressSink {
  if (opts.quiet) return SILENT;
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  return stream.isTTY ? new BarProgress(stream, now) : new LineProgress(stream, now);
}

/**
 * Remaining time from the pace since the first document finished (the first one also paid for the
 * workers' start-up, which would inflate an estimate taken from the very start).
 */
export function etaText(p: BatchProgress, sinceFirstMs: number, doneSinceFirst: number): string {
  if (doneSinceFirst < 1 || p.done >= p.total) return '';
  const remaining = ((p.total - p.done) * sinceFirstMs) / doneSinceFirst / 1000;
  if (remaining < 60) return `剩余约 ${Math.ceil(remaining)} 秒`;
  return `剩余约 ${Math.floor(remaining / 60)} 分 ${Math.ceil(remaining % 60)} 秒`;
}

/** Tracks the moment and count of the first finished document, for etaText. */
class Pace {
  private firstAt = 0;
  private firstDone = 0;
  eta(p: BatchProgress, t: number): string {
    if (this.firstDone === 0 && p.done > 0) {
      this.firstAt = t;
      this.firstDone = p.done;
    }
    return etaText(p, t - this.firstAt, p.done - this.firstDone);
  }
}

class BarProgress implements ProgressSink {
  private readonly pace = new Pace();
  private lastDraw = 0;
  private last: BatchProgress | null = null;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly now: () => number) {}

  update(p: BatchProgress): void {
    this.last = p;
    const t = this.now();
    if (p.done < p.total && t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.draw(p, t);
  }

  private draw(p: BatchProgress, t: number): void {
    const width = 24;
    const filled = p.total ? Math.round((p.done / p.total) * width) : width;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const failed = p.failed ? `，失败 ${p.failed}` : '';
    const eta = this.pace.eta(p, t);
    this.stream.write(`\r\x1b[2K${bar} ${p.done}/${p.total}${failed}${eta ? `，${eta}` : ''}`);
  }

  finish(): void {
    if (this.last) this.draw(this.last, this.now());
    this.stream.write('\n');
  }
}

class LineProgress implements ProgressSink {
  private readonly start: number;
  private readonly pace = new Pace();
  private lastTime: number;
  private lastTenth = 0;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly now: () => number) {
    this.start = now();
    this.lastTime = this.start;
  }

  update(p: BatchProgress): void {
    const t = this.now();
    const eta = this.pace.eta(p, t);
    const tenth = p.total ? Math.floor((p.done * 10) / p.total) : 10;
    if (t - this.lastTime < 5000 && tenth === this.lastTenth) return;
    if (p.done === p.total) return; // the final summary line covers completion
    if (t - this.start < 2000) return; // a small batch needs no running commentary
    this.lastTime = t;
    this.lastTenth = tenth;
    const pct = p.total ? Math.floor((p.done * 100) / p.total) : 100;
    this.stream.write(`已处理 ${p.done}/${p.total}（${pct}%），失败 ${p.failed}${eta ? `，${eta}` : ''}\n`);
  }

  finish(): void {}
}
