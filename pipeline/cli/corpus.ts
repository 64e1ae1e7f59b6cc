// beishen corpus import <DIR|files> [--out DIR] [--add] [--law-base-date DATE] | corpus search <query>
// [--corpus DIR] [--format json] [--limit N]. Both say what the law base is: its date and the later
// texts it is known to lack.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LawBase } from '../corpus/corpus.ts';
import { createCorpus, newestText } from '../corpus/corpus-impl.ts';
import { startOf } from '../corpus/in-force.ts';
import { addLaws, importLaws } from '../corpus/import.ts';
import { loadCorpus } from '../corpus/index.ts';
import { loadLaterRevisions } from '../corpus/later-revisions.ts';
import { loadRegistry } from '../corpus/repealed.ts';
import { MANIFEST, readCorpus, writeCorpus } from '../corpus/store.ts';
import { lawBaseInfo } from '../engine/law-base.ts';
import type { CorpusLaw } from '../model/types.ts';
import { chineseDate, isIsoDate } from '../text/dates.ts';
import { lawBaseLine } from '../../reports/law-base-line.ts';
import { parseCommandArgs, parseList, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, EXIT_OK, EXIT_UNREADABLE } from './exit-codes.ts';

export const USAGE = `用法：beishen corpus import <目录|文件>... [--out DIR] [--add] [--law-base-date DATE]
       beishen corpus search <查询> [--corpus DIR] [--format text|json] [--limit N]
  --add                把导入的法规加入 --out 中已有的法规库（同名法规的新文本自其施行之日起取代旧文本），而不是重建
  --law-base-date DATE 法规库的日期（所据法规数据库的采集日期）；默认为所收最新文本的日期，--add 时沿用原法规库的日期
`;

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
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' }, add: { type: 'boolean', default: false }, 'law-base-date': { type: 'string' },
  });
  if (!positionals.length) throw new UsageError('缺少要导入的目录或文件');
  const declared = values['law-base-date'];
  if (declared !== undefined && !isIsoDate(declared)) throw new UsageError('--law-base-date 须为日期，如 2025-04-19');
  const out = resolve(values.out ?? 'corpus/imported');
  if (values.add && !existsSync(join(out, MANIFEST))) throw new UsageError(`--add 需要已有的法规库，${out} 中没有 ${MANIFEST}`);
  const t0 = Date.now();
  const result = await importLaws(positionals.map((p) => resolve(p)));
  const tParse = Date.now() - t0;
  if (!result.laws.length) {
    process.stderr.write(`没有导入任何法规（读取 ${result.files} 个文件）。\n`);
    for (const s of result.skipped.slice(0, 20)) process.stderr.write(`  跳过 ${s.path}：${s.message}\n`);
    return EXIT_UNREADABLE;
  }
  let laws = result.laws;
  let lawBase: LawBase | undefined = declared ? { date: declared, dateFrom: 'declared' } : undefined;
  if (values.add) {
    const stored = await readCorpus(out);
    laws = addLaws(stored.laws, result.laws);
    lawBase ??= stored.manifest.lawBase;
  }
  lawBase ??= newestText(laws);
  const manifest = await writeCorpus(out, laws, { lawBase });
  const ms = Date.now() - t0;
  const c = manifest.counts;
  const corpus = createCorpus({ laws, registry: loadRegistry(), revisions: loadLaterRevisions(), hash: manifest.hash, lawBase });
  process.stdout.write(
    `已导入 ${c.titles} 部法规、${c.laws} 个版本、${c.articles} 条（读取 ${result.files} 个文件，跳过 ${result.skipped.length} 个），` +
      `检索索引 ${manifest.index?.docs ?? 0} 条；用时 ${(ms / 1000).toFixed(1)} 秒（解析 ${(tParse / 1000).toFixed(1)} 秒）\n` +
      `法规库：${out}（hash ${manifest.hash}）\n${lawBaseLine(lawBaseInfo(corpus))}\n`,
  );
  if (values.add) for (const line of supersededLines(laws, result.laws)) process.stdout.write(`${line}\n`);
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
  const lawBase = lawBaseInfo(corpus);
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ query, corpus: corpus.hash, lawBase, results: hits }, null, 2) + '\n');
    return EXIT_OK;
  }
  process.stdout.write(`（${lawBaseLine(lawBase).replace(/。$/, '')}）\n`);
  if (!hits.length) {
    process.stdout.write('没有找到相关条文。\n');
  } else {
    hits.forEach((h, i) => process.stdout.write(`${i + 1}. 《${h.law}》${h.article}（${h.score.toFixed(2)}）\n   ${h.text.replace(/\n/g, '\n   ')}\n`));
  }
  return EXIT_OK;
}

/** "《X》2025年文本自2026年1月1日起施行，此前的文件仍按2012年文本审查。" for each title that got a newer version. */
function supersededLines(all: CorpusLaw[], added: CorpusLaw[]): string[] {
  const out: string[] = [];
  for (const a of added) {
    const older = all.filter((l) => l.title === a.title && l.version < a.version).sort((x, y) => x.version.localeCompare(y.version));
    const prev = older[older.length - 1];
    if (!prev) continue;
    out.push(`《${a.title}》${a.version.slice(0, 4)}年文本自${chineseDate(startOf(a))}起施行，此前日期的文件仍按${prev.version.slice(0, 4)}年文本审查。`);
  }
  return out;
}

export function runCorpus(args: string[]): Promise<number> {
  return reportingUsageErrors('corpus', () => corpus(args));
}
