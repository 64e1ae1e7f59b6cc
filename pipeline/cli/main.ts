// beishen command line: dispatch to one module per command. Each command returns its exit code.
import { EXIT_ERROR, EXIT_OK } from './exit-codes.ts';
import { asksForHelp, helpFor } from './help.ts';
import { UserError } from '../model/user-error.ts';

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
  diff: async () => (await import('./diff.ts')).runDiff,
  impact: async () => (await import('./impact.ts')).runImpact,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // `beishen help check` prints the command's help; bare `beishen` shows the overview on stderr, exit 2.
    (name ? process.stdout : process.stderr).write(helpFor(name === 'help' ? rest[0] : undefined));
    return name ? EXIT_OK : EXIT_ERROR;
  }
  if (name === '--version' || name === '-V') {
    const { TOOL } = await import('../engine/build-report.ts');
    process.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`未知命令：${name}\n\n${helpFor(undefined)}`);
    return EXIT_ERROR;
  }
  if (asksForHelp(rest)) {
    process.stdout.write(helpFor(name));
    return EXIT_OK;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    // A problem the user can fix is said plainly; anything else is ours and keeps its stack trace.
    if (e instanceof UserError) process.stderr.write(`${e.message}\n`);
    else process.stderr.write(`beishen 内部错误：${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_ERROR;
  }
}
