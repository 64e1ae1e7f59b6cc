// The rules commands as a user (and CI) runs them: exit codes and file:line reasons.
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../support/cli.ts';
import { GOOD_RULE, ruleDir } from './support/temp-rules.ts';


describe('beishen rules / explain', () => {
  // CLI runs are slow on a shared machine: the shipped set is linted and tested through the API in
  // rule-examples.test.ts; here each command runs once, on the case that matters for CI.
  it('lint fails with file:line reasons and exit 2 on a broken set', () => {
    const bad = ruleDir({ 'bad.yaml': GOOD_RULE.replace('article: 第十六条', 'article: 第二百条').replace("'处以?[一二三四五六七八九十百千万两0-9]*元?罚款'", "'\\b罚款'") });
    const r = runCli(['rules', 'lint', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:10: .*\\b/);
    expect(r.stderr).toMatch(/bad\.yaml:14: .*第二百条/);
  });

  it('test exits 1 naming the failing rule and example', () => {
    const wrong = ruleDir({ 'r.yaml': GOOD_RULE.replace('valid: [ 违反本办法的，依法处理。 ]', 'valid: [ 违反本办法的，处五百元罚款。 ]') });
    const r = runCli(['rules', 'test', wrong]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('penalty/test-fine valid[0]');
  });

  it('list --format json and explain show the rule with its quoted basis', () => {
    const list = runCli(['rules', 'list', '--format', 'json']);
    expect(list.code).toBe(0);
    const data = JSON.parse(list.stdout) as { id: string; rules: { id: string }[] };
    expect(data.id).toBe('beishen-core');
    expect(data.rules.length).toBeGreaterThanOrEqual(80);
    const ex = runCli(['explain', 'authority/fireworks-ban-issuer']);
    expect(ex.code).toBe(0);
    expect(ex.stdout).toContain('烟花爆竹安全管理条例》第二十八条');
    expect(ex.stdout).toContain('县级以上地方人民政府可以根据本行政区域的实际情况');
  });
});
