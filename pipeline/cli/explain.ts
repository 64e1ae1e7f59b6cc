// PLACEHOLDER — replaced by the owner of this command.
import { EXIT_ERROR } from './exit-codes.ts';

export async function runExplain(_args: string[]): Promise<number> {
  process.stderr.write('该命令尚未实现。\n');
  return EXIT_ERROR;
}
