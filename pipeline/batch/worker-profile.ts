// BEISHEN_WORKER_CPU_PROF=<folder>: each worker process of the pool records a V8 CPU profile of its
// whole life and writes it there (<pid>.cpuprofile) when the pool asks it to flush, before it is
// killed. The check runs in the workers, which the pool ends with SIGKILL, so `node --cpu-prof` on
// the main process (or NODE_OPTIONS, which fork does not pass on) never sees it. Read the profiles
// with Chrome DevTools or any .cpuprofile viewer. Development only: no effect when the variable is
// unset.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

let session: Session | null = null;

/** Starts recording when BEISHEN_WORKER_CPU_PROF names a folder. */
export function startWorkerProfile(): void {
  const dir = process.env.BEISHEN_WORKER_CPU_PROF;
  if (!dir || session) return;
  session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
}

/** Writes the profile recorded so far; resolves when it is on disk (at once when not profiling). */
export function writeWorkerProfile(): Promise<void> {
  const dir = process.env.BEISHEN_WORKER_CPU_PROF;
  const s = session;
  if (!dir || !s) return Promise.resolve();
  session = null;
  return new Promise((resolve) => {
    s.post('Profiler.stop', (err, res) => {
      if (!err && res?.profile) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(res.profile));
      }
      s.disconnect();
      resolve();
    });
  });
}
