// beishen diff OLD.json NEW.json [--format text|json|markdown] [-o FILE] [--fail-on-new LEVEL]:
// new, resolved and changed findings per document between two runs.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RunReport, Severity } from '../model/types.ts';
import { diffReports } from '../review/diff-reports.ts';
import { loadReportFile } from '../review/report-file.ts';
import { renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../reports/diff/render-diff.ts';
import { paintFor } from '../../reports/colour.ts';
import { errnoText, OutputError } from '../../reports/output-dir.ts';
import { parseCommandArgs, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    out: { type: 'string', short: 'o' },
    'fail-on-new': { type: 'string' },
  });
  if (positionals.length !== 2) throw new UsageError('请给出两份 report.json：旧的在前，新的在后。');
  const format = values.format!;
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError('--format 只能是 text、json 或 markdown。');
  const failOn = values['fail-on-new'] as Severity | undefined;
  if (failOn !== undefined && !(failOn in RANK)) throw new UsageError('--fail-on-new 只能是 error、warning 或 info。');
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out 不能为空。');

  const [older, newer]: RunReport[] = [await loadReportFile(positionals[0]!), await loadReportFile(positionals[1]!)];
  const result = diffReports(older, newer);
  const toFile = values.out !== undefined && values.out !== '-';
  const text = format === 'json' ? renderDiffJson(result)
    : format === 'markdown' ? renderDiffMarkdown(result)
    : renderDiffText(result, toFile ? undefined : paintFor(process.stdout));
  if (toFile) {
    const path = resolve(values.out!);
    try {
      await writeFile(path, text);
    } catch (e) {
      throw new OutputError(`无法写入 ${path}：${errnoText(e as NodeJS.ErrnoException)}`);
    }
  } else process.stdout.write(text);

  if (failOn === undefined) return EXIT_OK;
  const hit = result.documents.some((d) => d.presence === 'compared' && d.added.some((f) => RANK[f.severity] >= RANK[failOn]));
  return hit ? EXIT_FINDINGS : EXIT_OK;
}

export function runDiff(args: string[]): Promise<number> {
  return reportingUsageErrors('diff', () => diff(args));
}
