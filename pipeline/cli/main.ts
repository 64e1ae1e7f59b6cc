// beishen command line: dispatch to one module per command. Each command returns its exit code.
import { EXIT_ERROR } from './exit-codes.ts';

const USAGE = `用法：
  beishen check <文件|目录>... [--out DIR] [--format html,json,text,sarif,docx] [--fail-on error|warning|info|never]
                              [--profile NAME] [--rules DIR] [--corpus DIR] [--jobs N] [--timeout SEC]
                              [--max-size SIZE] [--max-memory MB] [--cache DIR | --no-cache] [--shard i/n] [--quiet]
                              [--as-of DATE|today]   按该日的法律审查（清理仍然有效的旧文件）；默认按文件自身日期
  beishen inspect <文件> [--format text|json]
  beishen render --from report.json --format html,docx,sarif [--out DIR]
  beishen rules lint [DIR] | rules test [DIR] | rules list [--format json]
  beishen explain <ruleId>
  beishen corpus import <DIR|文件> [--out DIR] [--add] [--law-base-date DATE] | corpus search <查询> [--corpus DIR] [--format json]
  beishen merge <report.json>... [--out DIR] [--format ...] [--fail-on ...]
  beishen eval [--gold DIR] [--format text|json] [--update-baseline] [--controls DIR | --no-controls]
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).runCheck,
  inspect: async () => (await import('./inspect.ts')).runInspect,
  render: async () => (await import('./render.ts')).runRender,
  rules: async () => (await import('./rules.ts')).runRules,
  explain: async () => (await import('./explain.ts')).runExplain,
  corpus: async () => (await import('./corpus.ts')).runCorpus,
  merge: async () => (await import('./merge.ts')).runMerge,
  eval: async () => (await import('./eval.ts')).runEval,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : EXIT_ERROR;
  }
  if (name === '--version' || name === '-V') {
    const { TOOL } = await import('../engine/build-report.ts');
    process.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`未知命令：${name}\n\n${USAGE}`);
    return EXIT_ERROR;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    process.stderr.write(`beishen 内部错误：${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_ERROR;
  }
}
