// beishen check: read the batch, check every document, write the reports, return the exit code.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { createCheckEnv } from '../engine/check-env.ts';
import { buildRunReport } from '../engine/build-report.ts';
import { collectFiles, InputNotFoundError } from '../batch/collect-files.ts';
import { runBatch } from '../batch/run-batch.ts';
import { RuleSetError } from '../rules/ruleset.ts';
import { REPORT_FORMATS, writeReports } from '../../reports/index.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { parseCommandArgs, parseList, UsageError } from './args.ts';
import { EXIT_ERROR, exitCodeFor, FAIL_ON_VALUES, type FailOn } from './exit-codes.ts';

export async function runCheck(args: string[]): Promise<number> {
  let opts;
  try {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string', default: 'beishen-report' },
      format: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      profile: { type: 'string' },
      rules: { type: 'string' },
      corpus: { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    });
    if (positionals.length === 0) throw new UsageError('请指定要检查的文件或目录。');
    const failOn = values['fail-on'] as FailOn;
    if (!FAIL_ON_VALUES.includes(failOn)) throw new UsageError(`--fail-on 只能是 ${FAIL_ON_VALUES.join('|')}`);
    const jobs = values.jobs === undefined ? cpus().length : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs 须为正整数。');
    const formats = parseList(values.format, REPORT_FORMATS, ['json', 'html', 'text']);
    opts = { inputs: positionals, out: resolve(values.out!), failOn, jobs, formats, quiet: values.quiet!,
      profile: values.profile, rulesDir: values.rules, corpusDir: values.corpus };
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }

  let files;
  try {
    files = await collectFiles(opts.inputs);
  } catch (e) {
    if (e instanceof InputNotFoundError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }

  let env;
  try {
    env = await createCheckEnv({ rulesDir: opts.rulesDir, corpusDir: opts.corpusDir, profile: opts.profile });
  } catch (e) {
    if (e instanceof RuleSetError) {
      process.stderr.write(`规则集无效，未进行检查：\n${e.message}\n`);
      return EXIT_ERROR;
    }
    process.stderr.write(`配置错误：${(e as Error).message}\n`);
    return EXIT_ERROR;
  }

  const documents = await runBatch(files, env, opts.quiet ? undefined : progressPrinter());
  const report = buildRunReport(documents, env.ruleSet);
  const written = await writeReports(report, opts.out, opts.formats.filter((f) => f !== 'text'));
  if (opts.formats.includes('text') && !opts.quiet) process.stdout.write(renderTextSummary(report, written));
  return exitCodeFor(report, opts.failOn);
}

function progressPrinter() {
  if (!process.stderr.isTTY) return undefined;
  return (p: { done: number; total: number; failed: number }) => {
    process.stderr.write(`\r已检查 ${p.done}/${p.total}，失败 ${p.failed}`);
    if (p.done === p.total) process.stderr.write('\n');
  };
}
