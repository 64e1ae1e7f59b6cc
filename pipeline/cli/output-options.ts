// Where a command's reports go, shared by check, merge and render: an output folder (--out/-o DIR,
// written atomically, see reports/output-dir.ts), or one format on standard output (-o - or --stdout),
// so `beishen check … -o - --format sarif > x.sarif` and pipes work without a folder.
import { resolve } from 'node:path';
import type { RunReport } from '../model/types.ts';
import { REPORT_FORMATS, STDOUT_FORMATS, renderReports, type RenderOptions } from '../../reports/index.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { paintFor } from '../../reports/colour.ts';
import { parseList, UsageError } from './args.ts';

export interface OutputChoice {
  /** One format to standard output instead of a folder. */
  stdout: boolean;
  /** Absolute folder (unused with stdout). */
  out: string;
  formats: string[];
}

/** The option definitions every writing command shares (parseArgs form). */
export const OUTPUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  stdout: { type: 'boolean', default: false },
  format: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

export function parseOutputChoice(
  values: { out?: string; stdout?: boolean; format?: string },
  defaults: { out: string; formats: string[]; allowed?: readonly string[] },
): OutputChoice {
  const allowed = defaults.allowed ?? REPORT_FORMATS;
  const toStdout = values.stdout === true || values.out === '-';
  if (values.stdout && values.out !== undefined && values.out !== '-') throw new UsageError('--stdout 与 --out DIR 不能同时使用。');
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out 不能为空：请指定输出目录，或用 -o - 把一种格式写到标准输出。');
  if (toStdout) {
    const formats = parseList(values.format, allowed, ['json']);
    if (formats.length !== 1) throw new UsageError(`写到标准输出时只能指定一种格式（--format ${STDOUT_FORMATS.join('|')}）。`);
    if (!STDOUT_FORMATS.includes(formats[0]!)) {
      throw new UsageError(`格式 ${formats[0]} 不能写到标准输出（可用：${STDOUT_FORMATS.join('、')}）；请用 --out 指定目录。`);
    }
    return { stdout: true, out: '', formats };
  }
  return { stdout: false, out: resolve(values.out ?? defaults.out), formats: parseList(values.format, allowed, defaults.formats) };
}

/** Writes one format of a report to standard output. */
export async function writeToStdout(report: RunReport, format: string, opts: RenderOptions = {}): Promise<void> {
  if (format === 'text') {
    process.stdout.write(renderTextSummary(report, [], { paint: paintFor(process.stdout) }));
    return;
  }
  const [file] = await renderReports(report, [format], opts);
  if (file) await new Promise<void>((res, rej) => process.stdout.write(file.content, (e) => (e ? rej(e) : res())));
}
