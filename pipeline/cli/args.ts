// Shared argument parsing: node's parseArgs, with Chinese usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_ERROR } from './exit-codes.ts';
import { UserError } from '../model/user-error.ts';

export class UsageError extends UserError {}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误：${chineseParseError(e as Error & { code?: string })}`);
  }
}

/** node's parseArgs reports in English: the same in Chinese, naming the option. */
function chineseParseError(e: Error & { code?: string }): string {
  // "'-o, --out <value>'" → "--out"; "'--bogus'" → "--bogus"
  const quoted = /'(-[^']*)'/.exec(e.message)?.[1] ?? /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  const option = quoted.split(/[\s,]+/).filter((w) => w.startsWith('-')).pop() ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /ambiguous/.test(e.message)
        ? `选项 ${option} 的取值不能以“-”开头（负数不是有效取值；确需以“-”开头时写成 ${option}=…）。`
        : `选项 ${option} ${/argument missing/.test(e.message) ? '缺少取值' : '的取值无效'}。`;
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项 ${option}。`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数：${/'([^']*)'/.exec(e.message)?.[1] ?? ''}。`;
    default:
      return e.message;
  }
}

export function parseList(value: string | undefined, allowed: readonly string[], fallback: string[]): string[] {
  if (value === undefined) return fallback;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length) throw new UsageError(`不支持的取值：${bad.join(', ')}（可选：${allowed.join(', ')}）`);
  return items;
}

/** Runs a command; a bad command line ends it the same way everywhere: the reason, where the help is, exit 2.
 *  Other problems the user can fix (UserError) end it with their message alone, also exit 2. */
export async function reportingUsageErrors(command: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`${e.message}\n用法见 beishen ${command} --help\n`);
    else if (e instanceof UserError) process.stderr.write(`${e.message}\n`);
    else throw e;
    return EXIT_ERROR;
  }
}
