// Shared argument parsing: node's parseArgs, with Chinese usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_ERROR } from './exit-codes.ts';

export class UsageError extends Error {}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误：${(e as Error).message}`);
  }
}

export function parseList(value: string | undefined, allowed: readonly string[], fallback: string[]): string[] {
  if (value === undefined) return fallback;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length) throw new UsageError(`不支持的取值：${bad.join(', ')}（可选：${allowed.join(', ')}）`);
  return items;
}

/** Runs a command; a bad command line ends it the same way everywhere: the reason, the usage, exit 2. */
export async function reportingUsageErrors(usage: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${usage}`);
    return EXIT_ERROR;
  }
}
