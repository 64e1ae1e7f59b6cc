// beishen impact <dir|files|report.json>... --law NAME [--from V] [--to V]: the 专项清理 list of what a
// revision or repeal of one law touches in an archive. Exit 0 nothing affected, 1 documents affected,
// 2 usage or an unknown law/version, 3 some document could not be read.
import { resolve } from 'node:path';
import { defaultCacheDir } from '../batch/cache.ts';
import { loadConfig } from '../config/review-config.ts';
import { loadDeclaredCorrespondences } from '../corpus/correspondence.ts';
import { loadCorpus } from '../corpus/index.ts';
import { judgingCorpusDir } from '../corpus/library.ts';
import { lawVersionChanges, LawVersionError } from '../corpus/version-changes.ts';
import { parsedDocuments } from '../batch/parsed-source.ts';
import { runImpact as impactOf } from '../impact/run-impact.ts';
import { UserError } from '../model/user-error.ts';
import { IMPACT_FORMATS, renderImpactFiles } from '../../reports/impact/render-impact.ts';
import { OutputDir } from '../../reports/output-dir.ts';
import { parseCommandArgs, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './exit-codes.ts';
import { parseOutputChoice } from './output-options.ts';

async function impact(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    law: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    corpus: { type: 'string' },
    correspondence: { type: 'string' },
    config: { type: 'string' },
    out: { type: 'string', short: 'o' },
    stdout: { type: 'boolean', default: false },
    format: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
  });
  if (!positionals.length) throw new UsageError('请指定要清理的文件、目录或上次检查的 report.json。');
  if (!values.law?.trim()) throw new UsageError('请用 --law 指定法律名称，如 --law 中华人民共和国行政复议法。');
  for (const v of [values.from, values.to]) {
    if (v !== undefined && !/^\d{4}(-\d{2}-\d{2})?$/.test(v)) throw new UsageError(`版本须写作 YYYY-MM-DD 或年份：${v}`);
  }
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache 与 --no-cache 不能同时使用。');
  const choice = parseOutputChoice(values, { out: 'beishen-impact', formats: ['html', 'json', 'csv'], allowed: IMPACT_FORMATS });
  if (choice.stdout && choice.formats[0] === 'html' && values.format === undefined) choice.formats = ['json'];

  // Every version of the law the library holds, where it is at hand (the embedded corpus holds both texts of a few laws).
  const corpus = await loadCorpus(await judgingCorpusDir(values.corpus, (line) => process.stderr.write(`${line}\n`)));
  const declared = values.correspondence ? loadDeclaredCorrespondences(resolve(values.correspondence)) : undefined;
  let changes;
  try {
    changes = lawVersionChanges(corpus, values.law.trim(), values.from, values.to, declared);
  } catch (e) {
    if (e instanceof LawVersionError) throw new UserError(e.message);
    throw e;
  }
  const config = await loadConfig(values.config, positionals[0]);
  const output = choice.stdout ? null : await OutputDir.open(choice.out);
  try {
    const cacheDir = values['no-cache'] ? null : resolve(values.cache ?? defaultCacheDir());
    const report = await impactOf(parsedDocuments(positionals, { cacheDir }), changes, corpus);
    const files = renderImpactFiles(report, choice.formats, config.timeZone);
    if (output) {
      await output.write(files);
      const written = await output.commit();
      if (!values.quiet) {
        const s = report.summary;
        process.stdout.write(`《${report.law}》${report.from.version} → ${report.to ? report.to.version : '废止'}：检查 ${s.documents} 件（解析缓存 ${s.fromCache} 件），` +
          `受影响 ${s.affected} 件 ${s.references} 处（修改引用条号 ${s.byAction['修改引用条号']}，内容需修改 ${s.byAction['内容需修改']}，依据已废止 ${s.byAction['依据已废止']}）` +
          `${s.unreadable ? `，未能读取 ${s.unreadable} 件` : ''}\n报告：${written.join('  ')}\n`);
      }
    } else {
      process.stdout.write(files[0]!.content);
    }
    if (report.unreadable.length) return EXIT_UNREADABLE;
    return report.documents.length ? EXIT_FINDINGS : EXIT_OK;
  } finally {
    await output?.abort();
  }
}

export function runImpact(args: string[]): Promise<number> {
  return reportingUsageErrors('impact', () => impact(args));
}
