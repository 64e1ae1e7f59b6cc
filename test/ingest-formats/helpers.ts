import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const REAL = `${SHARED}samples/real/`;
export const HAS_SHARED = existsSync(REAL);

function has(cmd: string, args: string[], expect?: RegExp): boolean {
  try {
    const out = execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 }).toString();
    return expect ? expect.test(out) : true;
  } catch {
    return false;
  }
}
export const HAS_TESSERACT = has('tesseract', ['--list-langs'], /^chi_sim$/m);
export const HAS_PDFTOPPM = has('pdftoppm', ['-v']);
export const HAS_SOFFICE = has('soffice', ['--version']) || has('libreoffice', ['--version']);

/** Whitespace-free text, for comparing extractions from different formats. */
export const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** 1 - edit distance / longer length (the share of characters that agree). */
export function agreement(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length);
}
