// Reads rule files (YAML) and validates them against rules/schema/rule.schema.json.
// Every problem carries file:line, taken from the YAML node the schema error points at.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { RuleProblem } from './ruleset.ts';
import type { LoadedRule, RuleDef, RuleSource } from './types.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../../rules/schema/rule.schema.json', import.meta.url));

let validator: ReturnType<Ajv['compile']> | undefined;
function getValidator() {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return validator;
}

/** Files that hold rules: *.yaml / *.yml at the top of DIR, except the rule-set manifest. */
export function ruleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !/^ruleset\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
  lineOf(path: (string | number)[]): number;
}

export function parseYamlFile(file: string, text = readFileSync(file, 'utf8')): { parsed?: ParsedYaml; problems: RuleProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: RuleProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const line = e.linePos?.[0]?.line ?? (lines.linePos(e.pos[0]).line);
    problems.push({ file, line, message: `YAML 语法错误：${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return { problems };
  const lineOf = (path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { parsed: { doc, lines, value: doc.toJS(), lineOf }, problems };
}

/** A rule-base YAML file read and parsed, named as problems show it (relative to the working folder). */
export function readYamlFile(file: string): { shown: string; text: string; parsed?: ParsedYaml; problems: RuleProblem[] } {
  const shown = relative(process.cwd(), file) || file;
  const text = readFileSync(file, 'utf8');
  return { shown, text, ...parseYamlFile(shown, text) };
}

function schemaMessage(e: { keyword: string; message?: string; params: Record<string, unknown> }): string {
  if (e.keyword === 'additionalProperties') return `未知字段“${String(e.params.additionalProperty)}”`;
  if (e.keyword === 'enum') return `取值不在允许范围内（${(e.params.allowedValues as unknown[]).join(', ')}）`;
  if (e.keyword === 'required') return `缺少必填字段“${String(e.params.missingProperty)}”`;
  if (e.keyword === 'pattern') return `格式不符合要求（${String(e.params.pattern)}）`;
  return `不符合规则模式：${e.message ?? e.keyword}`;
}

/** Load and schema-check every rule file of DIR. Returns the rules that passed and all problems. */
export function loadRuleFiles(dir: string, files = ruleFiles(dir)): { rules: LoadedRule[]; problems: RuleProblem[]; texts: string[] } {
  const rules: LoadedRule[] = [];
  const problems: RuleProblem[] = [];
  const texts: string[] = [];
  const validate = getValidator();
  for (const file of files) {
    const { shown, text, parsed, problems: yamlProblems } = readYamlFile(file);
    texts.push(text);
    problems.push(...yamlProblems);
    if (!parsed) continue;
    if (!validate(parsed.value)) {
      // oneOf failures repeat each branch's complaint: keep the most specific (deepest) per path.
      const seen = new Set<string>();
      const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
      for (const e of errors) {
        if (e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === 'anyOf') continue;
        const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
        const extra = e.keyword === 'additionalProperties' ? [String(e.params.additionalProperty)] : [];
        const msg = `${e.instancePath || '/'}: ${schemaMessage(e)}`;
        const key = `${e.instancePath}|${schemaMessage(e)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ file: shown, line: parsed.lineOf([...path, ...extra]), message: msg });
      }
      continue;
    }
    const list = (parsed.value as { rules: RuleDef[] }).rules;
    list.forEach((def, i) => {
      const source: RuleSource = {
        file: shown,
        line: parsed.lineOf(['rules', i]),
        lineOf: (p) => parsed.lineOf(['rules', i, ...p]),
      };
      rules.push({ def, source });
    });
  }
  return { rules, problems, texts };
}
