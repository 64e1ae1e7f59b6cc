// beishen explain <ruleId> — title, category, severity, basis with the quoted article text, examples.
import { loadCorpus } from '../corpus/index.ts';
import { DEFAULT_RULES_DIR } from '../engine/check-env.ts';
import { CATEGORY_NAMES } from '../model/types.ts';
import { BATCH_CHECKS } from '../crossdoc/batch-checks.ts';
import { loadRuleSet } from '../rules/index.ts';
import { RuleSetError } from '../rules/ruleset.ts';
import { parseCommandArgs, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.ts';

export const USAGE = '用法：beishen explain <ruleId> [--format json]\n';

async function explain(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { rules: { type: 'string' }, corpus: { type: 'string' }, profile: { type: 'string' }, format: { type: 'string' } });
  const id = parsed.positionals[0];
  if (!id || parsed.positionals.length > 1) {
    process.stderr.write(USAGE);
    return EXIT_ERROR;
  }
  const corpus = await loadCorpus(parsed.values.corpus);
  let rs;
  try {
    rs = await loadRuleSet(parsed.values.rules ?? DEFAULT_RULES_DIR, corpus, { profile: parsed.values.profile });
  } catch (e) {
    if (e instanceof RuleSetError) { process.stderr.write(`${e.message}\n`); return EXIT_ERROR; }
    throw e;
  }
  const found = rs.loaded.find((r) => r.def.id === id);
  const batch = BATCH_CHECKS.find((c) => c.id === id);
  if (!found && batch) {
    process.stdout.write(parsed.values.format === 'json'
      ? `${JSON.stringify({ ...batch, kind: 'batch' }, null, 2)}\n`
      : `${batch.id}  ${batch.title}\n类别：${CATEGORY_NAMES[batch.category]}（${batch.category}）  级别：${batch.severity}  类型：整批文件之间的比较（内置，不在规则目录中）\n说明：${batch.description}\n`);
    return EXIT_OK;
  }
  if (!found) {
    const near = rs.loaded.map((r) => r.def.id).filter((x) => x.includes(id.split('/').pop() ?? id)).slice(0, 5);
    process.stderr.write(`没有规则“${id}”。${near.length ? `相近的规则：${near.join('、')}` : '用 beishen rules list 查看全部规则。'}\n`);
    return EXIT_ERROR;
  }
  const def = found.def;
  const info = rs.rules.find((r) => r.id === id);
  const basis = def.basis.map((b) => corpus.resolve(b.law, b.article));
  const ex = (e: (typeof def.examples.valid)[number]) => (typeof e === 'string' ? e : e.text);
  if (parsed.values.format === 'json') {
    process.stdout.write(`${JSON.stringify({ ...def, severity: info?.severity ?? def.severity, enabled: !!info, source: `${found.source.file}:${found.source.line}`, basisText: basis }, null, 2)}\n`);
    return EXIT_OK;
  }
  const out: string[] = [
    `${def.id}  ${def.title}`,
    `类别：${CATEGORY_NAMES[def.category]}（${def.category}）  级别：${info?.severity ?? def.severity}  类型：${def.kind}${info ? '' : '  （当前配置下未启用）'}`,
    `定义：${found.source.file}:${found.source.line}`,
    `说明：${def.message}`,
    `建议：${def.suggestion}`,
  ];
  if (def.note) out.push(`备注：${def.note}`);
  out.push('依据：');
  if (!basis.length) out.push('  （无固定依据条文：依据见命中时的引文或配置说明）');
  basis.forEach((b) => out.push(b ? `  《${b.law}》${b.article}（${b.version}文本）\n    ${b.text.replace(/\n/g, '\n    ')}` : '  （依据无法解析）'));
  const pi = rs.profileInfo;
  if (pi.basis?.length) out.push(`配置“${pi.name}”的依据：${pi.basis.map((b) => `${b.name}${b.number ? `（${b.number}）` : ''}`).join('；')}`);
  out.push('应当命中的示例：', ...def.examples.invalid.map((e) => `  ✗ ${ex(e)}`));
  out.push('不应命中的示例：', ...def.examples.valid.map((e) => `  ✓ ${ex(e)}`));
  process.stdout.write(`${out.join('\n')}\n`);
  return EXIT_OK;
}

export function runExplain(args: string[]): Promise<number> {
  return reportingUsageErrors('explain', () => explain(args));
}
