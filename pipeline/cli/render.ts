// beishen render --from report.json --format html,docx,sarif,json [--out DIR]: re-renders the reports of
// an earlier run without checking again. The input is validated against the report schema first.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { RunReport } from '../model/types.ts';
import { REPORT_FORMATS, writeReports } from '../../reports/index.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { reportErrors } from '../../reports/schemas/report-validator.ts';
import { parseCommandArgs, parseList, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.ts';

const MAX_ERRORS_SHOWN = 10;

async function render(args: string[]): Promise<number> {
  let opts;
  const { values, positionals } = parseCommandArgs(args, {
    from: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  });
  const from = values.from ?? positionals[0];
  if (!from) throw new UsageError('请用 --from 指定要重新生成报告的 report.json。');
  if (positionals.length > (values.from ? 0 : 1)) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
  const formats = parseList(values.format, REPORT_FORMATS, ['html']);
  opts = { from: resolve(from), out: resolve(values.out ?? dirname(resolve(from))), formats, quiet: values.quiet! };

  let report: RunReport;
  try {
    const text = await readFile(opts.from, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      process.stderr.write(`不是有效的 JSON 文件：${opts.from}（${(e as Error).message}）\n`);
      return EXIT_ERROR;
    }
    const errors = reportErrors(data);
    if (errors.length) {
      process.stderr.write(`报告文件不符合 report.json 格式（schemaVersion 1），未生成报告：${opts.from}\n`);
      for (const line of errors.slice(0, MAX_ERRORS_SHOWN)) process.stderr.write(`  ${line}\n`);
      if (errors.length > MAX_ERRORS_SHOWN) process.stderr.write(`  …… 另有 ${errors.length - MAX_ERRORS_SHOWN} 处错误\n`);
      return EXIT_ERROR;
    }
    report = data as RunReport;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(code === 'ENOENT' ? `找不到报告文件：${opts.from}\n` : `无法读取报告文件：${opts.from}（${(e as Error).message}）\n`);
    return EXIT_ERROR;
  }

  const written = await writeReports(report, opts.out, opts.formats.filter((f) => f !== 'text'));
  if (!opts.quiet) {
    if (opts.formats.includes('text')) process.stdout.write(renderTextSummary(report, written));
    else process.stdout.write(`已生成：${written.length ? written.join('  ') : '（没有需要生成的文件）'}\n`);
  }
  return EXIT_OK;
}

export function runRender(args: string[]): Promise<number> {
  return reportingUsageErrors('', () => render(args));
}
