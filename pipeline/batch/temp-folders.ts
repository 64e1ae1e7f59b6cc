// Temporary folders of a run — the spill of results (spill.ts) and each worker's TMPDIR, where OCR
// pages and LibreOffice profiles go (worker-pool.ts) — carry the main process's pid in their name.
// A run removes its own when it ends or is interrupted; folders of runs that were killed (SIGKILL,
// power loss), whose process no longer exists, are removed by the next run.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = /^beishen-(spill|worker)-(\d+)-/;

export function makeTempFolder(kind: 'spill' | 'worker', parent = tmpdir()): string {
  return mkdtempSync(join(parent, `beishen-${kind}-${process.pid}-`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process: not ours to judge
  }
}

/** Removes the folders of runs whose process is gone. */
export function sweepAbandoned(parent = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const n of names) {
    const m = NAME.exec(n);
    if (m && Number(m[2]) !== process.pid && !alive(Number(m[2]))) rmSync(join(parent, n), { recursive: true, force: true });
  }
}

/**
 * Runs `cleanup` when the process is interrupted (Ctrl+C, SIGTERM, SIGHUP), then exits with the
 * conventional code (128 + signal). Returns the function that removes the handlers again.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  const handler = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(codes[signal] ?? 1));
  };
  for (const s of Object.keys(codes)) process.once(s, handler);
  return () => {
    for (const s of Object.keys(codes)) process.off(s, handler);
  };
}
