// The batch of one `beishen check` run: the inputs expanded (collect-files.ts), the run's own output
// and cache folders left out, the shard taken, and what the report records about the inputs. An
// input that yields nothing to check is a usage error (exit 2), not a clean run: "no problems found"
// about no documents would be a false all-clear. (A shard of a non-empty batch may be empty.)
import { resolve } from 'node:path';
import type { RunInputs, SkippedInput } from '../model/types.ts';
import { collectFiles, type CollectedFile } from './collect-files.ts';
import { escapeName } from './display-path.ts';
import { inShard, type Shard } from './shard.ts';

export class EmptyInputError extends Error {}

export interface Selected {
  files: CollectedFile[];
  skipped: SkippedInput[];
  inputs: RunInputs;
}

export async function selectInputs(
  given: string[], opts: { ext?: string[]; exclude?: string[]; shard: Shard | null },
): Promise<Selected> {
  const all = await collectFiles(given, { ext: opts.ext, exclude: opts.exclude });
  if (all.files.length === 0) {
    const why = all.skipped.length
      ? `；跳过了 ${all.skipped.length} 项（${summarize(all.skipped)}），单独指定文件或用 --ext 可以检查它们`
      : '';
    throw new EmptyInputError(`没有找到要检查的文件：${given.map(escapeName).join('、')}${why}。`);
  }
  return {
    files: inShard(all.files, opts.shard),
    // Each shard lists the skipped entries that fall to it, so merged shards list each once.
    skipped: inShard(all.skipped.map((s) => ({ ...s, display: s.path })), opts.shard).map(({ display: _d, ...s }) => s),
    inputs: { given, roots: given.map((g) => resolve(g)), shard: opts.shard ? { index: opts.shard.index, count: opts.shard.count } : null },
  };
}

/** "3 个不是文档格式的文件、1 个隐藏文件" */
export function summarize(skipped: SkippedInput[]): string {
  const names: Record<SkippedInput['reason'], string> = {
    'default-ignore': '工具或系统的文件', hidden: '隐藏文件', 'lock-file': 'Word 锁定文件', 'ignore-file': '被 .beishenignore 排除的文件',
    'not-a-document': '不是文档格式的文件', 'extension-filter': '不在 --ext 范围内的文件', 'output-folder': '报告输出目录', 'symlink-to-folder': '指向目录的符号链接',
  };
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} 个${names[r as SkippedInput['reason']]}`).join('、');
}
