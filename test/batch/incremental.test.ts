// Incremental re-runs through the real CLI: a warm run answers from the cache, a rule change
// re-checks without re-parsing, and a run killed with SIGKILL leaves no corrupt entry behind.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntry } from '../../pipeline/batch/cache.ts';
import { tempDir } from '../support/cli.ts';
import { docxFromText, normativeText } from './fixtures.ts';
import { cli, cliAsync, readReport, TEST_RULES, withoutGeneratedAt } from './support.ts';

function cacheEntries(cacheDir: string): { entries: string[]; temporaries: string[] } {
  const entries: string[] = [];
  const temporaries: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else (e.name.endsWith('.tmp') ? temporaries : entries).push(p);
    }
  };
  try {
    walk(cacheDir);
  } catch {
    /* not created yet */
  }
  return { entries, temporaries };
}

async function makeBatch(dir: string, count: number, articles = 10): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const text = normativeText(i, articles + (i % 7));
    if (i % 2) writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.docx`), await docxFromText(text));
    else writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), text);
  }
}

describe('incremental re-runs', () => {
  let dir: string;
  let rules: string;
  const check = (out: string, extra: string[] = []) =>
    cli(['check', 'in', '--out', out, '--cache', 'cache', '--rules', rules, '--format', 'json', '--jobs', '2', ...extra], { cwd: dir });

  beforeAll(async () => {
    dir = tempDir('beishen-incr-');
    rules = join(dir, 'rules');
    cpSync(TEST_RULES, rules, { recursive: true });
    await makeBatch(join(dir, 'in'), 6);
  }, 120_000);

  it('answers a warm run from the cache and re-checks without re-parsing after a rule change', () => {
    const cold = check('out-cold');
    expect(cold.code, cold.stderr).toBe(1);
    expect(cold.stderr).toContain('缓存命中 0 件，复用解析结果 0 件，新解析 6 件');

    const warm = check('out-warm');
    expect(warm.code).toBe(1);
    expect(warm.stderr).toContain('缓存命中 6 件，复用解析结果 0 件，新解析 0 件');
    expect(withoutGeneratedAt(readFileSync(join(dir, 'out-warm', 'report.json'), 'utf8')))
      .toBe(withoutGeneratedAt(readFileSync(join(dir, 'out-cold', 'report.json'), 'utf8')));

    // Change one rule's message: every report is stale, no parse is.
    const file = join(rules, 'rules.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('其他规范性文件不得设定行政处罚。', '其他规范性文件不得设定行政处罚（已修改）。'));
    const changed = check('out-changed');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('缓存命中 0 件，复用解析结果 6 件，新解析 0 件');
    const report = readReport(join(dir, 'out-changed'));
    const messages = report.documents.flatMap((d) => d.findings.filter((f) => f.category === 'penalty').map((f) => f.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toContain('（已修改）');
  });

  // Give every report and parse entry the content of another one of its kind (as an attacker or a
  // careless copy would); `rekey` also rewrites the header to the file's own key, so only the input
  // sha256 recorded in the value can tell the entry is about other bytes.
  for (const rekey of [false, true]) {
    it(`never serves an entry copied onto another document's key${rekey ? ', even with the header forged' : ''}`, () => {
      const out = rekey ? 'forged' : 'copied';
      const first = check(`out-${out}-1`);
      expect(first.code, first.stderr).toBe(1);
      for (const kind of ['report', 'parse']) {
        const files = cacheEntries(join(dir, 'cache')).entries.filter((e) => e.includes(`/${kind}/`)).sort();
        expect(files.length).toBeGreaterThan(1);
        const contents = files.map((f) => readFileSync(f, 'latin1'));
        files.forEach((f, i) => {
          const moved = contents[(i + 1) % files.length]!;
          writeFileSync(f, rekey ? moved.replace(/^(\S+) \S+ /, `$1 ${basename(f)} `) : moved, 'latin1');
        });
      }
      const again = check(`out-${out}-2`);
      expect(again.code, again.stderr).toBe(1);
      expect(again.stderr).toContain('缓存命中 0 件，复用解析结果 0 件，新解析 6 件');
      expect(withoutGeneratedAt(readFileSync(join(dir, `out-${out}-2`, 'report.json'), 'utf8')))
        .toBe(withoutGeneratedAt(readFileSync(join(dir, `out-${out}-1`, 'report.json'), 'utf8')));
    });
  }

  it('--no-cache neither reads nor writes the cache', () => {
    const r = cli(['check', 'in', '--out', 'out-nc', '--no-cache', '--rules', rules, '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('新解析 6 件（未使用缓存）');
    expect(cacheEntries(join(dir, 'no-such-cache')).entries).toEqual([]);
  });
});

// form/issuer-unknown lists the rules held back for an unknown issuer: it depends on other rules.
const ISSUER_UNKNOWN_RULE = `
  - id: form/issuer-unknown
    kind: document
    check: issuer-unknown
    category: form
    severity: info
    title: 未能识别制定机关，部分规则未执行
    message: 未能识别本文件的制定机关，以下规则没有执行：{detail}。请人工核对制定机关是否有权规定“{match}”。
    suggestion: 核对文件的制定机关。
    basis: []
    examples:
      invalid:
        - { text: 违反本办法的，由县市场监督管理局处以二千元罚款。, meta: { issuers: [] } }
      valid:
        - { text: 本办法自印发之日起施行。, meta: { issuers: [] } }
`;

describe('a re-run after one rule changed', () => {
  it('re-checks the cached parses and reports exactly what a cold run reports', async () => {
    const dir = tempDir('beishen-onerule-');
    const rules = join(dir, 'rules');
    cpSync(TEST_RULES, rules, { recursive: true });
    const file = join(rules, 'rules.yaml');
    // The penalty rule judges by issuer level: with no recognisable issuer it holds its match back.
    const withLevels = readFileSync(file, 'utf8').replace(
      'appliesTo: { kinds: [government, general-office, department, internal-unit, coordination-body] }\n    scope: provision\n    match: { anyOf: [ { clause: [ { regex: \'处以?',
      'appliesTo: { kinds: [government, general-office, department, internal-unit, coordination-body], levels: [central, province, city, county, township] }\n    scope: provision\n    match: { anyOf: [ { clause: [ { regex: \'处以?');
    expect(withLevels).toContain('levels: [central');
    writeFileSync(file, withLevels.trimEnd() + '\n' + ISSUER_UNKNOWN_RULE);
    await makeBatch(join(dir, 'in'), 6);
    // No issuer the structure stage can recognise.
    writeFileSync(join(dir, 'in', 'no-issuer.txt'), '关于加强管理的若干规定\n第一条　违反本规定的，处以二千元以上一万元以下罚款。\n第二条　本规定自2024年7月1日起施行。\n');
    const run = (out: string, cache: string[]) =>
      cli(['check', 'in', '--out', out, ...cache, '--rules', rules, '--format', 'json', '--jobs', '2'], { cwd: dir });

    const first = run('out-first', ['--cache', 'cache']);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain('缓存命中 0 件，复用解析结果 0 件，新解析 7 件');

    // Change the penalty rule's title: its own findings change, and so does the issuer-unknown finding
    // that names it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 规范性文件设定罚款', 'title: 规范性文件设定罚款（已修改）'));
    const warm = run('out-warm', ['--cache', 'cache']);
    expect(warm.code, warm.stderr).toBe(1);
    expect(warm.stderr).toContain('缓存命中 0 件，复用解析结果 7 件，新解析 0 件');

    const cold = run('out-cold', ['--no-cache']);
    expect(cold.code, cold.stderr).toBe(1);
    const warmJson = readFileSync(join(dir, 'out-warm', 'report.json'), 'utf8');
    expect(withoutGeneratedAt(warmJson)).toBe(withoutGeneratedAt(readFileSync(join(dir, 'out-cold', 'report.json'), 'utf8')));
    const findings = readReport(join(dir, 'out-warm')).documents.flatMap((d) => d.findings);
    expect(findings.some((f) => f.ruleId === 'penalty/batch-test-fine' && f.title.endsWith('（已修改）'))).toBe(true);
    const held = findings.find((f) => f.ruleId === 'form/issuer-unknown');
    expect(held?.message).toContain('规范性文件设定罚款（已修改）');

    // Unchanged rules: nothing runs, everything is answered from the report cache.
    const again = run('out-again', ['--cache', 'cache']);
    expect(again.stderr).toContain('缓存命中 7 件');
    expect(withoutGeneratedAt(readFileSync(join(dir, 'out-again', 'report.json'), 'utf8'))).toBe(withoutGeneratedAt(warmJson));

    // A new rule that finds nothing in these documents: the report is what a cold run with it gives.
    writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + '\n' + QUIET_RULE);
    const added = run('out-added', ['--cache', 'cache']);
    expect(added.code, added.stderr).toBe(1);
    expect(added.stderr).toContain('缓存命中 0 件，复用解析结果 7 件，新解析 0 件');
    const coldAdded = run('out-cold-added', ['--no-cache']);
    expect(withoutGeneratedAt(readFileSync(join(dir, 'out-added', 'report.json'), 'utf8')))
      .toBe(withoutGeneratedAt(readFileSync(join(dir, 'out-cold-added', 'report.json'), 'utf8')));
  }, 240_000);
});

// A rule whose words appear in none of the batch documents.
const QUIET_RULE = `
  - id: licensing/batch-test-quiet
    kind: pattern
    category: licensing
    severity: error
    title: 设定采砂许可
    message: 本条规定了“{match}”。
    suggestion: 删除。
    basis: []
    scope: provision
    match: { anyOf: [ { regex: '河道采砂许可证' } ] }
    examples:
      invalid: [ 从事河道采砂的，应当取得河道采砂许可证。 ]
      valid: [ 本办法自印发之日起施行。 ]
`;

describe('a run killed with SIGKILL', () => {
  it('leaves only complete cache entries; the next run completes normally and removes the temporary folders', async () => {
    const dir = tempDir('beishen-kill-');
    await makeBatch(join(dir, 'in'), 40, 30);
    const cache = join(dir, 'cache');
    const args = ['check', 'in', '--out', 'out', '--cache', cache, '--rules', TEST_RULES, '--format', 'json', '--jobs', '2'];
    // Temporary folders (spill, workers' TMPDIR) go to the test's folder, to be counted below.
    const env = { TMPDIR: dir };
    const run = cliAsync(args, { cwd: dir, env });
    // Kill as soon as results are being written: workers are mid-batch, possibly mid-write.
    const deadline = Date.now() + 120_000;
    while (cacheEntries(cache).entries.length < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const { entries } = cacheEntries(cache);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(80); // 40 parse + 40 report entries when complete: it really was cut short
    for (const e of entries) expect(decodeEntry(readFileSync(e), basename(e)), e).toBeDefined();

    const again = cli(args, { cwd: dir, env });
    expect(again.code, again.stderr).toBe(1);
    // The killed run's spill and its workers' folders were removed by this one, which removed its own.
    expect(readdirSync(dir).filter((f) => /^beishen-(spill|worker)-/.test(f))).toEqual([]);
    const report = readReport(join(dir, 'out'));
    expect(report.summary.documents).toBe(40);
    expect(report.documents.every((d) => d.status === 'ok')).toBe(true);
    expect(again.stderr).toContain('共 40 件，未能检查 0 件');
    // (Reuse of the surviving entries is not asserted: in a shared checkout another engineer's code
    // edit between the two runs legitimately changes every key. The warm-run test above covers reuse.)
  }, 240_000);
});
