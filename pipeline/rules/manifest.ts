// rules/ruleset.yaml: the rule set's id and version (shown in every report).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function readManifest(dir: string): { id: string; version: string } {
  const file = join(dir, 'ruleset.yaml');
  if (!existsSync(file)) return { id: 'beishen-core', version: '0.0.0' };
  const v = parse(readFileSync(file, 'utf8')) as { id?: string; version?: string | number } | null;
  return { id: v?.id ?? 'beishen-core', version: String(v?.version ?? '0.0.0') };
}
