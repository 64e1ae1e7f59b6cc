import type { RunReport } from '../pipeline/model/types.ts';

export function renderJson(report: RunReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
