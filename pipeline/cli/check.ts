// beishen check: list the inputs, fork the workers, then load the rest of the command (check-run.ts)
// while they start — the workers' start-up, not the command's, is what a short run waits for.
import { InputNotFoundError } from '../batch/collect-files.ts';
import { EmptyInputError, selectInputs } from '../batch/select-inputs.ts';
import { DEFAULT_WORKER_MEMORY_MB, startWorkers } from '../batch/start-workers.ts';
import { reportingUsageErrors } from './args.ts';
import { parseCheckArgs } from './check-args.ts';
import { EXIT_ERROR } from './exit-codes.ts';
import { judgingCorpusDir } from '../corpus/library.ts';

async function check(args: string[]): Promise<number> {
  const opts = parseCheckArgs(args);
  // The inputs are listed before the output folder is opened: its staging folder, made beside it, is
  // no input even when the output lies inside an input folder.
  let selected: Awaited<ReturnType<typeof selectInputs>>;
  try {
    selected = await selectInputs(opts.inputs, { ext: opts.ext, exclude: [...(opts.output.stdout ? [] : [opts.output.out]), ...(opts.cacheDir ? [opts.cacheDir] : [])], shard: opts.shard });
  } catch (e) {
    if (e instanceof InputNotFoundError || e instanceof EmptyInputError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }
  // The law library where there is one (built on first use), once the inputs are known and before the workers start:
  // they load the same corpus.
  opts.corpusDir = await judgingCorpusDir(opts.corpusDir, opts.quiet ? undefined : (line) => process.stderr.write(`${line}\n`));
  // Workers load their modules while this thread loads the rest of the command, the rules and the
  // corpus, so checking starts sooner. All of them, even with a cache: a run the cache answers entirely
  // (the only one that needs none) loses a little to them; every other run — a first run, a re-run
  // after a rule change — would otherwise wait for the workers that start late.
  const files = selected.files.length;
  // Without a cache every document is read and checked, and a short run waits on its first one: the
  // workers load the corpus, the readers and the segmenter while they wait for the rules. That memory is
  // spent ahead (jieba's dictionary alone is about 56 MB of resident memory): not when the user has lowered --max-memory,
  // where a worker may need all of it for one document and may never need the segmenter at all.
  const warmable = opts.maxMemoryMb >= DEFAULT_WORKER_MEMORY_MB && (!opts.cacheDir || files <= opts.jobs * 2);
  const warm = warmable ? { warm: opts.corpusDir ? { corpusDir: opts.corpusDir } : {} } : {};
  const pool = files ? startWorkers(opts.jobs, files, { timeoutMs: opts.timeoutSeconds * 1000, maxMemoryMb: opts.maxMemoryMb, ...warm }) : undefined;
  let run: typeof import('./check-run.ts');
  try {
    run = await import('./check-run.ts');
  } catch (e) {
    await pool?.close();
    throw e;
  }
  return run.checkSelected(opts, selected, pool);
}

export function runCheck(args: string[]): Promise<number> {
  return reportingUsageErrors('check', () => check(args));
}
