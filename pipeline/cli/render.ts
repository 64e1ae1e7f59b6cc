// beishen render --from report.json --format html,docx,sarif,json [--out DIR]: re-renders the reports of
// an earlier run without checking again. The input is validated against the report schema first.
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/review-config.ts';
import { loadReportFile } from '../review/report-file.ts';
import { writeReports } from '../../reports/index.ts';
import { OutputDir } from '../../reports/output-dir.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { paintFor } from '../../reports/colour.ts';
import { parseCommandArgs, UsageError, reportingUsageErrors } from './args.ts';
import { OUTPUT_OPTIONS, parseOutputChoice, writeToStdout } from './output-options.ts';
import { writeAnnotated } from './annotated-output.ts';
import { EXIT_OK } from './exit-codes.ts';

async function render(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...OUTPUT_OPTIONS,
    from: { type: 'string' },
    config: { type: 'string' },
  });
  const from = values.from ?? positionals[0];
  if (!from) throw new UsageError('请用 --from 指定要重新生成报告的 report.json。');
  if (positionals.length > (values.from ? 0 : 1)) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
  const choice = parseOutputChoice(values, { out: dirname(resolve(from)), formats: ['html'] });
  const opts = { from: resolve(from), ...choice, quiet: values.quiet! };

  const report = await loadReportFile(opts.from, '报告文件');
  const render = { config: await loadConfig(values.config, opts.from) };
  if (opts.stdout) {
    await writeToStdout(report, opts.formats[0]!, render);
    return EXIT_OK;
  }
  // The folder usually holds the report.json being rendered: render adds or replaces its formats and
  // keeps the rest (a re-rendered docx replaces the whole opinions/ folder, so no stale draft stays).
  const output = await OutputDir.open(opts.out, 'update');
  let written: string[];
  try {
    await writeReports(report, output, opts.formats.filter((f) => f !== 'text'), render);
    // Annotated copies need the originals: report paths are read relative to the working directory.
    if (opts.formats.includes('annotated')) await writeAnnotated(report, output, (d) => resolve(d.path), { cacheDir: null, quiet: opts.quiet });
    written = await output.commit();
  } finally {
    await output.abort();
  }
  if (!opts.quiet) {
    if (opts.formats.includes('text')) process.stdout.write(renderTextSummary(report, written, { paint: paintFor(process.stdout) }));
    else process.stdout.write(`已生成：${written.length ? written.join('  ') : '（没有需要生成的文件）'}\n`);
  }
  return EXIT_OK;
}

export function runRender(args: string[]): Promise<number> {
  return reportingUsageErrors('render', () => render(args));
}
