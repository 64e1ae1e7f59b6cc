// beishen merge <report.json…>: combine the reports of a sharded run (check --shard i/n) into one
// and write every requested format. Exit codes as for check (DESIGN §2): 2 when the reports cannot
// be merged, else 3 / 1 / 0 from the merged result.
import { readFile } from 'node:fs/promises';
import { MergeError, mergeReports, type NamedReport } from '../batch/merge-reports.ts';
import { loadConfig } from '../config/review-config.ts';
import type { RunReport } from '../model/types.ts';
import { writeReports } from '../../reports/index.ts';
import { OutputDir } from '../../reports/output-dir.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { paintFor } from '../../reports/colour.ts';
import { parseCommandArgs, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, exitCodeFor, FAIL_ON_VALUES, type FailOn } from './exit-codes.ts';
import { OUTPUT_OPTIONS, parseOutputChoice, writeToStdout } from './output-options.ts';

async function merge(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...OUTPUT_OPTIONS,
    'fail-on': { type: 'string', default: 'error' },
    config: { type: 'string' },
    'allow-partial': { type: 'boolean', default: false },
  });
  if (positionals.length === 0) throw new UsageError('请指定要合并的 report.json 文件（各分片的 report.json）。');
  if (!FAIL_ON_VALUES.includes(values['fail-on'] as FailOn)) throw new UsageError(`--fail-on 只能是 ${FAIL_ON_VALUES.join('|')}`);
  const choice = parseOutputChoice(values, { out: 'beishen-report', formats: ['json', 'html', 'text'] });
  const config = await loadConfig(values.config, positionals[0]);
  const output = choice.stdout ? null : await OutputDir.open(choice.out);
  try {

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
    const render = { config };
    if (!output) {
      await writeToStdout(merged, choice.formats[0]!, render);
    } else {
      await writeReports(merged, output, choice.formats.filter((f) => f !== 'text'), render);
      const written = await output.commit();
      if (choice.formats.includes('text') && !values.quiet) process.stdout.write(renderTextSummary(merged, written, { paint: paintFor(process.stdout) }));
    }
    return exitCodeFor(merged, values['fail-on'] as FailOn);
  } finally {
    await output?.abort();
  }
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
  return reportingUsageErrors('merge', () => merge(args));
}
