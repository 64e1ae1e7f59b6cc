// beishen eval: measure the rule base on the labelled gold set (corpus/gold) and the real
// control documents; compare with the stored baseline. Exit 0 when no figure is below the
// baseline, 1 when one is, 2 on usage, gold-set or rule-set errors.
import { join, resolve } from 'node:path';
import { baselineFileName, compareWithBaseline, readBaseline, writeBaseline } from '../eval/baseline.ts';
import { lawLibrarySource, libraryCorpusDir } from '../corpus/library.ts';
import { GoldSetError } from '../eval/gold.ts';
import { evalToJson, renderEvalText, type BaselineOutcome } from '../eval/render-eval.ts';
import { DEFAULT_GOLD_DIR, runEvaluation } from '../eval/run-eval.ts';
import { RuleSetError } from '../rules/ruleset.ts';
import { parseCommandArgs, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';

export const EVAL_USAGE = `用法：beishen eval [--gold DIR] [--split dev|holdout|all] [--details] [--format text|json]
                    [--update-baseline] [--baseline FILE] [--controls DIR | --no-controls]
                    [--rules DIR] [--corpus DIR] [--profile NAME]

  --gold DIR     评测集：每份文件一个 .yaml 标注（corpus/gold 及其 holdout-*），或含 labels.jsonl 的
                 真实文件集（如 ../shared/dev-corpus）；默认 corpus/gold
  --split        labels.jsonl 评测集的哪一部分：dev（编号不能被 3 整除，默认）、holdout（留出的三分之一）、all
  --details      留出部分也列出每条漏报和误报（默认只给汇总数字，以免调规则时看到留出文件）`;

async function evaluate(args: string[]): Promise<number> {
  let values;
  let positionals: string[];
  ({ values, positionals } = parseCommandArgs(args, {
    gold: { type: 'string' },
    split: { type: 'string' },
    details: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    'update-baseline': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    controls: { type: 'string' },
    'no-controls': { type: 'boolean', default: false },
    rules: { type: 'string' },
    corpus: { type: 'string' },
    profile: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  }));
  if (values.help) {
    process.stdout.write(`${EVAL_USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}（评测集目录请用 --gold 指定）`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format 只能是 text 或 json。');
  if (values.split !== undefined && !['dev', 'holdout', 'all'].includes(values.split)) throw new UsageError('--split 只能是 dev、holdout 或 all。');
  if (values.controls && values['no-controls']) throw new UsageError('--controls 与 --no-controls 不能同时使用。');
  const goldDir = resolve(values.gold ?? DEFAULT_GOLD_DIR);
  // Judged by the law library where there is one; its figures are kept apart from the embedded corpus's.
  const library = values.corpus ? undefined : await libraryCorpusDir(lawLibrarySource(), (line) => process.stderr.write(`${line}\n`));
  const corpusDir = values.corpus ?? library ?? undefined;
  const baselinePath = resolve(values.baseline ?? join(goldDir, baselineFileName(library ? 'library' : 'embedded')));

  let result;
  try {
    result = await runEvaluation({
      goldDir,
      controlsDir: values['no-controls'] ? null : values.controls,
      rulesDir: values.rules, corpusDir, profile: values.profile,
      split: values.split as 'dev' | 'holdout' | 'all' | undefined,
    });
  } catch (e) {
    if (e instanceof GoldSetError) {
      process.stderr.write(`评测集无效：\n${e.message}\n`);
      return EXIT_ERROR;
    }
    if (e instanceof RuleSetError) {
      process.stderr.write(`规则集无效，未进行评测：\n${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }

  let stored;
  try {
    stored = readBaseline(baselinePath);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return EXIT_ERROR;
  }
  const cmp = stored ? compareWithBaseline(result.summary, stored) : { regressions: [], improvements: [] };
  const outcome: BaselineOutcome = { path: baselinePath, present: !!stored, ...cmp, updated: false };
  if (values['update-baseline']) {
    writeBaseline(baselinePath, result.summary, result.ruleset);
    outcome.updated = true;
  }
  process.stdout.write(values.format === 'json'
    ? `${JSON.stringify(evalToJson(result, outcome, { details: values.details }), null, 2)}\n`
    : renderEvalText(result, outcome, { details: values.details }));
  return outcome.regressions.length && !outcome.updated ? EXIT_FINDINGS : EXIT_OK;
}

export function runEval(args: string[]): Promise<number> {
  return reportingUsageErrors('eval', () => evaluate(args));
}
