// Every shipped rule's own examples: invalid examples fire (with the expected match), valid
// examples — written as hard negatives — do not. Plus the annotated fixtures in rules/fixtures.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRuleDir } from '../../pipeline/rules/lint.ts';
import { runFixtures, runRuleExamples } from '../../pipeline/rules/run-examples.ts';
import { CATEGORIES } from '../../pipeline/model/types.ts';
import { RULES_DIR, shippedRuleSet } from './support/ruleset.ts';

const loaded = await shippedRuleSet();

describe('shipped rule set', () => {
  const { rs, corpus } = loaded;

  it('loads with every basis resolving in the corpus', () => {
    expect(rs.rules.length).toBeGreaterThanOrEqual(15);
    for (const r of rs.rules) for (const b of r.basis) expect(corpus.resolve(b.law, b.article), `${r.id} ${b.law}${b.article}`).toBeTruthy();
  });

  it('passes lint (schema, ids, basis quotes, placeholders, regex safety, profiles)', async () => {
    const { problems, rules } = await lintRuleDir(RULES_DIR, corpus);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect(rules).toBeGreaterThanOrEqual(80);
  });

  it('covers every category of DESIGN §4', () => {
    const seen = new Set(rs.rules.map((r) => r.category));
    const missing = CATEGORIES.filter((c) => !seen.has(c));
    expect(missing).toEqual([]);
  });

  it('every rule has invalid and valid examples, and they behave', () => {
    for (const { def } of rs.loaded) {
      expect(def.examples.invalid.length, def.id).toBeGreaterThan(0);
      expect(def.examples.valid.length, def.id).toBeGreaterThan(0);
    }
    const { failures, count } = runRuleExamples(rs, corpus);
    expect(count).toBeGreaterThanOrEqual(rs.rules.length * 2);
    expect(failures.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });

  it('annotated fixtures match their ruleid/ok comments', () => {
    const { failures, count } = runFixtures(rs, corpus, RULES_DIR);
    expect(count).toBeGreaterThan(0);
    expect(failures.map((f) => f.message)).toEqual([]);
  });

  it('a fixture line marked `# basis:` fails unless a finding there cites that article, and the article must exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-fixture-'));
    mkdirSync(join(dir, 'fixtures'));
    const meta = '# meta: {issuer: {name: 某县人民政府, level: county, kind: government}, issuedOn: "2024-03-01"}';
    const line = '在历史建筑上涂污、刻划的，由县文物主管部门责令恢复原状，并处三百元罚款。';
    writeFileSync(join(dir, 'fixtures', 'basis.txt'), [meta, '根据《历史文化名城名镇名村保护条例》，制定本办法。',
      `${line} # basis: 历史文化名城名镇名村保护条例第四十二条`,
      `${line} # basis: 历史文化名城名镇名村保护条例第四十一条`,
      `${line} # basis: 历史文化名城名镇名村保护条例第九十九条`].join('\n'));
    const { failures, count } = runFixtures(rs, corpus, dir);
    expect(count).toBe(3);
    expect(failures.map((f) => f.line)).toEqual([4, 5]);
    expect(failures[0]!.message).toContain('没有引用');
    expect(failures[1]!.message).toContain('找不到');
    rmSync(dir, { recursive: true, force: true });
  });
});
