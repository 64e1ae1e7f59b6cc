// Running the external OCR tools: tesseract (tsv output gives per-word confidence) and
// pdftoppm (poppler-utils) to render PDF pages. Both are optional system packages.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface OcrText { paragraphs: string[]; confidence: number; words: number }

export function exec(cmd: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: env ?? process.env }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new Error(`${cmd} not found`));
      if (err && (err as { killed?: boolean }).killed) return reject(new Error(`${cmd} timed out after ${timeoutMs} ms`));
      if (err) return reject(new Error(`${cmd} failed: ${err.message.slice(0, 300)}`));
      resolve({ stdout: String(stdout), code: 0 });
    });
  });
}

let available: Promise<boolean> | undefined;

/** tesseract with the chi_sim language installed (BEISHEN_NO_TESSERACT=1 pretends it is not). */
export function tesseractAvailable(): Promise<boolean> {
  if (process.env.BEISHEN_NO_TESSERACT === '1') return Promise.resolve(false);
  available ??= exec('tesseract', ['--list-langs'], 10_000)
    .then((r) => /^chi_sim$/m.test(r.stdout))
    .catch(() => false);
  return available;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Joins tesseract's words: no space between Chinese characters, a space between Latin words. */
function joinWords(words: string[]): string {
  let out = '';
  for (const w of words) {
    if (out && !(CJK.test(out[out.length - 1]) || CJK.test(w[0]))) out += ' ';
    out += w;
  }
  return out;
}

/** Parses `tesseract … tsv`: words grouped into lines and paragraphs, with the mean word confidence. */
export function parseTsv(tsv: string): OcrText {
  const paras = new Map<string, Map<string, string[]>>();
  let confSum = 0;
  let words = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    const conf = Number(c[10]);
    if (!text || conf < 0) continue;
    const pk = `${c[1]}.${c[2]}.${c[3]}`;
    const lk = c[4];
    if (!paras.has(pk)) paras.set(pk, new Map());
    const lines = paras.get(pk)!;
    if (!lines.has(lk)) lines.set(lk, []);
    lines.get(lk)!.push(text);
    confSum += conf;
    words++;
  }
  const paragraphs = [...paras.values()].map((lines) => [...lines.values()].map(joinWords).join('')).filter((p) => p.trim());
  return { paragraphs, confidence: words ? confSum / words : 0, words };
}

export async function tesseractFile(path: string, timeoutMs: number): Promise<OcrText> {
  // One thread per process: we run pages in parallel ourselves (OpenMP threads would fight).
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const r = await exec('tesseract', [path, 'stdout', '-l', 'chi_sim+eng', '--psm', '3', 'tsv'], timeoutMs, env);
  return parseTsv(r.stdout);
}

export async function renderPdfPage(pdfPath: string, page: number, outPrefix: string, dpi: number, timeoutMs: number): Promise<Buffer> {
  await exec('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, outPrefix], timeoutMs);
  return readFile(`${outPrefix}.ppm`);
}
