// Fault injection for the batch engine's own tests: lets a test make the real CLI's worker hang,
// crash or run out of memory on a chosen document, to prove the pool survives. Inert unless the
// environment variable BEISHEN_TEST_FAULTS is set, e.g. "hang=slow.txt;crash=boom.txt;oom=big.txt"
// (each value is matched as a substring of the document's display path).
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
  }
}
