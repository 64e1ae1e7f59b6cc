// Profiles (rules/profiles/NAME.yaml): parameters and severity overrides for a province's own
// rules on normative documents. A profile may extend another (shandong extends default).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseYamlFile } from './load-files.ts';
import type { RuleProblem } from './ruleset.ts';
import type { Profile } from './types.ts';

const SCHEMA = fileURLToPath(new URL('../../rules/schema/profile.schema.json', import.meta.url));
let validate: ReturnType<Ajv['compile']> | undefined;

export function profilePath(dir: string, name: string): string {
  return join(dir, 'profiles', `${name}.yaml`);
}

export function loadProfile(dir: string, name: string, depth = 0): { profile: Profile; problems: RuleProblem[]; texts: string[] } {
  const file = profilePath(dir, name);
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    if (name === 'default') return { profile: { name: 'default', title: '国家法律法规（未选择省级配置）' }, problems: [], texts: [] };
    return { profile: { name }, problems: [{ file: shown, line: 1, message: `找不到规则配置“${name}”（${shown}）` }], texts: [] };
  }
  const text = readFileSync(file, 'utf8');
  const { parsed, problems } = parseYamlFile(shown, text);
  if (!parsed) return { profile: { name }, problems, texts: [text] };
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  if (!validate(parsed.value)) {
    for (const e of validate.errors ?? []) {
      const path = e.instancePath.split('/').slice(1);
      const extra = e.keyword === 'additionalProperties' ? [String(e.params.additionalProperty)] : [];
      problems.push({ file: shown, line: parsed.lineOf([...path, ...extra]), message: `配置不符合模式：${e.instancePath || '/'} ${e.message ?? ''}${extra.length ? `（${extra[0]}）` : ''}` });
    }
    return { profile: { name }, problems, texts: [text] };
  }
  const own = parsed.value as Profile;
  if (!own.extends || depth > 4) return { profile: own, problems, texts: [text] };
  const base = loadProfile(dir, own.extends, depth + 1);
  const params: Profile['params'] = { ...(base.profile.params ?? {}) };
  for (const [k, v] of Object.entries(own.params ?? {})) params[k] = { ...(params[k] ?? {}), ...v };
  return {
    profile: {
      ...own,
      basis: [...(base.profile.basis ?? []), ...(own.basis ?? [])],
      params,
      severity: { ...(base.profile.severity ?? {}), ...(own.severity ?? {}) },
      enable: [...(base.profile.enable ?? []).filter((x) => !own.disable?.includes(x)), ...(own.enable ?? [])],
      disable: [...(base.profile.disable ?? []).filter((x) => !own.enable?.includes(x)), ...(own.disable ?? [])],
    },
    problems: [...base.problems, ...problems],
    texts: [...base.texts, text],
  };
}
