// beishen merge <report.json…>: combine the reports of a sharded run (check --shard i/n) into one
// and write every requested format. Exit codes as for check (DESIGN §2): 2 when the reports cannot
// be merged, else 3 / 1 / 0 from the merged result.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MergeError, mergeReports, type NamedReport } from '../batch/merge-reports.ts';
import type { RunReport } from '../model/types.ts';
import { REPORT_FORMATS, writeReports } from '../../reports/index.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { parseCommandArgs, parseList, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, exitCodeFor, FAIL_ON_VALUES, type FailOn } from './exit-codes.ts';

async function merge(args: string[]): Promise<number> {
  let values, positionals;
  let formats: string[];
  ({ values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', default: 'beishen-report' },
    format: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    quiet: { type: 'boolean', default: false },
    'allow-partial': { type: 'boolean', default: false },
  }));
  if (positionals.length === 0) throw new UsageError('请指定要合并的 report.json 文件（各分片的 report.json）。');
  if (!FAIL_ON_VALUES.includes(values['fail-on'] as FailOn)) throw new UsageError(`--fail-on 只能是 ${FAIL_ON_VALUES.join('|')}`);
  formats = parseList(values.format, REPORT_FORMATS, ['json', 'html', 'text']);

  let merged: RunReport;
  try {
    const inputs: NamedReport[] = [];
    for (const file of positionals) inputs.push({ file, report: await readReport(file) });
    merged = mergeReports(inputs, new Date(), { allowPartial: values['allow-partial'] });
  } catch (e) {
    if (e instanceof MergeError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }

  const written = await writeReports(merged, resolve(values.out!), formats.filter((f) => f !== 'text'));
  if (formats.includes('text') && !values.quiet) process.stdout.write(renderTextSummary(merged, written));
  return exitCodeFor(merged, values['fail-on'] as FailOn);
}

async function readReport(file: string): Promise<RunReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new MergeError(`无法读取报告 ${file}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
  }
  try {
    return JSON.parse(text) as RunReport;
  } catch {
    throw new MergeError(`${file} 不是有效的 JSON（文件可能不完整）。`);
  }
}

export function runMerge(args: string[]): Promise<number> {
  return reportingUsageErrors('', () => merge(args));
}
