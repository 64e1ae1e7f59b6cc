// Resident memory of a process and everything it started (Linux /proc): what the worker pool's
// watchdog compares with a worker's limit, so that OCR, LibreOffice and WebAssembly memory count
// along with the JavaScript heap. Elsewhere (no /proc) it reads 0 and only the heap limit applies.
import { readdirSync, readFileSync } from 'node:fs';

/** VmRSS of one process in bytes (0 when it is gone). */
function residentBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Direct children of a process, over all its threads. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return out;
}

/** Resident bytes of the process and all its descendants. */
export function groupResidentBytes(pid: number): number {
  let total = 0;
  const seen = new Set<number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    total += residentBytes(p);
    stack.push(...childrenOf(p));
  }
  return total;
}
