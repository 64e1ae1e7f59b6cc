// The reviewer's settings (beishen.config.yaml): who reviews (审查机关 and its kind, which decides the
// legal grounds a 审查意见书 cites), the 文号 prefix, the deadline, 抄送 and 联系人, and the time zone
// reports are dated in. Found upward from the first input (like .editorconfig) or given with --config.
import { readFileSync } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Ajv } from 'ajv';
import { ajvLib, yamlLib } from '../model/on-demand.ts';
import { UserError } from '../model/user-error.ts';
import { readUserText } from '../model/user-file.ts';

export const CONFIG_FILE = 'beishen.config.yaml';
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_DEADLINE_DAYS = 30;

export type ReviewingBodyKind = 'people-congress' | 'government';

export interface ReviewConfig {
  /** The file the settings came from; null when none was found (every field then has its default). */
  source: string | null;
  review: {
    body?: string;
    kind?: ReviewingBodyKind;
    docNumberPrefix?: string;
    deadlineDays?: number;
    provincialRules?: string;
    grounds?: string[];
    revokingBody?: string;
    cc?: string[];
    contact?: { name?: string; phone?: string };
  };
  timeZone: string;
}

export class ConfigError extends UserError {}

export function defaultConfig(): ReviewConfig {
  return { source: null, review: {}, timeZone: DEFAULT_TIME_ZONE };
}

const SCHEMA = JSON.parse(readFileSync(new URL('./config.schema.json', import.meta.url), 'utf8'));
let validate: ReturnType<Ajv['compile']> | undefined;

/** Parses and validates a config file's text; ConfigError names the file and what is wrong, in Chinese. */
export function parseConfig(text: string, source: string): ReviewConfig {
  let data: unknown;
  try {
    data = yamlLib().parse(text) ?? {};
  } catch (e) {
    throw new ConfigError(`配置文件 ${source} 不是有效的 YAML：${(e as Error).message.split('\n')[0]}`);
  }
  validate ??= new (ajvLib().Ajv)({ allErrors: true, strict: false }).compile(SCHEMA);
  if (!validate(data)) {
    const errs = (validate.errors ?? []).slice(0, 5).map((e) => {
      const where = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '（顶层）';
      if (e.keyword === 'additionalProperties') return `${where}：不认识的设置“${(e.params as { additionalProperty: string }).additionalProperty}”`;
      if (e.keyword === 'enum') return `${where}：只能是 ${((e.params as { allowedValues: string[] }).allowedValues).join('、')}`;
      return `${where}：${e.message}`;
    });
    throw new ConfigError(`配置文件 ${source} 有误：${errs.join('；')}`);
  }
  const d = data as Partial<ReviewConfig>;
  const timeZone = d.timeZone ?? DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('zh-CN', { timeZone });
  } catch {
    throw new ConfigError(`配置文件 ${source} 有误：timeZone“${timeZone}”不是有效的时区（如 Asia/Shanghai）。`);
  }
  return { source, review: d.review ?? {}, timeZone };
}

/** The nearest beishen.config.yaml at or above `start` (a file or folder), or null. */
export async function findConfigFile(start: string): Promise<string | null> {
  let dir = resolve(start);
  try {
    if (!(await stat(dir)).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      await access(candidate);
      return candidate;
    } catch { /* not here */ }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** --config FILE when given; otherwise the nearest file above the first input; otherwise the defaults. */
export async function loadConfig(explicit: string | undefined, firstInput: string | undefined): Promise<ReviewConfig> {
  const file = explicit !== undefined ? resolve(explicit) : firstInput ? await findConfigFile(firstInput) : null;
  if (!file) return defaultConfig();
  return parseConfig(await readUserText(file, '配置文件', ConfigError), file);
}
