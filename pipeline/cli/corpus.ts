// beishen corpus import <DIR|files> [--out DIR] | corpus search <query> [--corpus DIR] [--format json] [--limit N]
import { resolve } from 'node:path';
import { importLaws } from '../corpus/import.ts';
import { loadCorpus } from '../corpus/index.ts';
import { writeCorpus } from '../corpus/store.ts';
import { parseCommandArgs, parseList, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, EXIT_OK, EXIT_UNREADABLE } from './exit-codes.ts';

export const USAGE = '用法：beishen corpus import <目录|文件>... [--out DIR] | beishen corpus search <查询> [--corpus DIR] [--format text|json] [--limit N]\n';

async function corpus(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'import') return await runImport(rest);
    if (sub === 'search') return await runSearch(rest);
    throw new UsageError(sub ? `未知的子命令：${sub}` : '缺少子命令');
  } catch (e) {
    if (e instanceof UsageError) throw e; // main prints it with USAGE
    process.stderr.write(`法规库命令失败：${(e as Error).message}\n`);
    return EXIT_ERROR;
  }
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
  if (!positionals.length) throw new UsageError('缺少要导入的目录或文件');
  const out = resolve(values.out ?? 'corpus/imported');
  const t0 = Date.now();
  const result = await importLaws(positionals.map((p) => resolve(p)));
  const tParse = Date.now() - t0;
  if (!result.laws.length) {
    process.stderr.write(`没有导入任何法规（读取 ${result.files} 个文件）。\n`);
    for (const s of result.skipped.slice(0, 20)) process.stderr.write(`  跳过 ${s.path}：${s.message}\n`);
    return EXIT_UNREADABLE;
  }
  const manifest = await writeCorpus(out, result.laws);
  const ms = Date.now() - t0;
  const c = manifest.counts;
  process.stdout.write(
    `已导入 ${c.titles} 部法规、${c.laws} 个版本、${c.articles} 条（读取 ${result.files} 个文件，跳过 ${result.skipped.length} 个），` +
      `检索索引 ${manifest.index?.docs ?? 0} 条；用时 ${(ms / 1000).toFixed(1)} 秒（解析 ${(tParse / 1000).toFixed(1)} 秒）\n` +
      `法规库：${out}（hash ${manifest.hash}）\n`,
  );
  for (const s of result.skipped.slice(0, 20)) process.stderr.write(`  跳过 ${s.path}：${s.message}\n`);
  return result.skipped.length ? EXIT_UNREADABLE : EXIT_OK;
}

async function runSearch(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    corpus: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('缺少查询文字');
  const [format] = parseList(values.format, ['text', 'json'], ['text']);
  const limit = values.limit ? Number(values.limit) : 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit 应为 1 到 100 的整数');
  const corpus = await loadCorpus(values.corpus ? resolve(values.corpus) : undefined);
  const hits = corpus.related(query, limit);
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ query, corpus: corpus.hash, results: hits }, null, 2) + '\n');
  } else if (!hits.length) {
    process.stdout.write('没有找到相关条文。\n');
  } else {
    hits.forEach((h, i) => process.stdout.write(`${i + 1}. 《${h.law}》${h.article}（${h.score.toFixed(2)}）\n   ${h.text.replace(/\n/g, '\n   ')}\n`));
  }
  return EXIT_OK;
}

export function runCorpus(args: string[]): Promise<number> {
  return reportingUsageErrors('corpus', () => corpus(args));
}
