// The options of `beishen check` (also read by `inspect`): parsed and checked before anything is
// loaded, with Chinese usage errors.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isIsoDate, todayInChina } from '../text/dates.ts';
import { parseExtensions } from '../batch/input-selection.ts';
import { defaultCacheDir } from '../batch/cache.ts';
import { DEFAULT_TIMEOUT_SECONDS, DEFAULT_WORKER_MEMORY_MB } from '../batch/start-workers.ts';
import { parseShard } from '../batch/shard.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { OUTPUT_OPTIONS, parseOutputChoice, type OutputChoice } from './output-options.ts';
import { FAIL_ON_VALUES, type FailOn } from './exit-codes.ts';

export interface CheckArgs {
  inputs: string[];
  output: OutputChoice;
  failOn: FailOn;
  jobs: number;
  quiet: boolean;
  configFile?: string;
  reviewFile?: string;
  baseline?: string;
  newOnly: boolean;
  /** At most this many findings in the text output (default: all). */
  textLimit?: number;
  profile?: string;
  rulesDir?: string;
  corpusDir?: string;
  cacheDir: string | null;
  timeoutSeconds: number;
  maxBytes: number;
  maxMemoryMb: number;
  shard: ReturnType<typeof parseShard>;
  /** --as-of DATE|today, resolved to a date. */
  asOf?: string;
  /** The day of the check. */
  today: string;
  /** --ext: extensions checked in folders, instead of the document formats. */
  ext?: string[];
}

/** Upper bounds of the numeric options: beyond them a value is a mistake (Node's timers overflow past 2^31 ms). */
export const LIMITS = { jobs: 64, timeoutSeconds: 86_400, maxMemoryMb: 65_536, maxBytes: 2 * 1024 ** 3 };

export const DEFAULT_OUT = 'beishen-report';

export function parseCheckArgs(args: string[]): CheckArgs {
  const { values, positionals } = parseCommandArgs(args, {
    ...OUTPUT_OPTIONS,
    'fail-on': { type: 'string', default: 'error' },
    config: { type: 'string' },
    review: { type: 'string' },
    baseline: { type: 'string' },
    'new-only': { type: 'boolean', default: false },
    'text-limit': { type: 'string' },
    profile: { type: 'string' },
    rules: { type: 'string' },
    corpus: { type: 'string' },
    jobs: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    timeout: { type: 'string' },
    'max-size': { type: 'string' },
    'max-memory': { type: 'string' },
    shard: { type: 'string' },
    'as-of': { type: 'string' },
    ext: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('请指定要检查的文件或目录。');
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) throw new UsageError(`--fail-on 只能是 ${FAIL_ON_VALUES.join('|')}`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > LIMITS.jobs) throw new UsageError(`--jobs 须为 1 到 ${LIMITS.jobs} 之间的整数。`);
  const output = parseOutputChoice(values, { out: DEFAULT_OUT, formats: ['json', 'html', 'text'] });
  if (values.baseline !== undefined && values['new-only']) throw new UsageError('--baseline 与 --new-only 不能同时使用（--new-only 即以输出目录中上次的 report.json 为基线）。');
  if (values['new-only'] && output.stdout) throw new UsageError('--new-only 需要输出目录中上次的 report.json；写到标准输出时请用 --baseline FILE。');
  let textLimit: number | undefined;
  if (values['text-limit'] !== undefined) {
    textLimit = Number(values['text-limit']);
    if (!Number.isInteger(textLimit) || textLimit < 0) throw new UsageError('--text-limit 须为非负整数。');
  }
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache 与 --no-cache 不能同时使用。');
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > LIMITS.timeoutSeconds) {
    throw new UsageError(`--timeout 须为大于 0、不超过 ${LIMITS.timeoutSeconds} 的秒数。`);
  }
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  const maxMemoryMb = values['max-memory'] === undefined ? DEFAULT_WORKER_MEMORY_MB : Number(values['max-memory']);
  if (!Number.isInteger(maxMemoryMb) || maxMemoryMb < 64 || maxMemoryMb > LIMITS.maxMemoryMb) {
    throw new UsageError(`--max-memory 须为 64 到 ${LIMITS.maxMemoryMb} 之间的整数（MB，每个检查进程的 JavaScript 堆）。`);
  }
  if (values.profile !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.profile)) {
    throw new UsageError('--profile 须为规则配置的名称（字母、数字、- 和 _，如 shandong），不能是路径。');
  }
  let ext: string[] | undefined;
  if (values.ext !== undefined) {
    ext = parseExtensions(values.ext) ?? undefined;
    if (!ext) throw new UsageError('--ext 须为逗号分隔的扩展名，如 --ext docx,pdf,txt。');
  }
  let shard = null;
  if (values.shard !== undefined) {
    shard = parseShard(values.shard);
    if (!shard) throw new UsageError('--shard 的格式为 i/n，1 ≤ i ≤ n，例如 --shard 2/4。');
  }
  const today = todayInChina();
  const asOf = values['as-of'] === undefined ? undefined : values['as-of'] === 'today' ? today : values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError('--as-of 须为日期（如 2025-06-30）或 today。');
  return {
    ...(asOf ? { asOf } : {}), today,
    inputs: positionals, output, failOn, jobs, quiet: values.quiet!,
    configFile: values.config, reviewFile: values.review, baseline: values.baseline, newOnly: values['new-only']!, textLimit,
    profile: values.profile, rulesDir: values.rules, corpusDir: values.corpus,
    cacheDir: values['no-cache'] ? null : resolve(values.cache ?? defaultCacheDir()),
    timeoutSeconds, maxBytes, maxMemoryMb, shard, ext,
  };
}

/** "64MB", "500KB", "1.5GB", "2048B"; a bare number means MB. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$/i.exec(value);
  if (!m) throw new UsageError('--max-size 的格式如 64MB、500KB、1GB（不写单位时按 MB）。');
  const unit = (m[2] ?? 'mb').toLowerCase();
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  const bytes = Math.floor(Number(m[1]) * mult);
  if (bytes < 1 || bytes > LIMITS.maxBytes) throw new UsageError('--max-size 须大于 0、不超过 2GB。');
  return bytes;
}
