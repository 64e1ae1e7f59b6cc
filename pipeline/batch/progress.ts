// Progress on stderr: a redrawn bar on a terminal; on a pipe or CI log, a plain line every 5 s or
// every 10 % (whichever comes first), so logs stay readable; nothing with --quiet. A document that
// runs past a few seconds is named (on the bar while it runs; in a log once it passes 10 s, then every
// 30 s), so a batch that seems frozen says which file it is waiting for.
export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  current?: string;
}

export interface ProgressSink {
  /** A document was handed to a worker (`current` of a later update says it finished). */
  started?(path: string): void;
  update(p: BatchProgress): void;
  /** Looks at the running documents (called every second by a timer; tests call it directly). */
  tick?(): void;
  finish(): void;
}

const SILENT: ProgressSink = { update() {}, finish() {} };

/** A document past this long is named on the progress line. */
export const SLOW_MS = 5000;

export function createProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream; now?: () => number; timer?: boolean }): ProgressSink {
  if (opts.quiet) return SILENT;
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  const sink = stream.isTTY ? new BarProgress(stream, now) : new LineProgress(stream, now);
  if (opts.timer !== false) {
    const t = setInterval(() => sink.tick(), 1000);
    t.unref();
    const finish = sink.finish.bind(sink);
    sink.finish = () => { clearInterval(t); finish(); };
  }
  return sink;
}

/** The documents in the workers and since when. */
class Running {
  private readonly since = new Map<string, number>();
  start(path: string, t: number): void { this.since.set(path, t); }
  end(path: string | undefined): void { if (path !== undefined) this.since.delete(path); }
  /** The document running longest, when it has run at least SLOW_MS. */
  slowest(t: number): { path: string; ms: number } | null {
    let best: { path: string; ms: number } | null = null;
    for (const [path, at] of this.since) if (!best || t - at > best.ms) best = { path, ms: t - at };
    return best && best.ms >= SLOW_MS ? best : null;
  }
}

function slowText(s: { path: string; ms: number }): string {
  return `正在处理 ${s.path}（已 ${Math.floor(s.ms / 1000)} 秒）`;
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
  private readonly running = new Running();
  private lastDraw = 0;
  private last: BatchProgress | null = null;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly now: () => number) {}

  started(path: string): void {
    this.running.start(path, this.now());
  }

  tick(): void {
    const t = this.now();
    if (this.running.slowest(t)) this.draw(this.last ?? { done: 0, total: 0, failed: 0 }, t);
  }

  update(p: BatchProgress): void {
    this.running.end(p.current);
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
    const slow = p.done < p.total ? this.running.slowest(t) : null;
    this.stream.write(`\r\x1b[2K${bar} ${p.done}/${p.total}${failed}${eta ? `，${eta}` : ''}${slow ? `，${slowText(slow)}` : ''}`);
  }

  finish(): void {
    if (this.last) this.draw(this.last, this.now());
    this.stream.write('\n');
  }
}

/** In a log, a slow document is named once it passes 10 s, then every 30 s. */
const LOG_SLOW_FIRST_MS = 10_000;
const LOG_SLOW_EVERY_MS = 30_000;

class LineProgress implements ProgressSink {
  private readonly start: number;
  private readonly pace = new Pace();
  private readonly running = new Running();
  private readonly reported = new Map<string, number>();
  private lastTime: number;
  private lastTenth = 0;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly now: () => number) {
    this.start = now();
    this.lastTime = this.start;
  }

  started(path: string): void {
    this.running.start(path, this.now());
  }

  tick(): void {
    const t = this.now();
    const slow = this.running.slowest(t);
    if (!slow || slow.ms < LOG_SLOW_FIRST_MS) return;
    const last = this.reported.get(slow.path);
    if (last !== undefined && slow.ms - last < LOG_SLOW_EVERY_MS) return;
    this.reported.set(slow.path, slow.ms);
    this.stream.write(`${slowText(slow)}\n`);
  }

  update(p: BatchProgress): void {
    this.running.end(p.current);
    if (p.current !== undefined) this.reported.delete(p.current);
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
