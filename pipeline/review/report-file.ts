// Reading an earlier run's report.json (render, diff, merge, --baseline, impact): the file is checked
// against the published contract first, so no command draws conclusions from a file it does not
// understand; every failure is a Chinese message naming the file (exit 2).
import type { RunReport } from '../model/types.ts';
import { UserError } from '../model/user-error.ts';
import { readUserText } from '../model/user-file.ts';
import { reportErrors } from '../../reports/schemas/report-validator.ts';

const MAX_ERRORS_SHOWN = 10;

export class ReportFileError extends UserError {}

export async function loadReportFile(file: string, what = '报告'): Promise<RunReport> {
  const text = await readUserText(file, what, ReportFileError);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ReportFileError(`${what}不是有效的 JSON 文件（可能不完整）：${file}（${(e as Error).message}）`);
  }
  const errors = reportErrors(data);
  if (errors.length) {
    const shown = errors.slice(0, MAX_ERRORS_SHOWN).map((l) => `  ${l}`).join('\n');
    const more = errors.length > MAX_ERRORS_SHOWN ? `\n  …… 另有 ${errors.length - MAX_ERRORS_SHOWN} 处错误` : '';
    throw new ReportFileError(`${what}不符合 report.json 格式（schemaVersion 1）：${file}\n${shown}${more}`);
  }
  return data as RunReport;
}
