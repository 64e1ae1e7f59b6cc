// beishen rules lint|test|list — CI for rule sets (DESIGN §2, §6).
//   lint [DIR]   exit 2 with file:line reasons when the rule set cannot be used
//   test [DIR]   every rule's examples + annotated fixtures; exit 1 on a mismatch
//   list [--format json]
import { loadCorpus } from '../corpus/index.ts';
import { DEFAULT_RULES_DIR } from '../engine/check-env.ts';
import { CATEGORY_NAMES } from '../model/types.ts';
import { loadRuleSet } from '../rules/index.ts';
import { lintRuleDir } from '../rules/lint.ts';
import { RuleSetError } from '../rules/ruleset.ts';
import { runFixtures, runRuleExamples } from '../rules/run-examples.ts';
import { parseCommandArgs, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';

export const USAGE = '用法：beishen rules lint [DIR] | rules test [DIR] [--profile NAME] | rules list [--format json] [--profile NAME]\n';

async function rules(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseCommandArgs(rest, {
    format: { type: 'string' }, profile: { type: 'string' }, corpus: { type: 'string' }, rules: { type: 'string' },
  });
  const { values, positionals } = parsed;
  const dir = positionals[0] ?? values.rules ?? DEFAULT_RULES_DIR;
  if (!sub || !['lint', 'test', 'list'].includes(sub) || positionals.length > 1) {
    process.stderr.write(USAGE);
    return EXIT_ERROR;
  }
  if (values.format && !['json', 'text'].includes(values.format)) {
    process.stderr.write(`不支持的格式：${values.format}\n${USAGE}`);
    return EXIT_ERROR;
  }
  const corpus = await loadCorpus(values.corpus);
  if (sub === 'lint') {
    const { problems, rules } = await lintRuleDir(dir, corpus);
    for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
    if (problems.length) {
      process.stderr.write(`规则检查未通过：${problems.length} 个问题。\n`);
      return EXIT_ERROR;
    }
    process.stdout.write(`规则检查通过：${rules} 条规则。\n`);
    return EXIT_OK;
  }
  let rs;
  try {
    rs = await loadRuleSet(dir, corpus, { profile: values.profile });
  } catch (e) {
    if (e instanceof RuleSetError) {
      for (const p of e.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
      process.stderr.write('规则集无法加载，请先运行 beishen rules lint。\n');
      return EXIT_ERROR;
    }
    throw e;
  }
  if (sub === 'list') {
    if (values.format === 'json') {
      process.stdout.write(`${JSON.stringify({ id: rs.id, version: rs.version, hash: rs.hash, profile: rs.profileInfo.name, rules: rs.rules }, null, 2)}\n`);
    } else {
      for (const r of rs.rules) process.stdout.write(`${r.id}\t${r.severity}\t${CATEGORY_NAMES[r.category]}\t${r.title}\n`);
      process.stdout.write(`共 ${rs.rules.length} 条规则（${rs.id} ${rs.version}，配置 ${rs.profileInfo.name}）。\n`);
    }
    return EXIT_OK;
  }
  const examples = runRuleExamples(rs, corpus);
  const fixtures = runFixtures(rs, corpus, dir);
  const failures = [...examples.failures, ...fixtures.failures];
  for (const f of failures) process.stderr.write(`${f.file}:${f.line}: ${f.message}\n`);
  for (const t of fixtures.todo) process.stdout.write(`提示：${t}\n`);
  process.stdout.write(`规则示例 ${examples.count} 个，标注样本断言 ${fixtures.count} 个，失败 ${failures.length} 个。\n`);
  return failures.length ? EXIT_FINDINGS : EXIT_OK;
}

export function runRules(args: string[]): Promise<number> {
  return reportingUsageErrors('rules', () => rules(args));
}
