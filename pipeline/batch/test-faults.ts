// Fault injection for the batch engine's own tests: lets a test make the real CLI's worker hang,
// crash or run out of memory on a chosen document, to prove the pool survives. Inert unless the
// environment variable BEISHEN_TEST_FAULTS is set, e.g. "hang=slow.txt;crash=boom.txt;oom=big.txt"
// (each value is matched as a substring of the document's display path). Kinds: hang, crash, oom (the
// JavaScript heap), native (memory outside the heap, as PDFium or a decoder would take), child (a
// program started by the worker that keeps running — its pid is written to BEISHEN_TEST_FAULTS_PIDS —
// while the worker hangs).
const spec = parseFaults(process.env.BEISHEN_TEST_FAULTS ?? '');

function parseFaults(s: string): [string, string][] {
  return s.split(';').map((p) => p.split('=') as [string, string]).filter(([k, v]) => k && v);
}

export async function injectFault(display: string): Promise<void> {
  for (const [kind, pattern] of spec) {
    if (!display.includes(pattern)) continue;
    if (kind === 'hang') for (;;) { /* a stuck parser: only terminating the thread stops this */ }
    if (kind === 'crash') {
      setImmediate(() => { throw new Error('BEISHEN_TEST_FAULTS: simulated crash'); });
      await new Promise(() => {});
    }
    if (kind === 'oom') {
      const hog: string[][] = [];
      for (;;) hog.push(new Array(1_000_000).fill(display));
    }
    if (kind === 'native') {
      const hog: Buffer[] = [];
      for (;;) {
        hog.push(Buffer.alloc(32 * 1024 * 1024, 1));
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    if (kind === 'child') {
      const { spawn } = await import('node:child_process');
      const { appendFileSync } = await import('node:fs');
      const p = spawn('sleep', ['600'], { stdio: 'ignore' });
      if (process.env.BEISHEN_TEST_FAULTS_PIDS) appendFileSync(process.env.BEISHEN_TEST_FAULTS_PIDS, `${p.pid}\n`);
      await new Promise(() => {});
    }
  }
}
