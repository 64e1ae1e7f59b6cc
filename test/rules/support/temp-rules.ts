// Temporary rule directories for lint tests: a valid base rule, then one defect at a time.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GOOD_RULE = `rules:
  - id: penalty/test-fine
    kind: pattern
    category: penalty
    severity: error
    title: 测试规则设定罚款
    scope: sentence
    match:
      anyOf:
        - regex: '处以?[一二三四五六七八九十百千万两0-9]*元?罚款'
    message: 本条设定了罚款“{match}”（《{law}》{article}）。
    suggestion: 删除。
    basis:
      - { law: 中华人民共和国行政处罚法, article: 第十六条, quote: 其他规范性文件不得设定行政处罚 }
    examples:
      invalid: [ 违反本办法的，处二千元罚款。 ]
      valid: [ 违反本办法的，依法处理。 ]
`;

export function ruleDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'beishen-rules-'));
  mkdirSync(join(dir, 'profiles'));
  for (const [name, text] of Object.entries(files)) {
    if (name.includes('/')) mkdirSync(join(dir, name.slice(0, name.lastIndexOf('/'))), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** One synthetic pattern rule as YAML (a list item under `rules:`): its id (category/name), its match, its basis lines
 *  (each "      - { law: …, article: …, quote: … }\n"; empty for none), further fields, and one example of each kind. */
export function patternRule(r: { id: string; match: string; basis: string; extra?: string; invalid: string; valid: string }): string {
  const [category, name] = r.id.split('/');
  return `
  - id: ${r.id}
    kind: pattern
    category: ${category}
    severity: error
    title: 测试规则${name}
    scope: sentence
    match: ${r.match}
    message: 本条规定了“{match}”（《{law}》{article}）。
    suggestion: 删除。
    basis:${r.basis ? `\n${r.basis}` : ' []\n'}${r.extra ?? ''}    examples:
      invalid: [ ${r.invalid} ]
      valid: [ ${r.valid} ]
`;
}
