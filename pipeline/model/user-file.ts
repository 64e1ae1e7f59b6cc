// Reading a file the user named (a config, a review record, an earlier report.json): its text without a
// byte-order mark, or a Chinese message naming the file, raised as the caller's own UserError.
import { readFile } from 'node:fs/promises';
import type { UserError } from './user-error.ts';

/** `what`: the kind of file, as the message names it ("配置文件", "审查记录", "报告"). */
export async function readUserText(file: string, what: string, error: new (message: string) => UserError): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new error(code === 'ENOENT' ? `找不到${what}：${file}` : `无法读取${what} ${file}：${(e as Error).message}`);
  }
  return text.replace(/^\uFEFF/, '');
}
