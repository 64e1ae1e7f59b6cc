// The same inputs, rules and corpus give byte-identical report.json (apart from generatedAt) whatever
// --jobs is; and a batch split with --shard and merged again gives the same report as one run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeReports, MergeError } from '../../pipeline/batch/merge-reports.ts';
import type { RunReport } from '../../pipeline/model/types.ts';
import { tempDir } from '../support/cli.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { docxFromText, normativeText } from './fixtures.ts';
import { cli, readReport, TEST_RULES, withoutGeneratedAt } from './support.ts';

describe('determinism and sharding', () => {
  let dir: string;
  const json = (out: string) => withoutGeneratedAt(readFileSync(join(dir, out, 'report.json'), 'utf8'));
  const check = (out: string, extra: string[]) =>
    cli(['check', 'in', '--out', out, '--no-cache', '--rules', TEST_RULES, '--format', 'json', ...extra], { cwd: dir });

  beforeAll(async () => {
    dir = tempDir('beishen-det-');
    const inp = join(dir, 'in');
    mkdirSync(join(inp, '乡镇'), { recursive: true });
    for (let i = 0; i < 9; i++) {
      const text = normativeText(i * 3, 6 + i);
      const sub = i % 3 === 0 ? '乡镇/' : '';
      if (i % 2) writeFileSync(join(inp, `${sub}文件${i}.docx`), await docxFromText(text));
      else writeFileSync(join(inp, `${sub}文件${i}.txt`), text);
    }
    writeFileSync(join(inp, '空文件.txt'), '');
    writeFileSync(join(inp, '副本.txt'), readFileSync(join(inp, '文件2.txt')));
  }, 120_000);

  it('--jobs 1 and --jobs 2 give byte-identical reports, documents in path order', () => {
    const one = check('out-1', ['--jobs', '1']);
    const two = check('out-2', ['--jobs', '2']);
    expect(one.code, one.stderr).toBe(3);
    expect(two.code, two.stderr).toBe(3);
    expect(json('out-2')).toBe(json('out-1'));
    const report = readReport(join(dir, 'out-1'));
    expect(reportSchemaErrors(report)).toEqual([]);
    const paths = report.documents.map((d) => d.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths).toHaveLength(11);
  });

  it('merging the shards of a batch gives the report of the whole batch', () => {
    const s1 = check('shard-1', ['--shard', '1/2', '--jobs', '1']);
    const s2 = check('shard-2', ['--shard', '2/2', '--jobs', '1']);
    const n1 = readReport(join(dir, 'shard-1')).summary.documents;
    const n2 = readReport(join(dir, 'shard-2')).summary.documents;
    expect(n1).toBeGreaterThan(0);
    expect(n2).toBeGreaterThan(0);
    expect(n1 + n2).toBe(11);
    expect([s1.code, s2.code]).toContain(3);
    const merged = cli(['merge', 'shard-1/report.json', 'shard-2/report.json', '--out', 'merged', '--format', 'json,html,text'], { cwd: dir });
    expect(merged.code, merged.stderr).toBe(3);
    expect(merged.stdout).toContain('共 11 件');
    expect(json('merged')).toBe(json('out-2'));
    expect(readFileSync(join(dir, 'merged', 'report.html'), 'utf8').length).toBeGreaterThan(0);
  });

  it('merge refuses an incomplete shard set unless allowed, and shards of differently spelled inputs; the report records the shard', () => {
    const shard1 = readReport(join(dir, 'shard-1'));
    expect(shard1.inputs).toEqual({ given: ['in'], roots: [join(dir, 'in')], shard: { index: 1, count: 2 } });
    const one = cli(['merge', 'shard-1/report.json', '--out', 'm-one'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('缺少分片 2/2');
    const partial = cli(['merge', 'shard-1/report.json', '--out', 'm-partial', '--format', 'json', '--allow-partial'], { cwd: dir });
    expect(partial.code, partial.stderr).not.toBe(2);
    const report = readReport(join(dir, 'm-partial'));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.inputs?.partial).toEqual({ count: 2, present: [1] });
    // The same folder spelled ./in: files fall into other shards, so the two halves do not make a whole.
    const other = cli(['check', './in/', '--out', 'shard-2b', '--no-cache', '--rules', TEST_RULES, '--format', 'json', '--shard', '2/2'], { cwd: dir });
    expect(other.code).not.toBe(2);
    const mixed = cli(['merge', 'shard-1/report.json', 'shard-2b/report.json', '--out', 'm-mixed', '--allow-partial'], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('写法不同');
  });

  it('merge refuses reports of different rule sets or tool versions, and overlapping shards (exit 2)', () => {
    const a = readFileSync(join(dir, 'out-1', 'report.json'), 'utf8');
    const other = JSON.parse(a) as RunReport;
    other.ruleset.hash = 'f'.repeat(64);
    writeFileSync(join(dir, 'other-rules.json'), JSON.stringify(other));
    const r1 = cli(['merge', 'out-1/report.json', 'other-rules.json', '--out', 'm1'], { cwd: dir });
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('规则集');
    const r2 = cli(['merge', 'out-1/report.json', 'out-2/report.json', '--out', 'm2'], { cwd: dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('同时出现在');
    const r3 = cli(['merge', 'no-such.json'], { cwd: dir });
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain('无法读取报告');
  });
});

describe('mergeReports', () => {
  const base = (path: string, version = '0.1.0'): RunReport => ({
    schemaVersion: 1, tool: { name: 'beishen', version }, ruleset: { id: 'r', version: '1', rules: 2, hash: 'h' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    summary: { documents: 1, ok: 0, failed: 1, findings: { error: 0, warning: 0, info: 0 }, byCategory: {} },
    documents: [{ path, sha256: '', format: 'txt', status: 'failed', error: { code: 'empty-file', message: '文件为空' }, meta: {
      title: null, docNumber: null, docType: null, issuers: [], issuedOn: null, effectiveOn: null, validUntil: null, pages: null,
    }, findings: [] }],
  });

  it('refuses a different tool version', () => {
    expect(() => mergeReports([{ file: 'a', report: base('x') }, { file: 'b', report: base('y', '0.2.0') }])).toThrow(MergeError);
  });

  it('recomputes the summary and sorts by path', () => {
    const m = mergeReports([{ file: 'a', report: base('b.txt') }, { file: 'b', report: base('a.txt') }]);
    expect(m.documents.map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
    expect(m.summary.documents).toBe(2);
    expect(m.summary.failed).toBe(2);
  });
});
