// The closing line on stderr: how the batch went and where the time was saved.
import type { SkippedInput } from '../model/types.ts';
import type { BatchStats } from './run-batch.ts';
import { summarize } from './select-inputs.ts';

export function renderBatchSummary(s: BatchStats, cacheDir: string | null, skipped: SkippedInput[] = []): string {
  const parts = [`共 ${s.documents} 件，未能检查 ${s.notOk} 件`];
  if (skipped.length) parts.push(`跳过 ${summarize(skipped)}（见 report.json 的 skipped）`);
  if (s.timedOut) parts.push(`超时 ${s.timedOut} 件`);
  if (s.crashed) parts.push(`检查进程崩溃 ${s.crashed} 件`);
  if (s.duplicates) parts.push(`内容重复 ${s.duplicates} 件`);
  if (cacheDir) parts.push(`缓存命中 ${s.fromCache} 件，复用解析结果 ${s.parseReused} 件，新解析 ${s.parsed} 件`);
  else parts.push(`新解析 ${s.parsed} 件（未使用缓存）`);
  parts.push(`用时 ${(s.wallMs / 1000).toFixed(1)} 秒`);
  return parts.join('；') + '。\n';
}
