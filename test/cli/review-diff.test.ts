// Review memory and run comparison, on two real runs of the township fireworks sample where the rule
// set changed between them (one rule removed, one rule's severity raised): `diff` names exactly the
// findings removed and changed, and in reverse exactly the findings added; `check --review` marks the
// reviewed findings in every format and a "not a problem" no longer fails the run; --baseline and
// --new-only leave out what an earlier run already had.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { RunReport } from '../../pipeline/model/types.ts';
import { formatReviewFile, parseReviewFile } from '../../pipeline/review/review-file.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const SAMPLE = join(ROOT, 'corpus', 'samples', 'qingshi-township-fireworks-notice.docx');
const REMOVED = 'penalty/circulated-criticism';
const RAISED = 'form/legal-basis-missing';

function changedRules(): string {
  const dir = join(tempDir(), 'rules');
  cpSync(join(ROOT, 'rules'), dir, { recursive: true });
  const edit = (file: string, change: (rules: Record<string, unknown>[]) => Record<string, unknown>[]) => {
    const path = join(dir, file);
    const data = parseYaml(readFileSync(path, 'utf8')) as { rules: Record<string, unknown>[] };
    data.rules = change(data.rules);
    writeFileSync(path, stringifyYaml(data, { lineWidth: 0 }));
  };
  edit('penalty.yaml', (rules) => rules.filter((r) => r.id !== REMOVED));
  edit('form.yaml', (rules) => rules.map((r) => (r.id === RAISED ? { ...r, severity: 'error' } : r)));
  return dir;
}

const read = (dir: string): RunReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;

describe('two runs with a changed rule set', () => {
  let work: string;
  let before: RunReport;
  let after: RunReport;
  let rules: string;

  beforeAll(() => {
    work = tempDir();
    rules = changedRules();
    expect(runCli(['check', SAMPLE, '-o', join(work, 'a'), '--format', 'json', '--no-cache', '-q']).code).toBe(1);
    expect(runCli(['check', SAMPLE, '-o', join(work, 'b'), '--format', 'json', '--rules', rules, '--no-cache', '-q']).code).toBe(1);
    before = read(join(work, 'a'));
    after = read(join(work, 'b'));
  }, 180_000);

  it('diff names exactly the findings removed and changed', () => {
    const removed = before.documents[0]!.findings.filter((f) => f.ruleId === REMOVED).map((f) => f.id).sort();
    const raised = before.documents[0]!.findings.filter((f) => f.ruleId === RAISED).map((f) => f.id).sort();
    expect(removed.length).toBeGreaterThan(0);
    expect(raised.length).toBeGreaterThan(0);
    const r = runCli(['diff', join(work, 'a', 'report.json'), join(work, 'b', 'report.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    const doc = diff.documents[0];
    expect(doc.added).toEqual([]);
    expect(doc.resolved.map((f: { id: string }) => f.id).sort()).toEqual(removed);
    expect(doc.changed.map((c: { id: string }) => c.id).sort()).toEqual(raised);
    expect(doc.changed[0].fields).toEqual(['severity']);
    expect(diff.summary.findings).toEqual({ added: 0, resolved: removed.length, changed: raised.length, unchanged: before.documents[0]!.findings.length - removed.length - raised.length });
    expect(diff.summary.byRule[REMOVED]).toEqual({ added: 0, resolved: removed.length, changed: 0 });
  });

  it('diff in reverse names exactly the findings added, as text and as a pull-request comment', () => {
    const added = before.documents[0]!.findings.filter((f) => f.ruleId === REMOVED);
    const text = runCli(['diff', join(work, 'b', 'report.json'), join(work, 'a', 'report.json')]);
    expect(text.stdout).toContain(`新增问题 ${added.length} 项（错误 ${added.length}）`);
    for (const f of added) expect(text.stdout).toContain(`+ 错误 ${f.location.label} [违法设定行政处罚] ${f.title} “${f.location.match}”（${REMOVED}）`);
    const md = runCli(['diff', join(work, 'b', 'report.json'), join(work, 'a', 'report.json'), '--format', 'markdown', '--fail-on-new', 'error']);
    expect(md.code).toBe(1); // new errors, and --fail-on-new error
    expect(md.stdout).toContain(`**在两次都检查的 1 件文件上：新增问题 ${added.length} 项`);
    expect(md.stdout).toContain(`| \`${REMOVED}\` | ${added.length} | 0 | 0 |`);
    expect(md.stdout).not.toMatch(/<(?!\/?(details|summary)>)/); // no HTML but the folding
  });

  it('check --baseline lists only what the earlier run did not have', () => {
    const out = join(work, 'c');
    const r = runCli(['check', SAMPLE, '-o', out, '--format', 'json,text', '--baseline', join(work, 'b', 'report.json'), '--no-cache']);
    const report = read(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.documents[0]!.findings.map((f) => f.ruleId)).toEqual(before.documents[0]!.findings.filter((f) => f.ruleId === REMOVED).map((f) => f.ruleId));
    expect(report.summary.baseline).toEqual({ file: join(work, 'b', 'report.json'), known: after.documents[0]!.findings.length });
    expect(r.stdout).toContain('只列新问题');
    expect(r.code).toBe(1);
    // --new-only compares with the last report in the output folder: nothing is new the second time.
    const again = runCli(['check', SAMPLE, '-o', join(work, 'a'), '--format', 'json', '--new-only', '--no-cache', '-q']);
    expect(again.code).toBe(0);
    expect(read(join(work, 'a')).documents[0]!.findings).toEqual([]);
    expect(read(join(work, 'a')).summary.baseline?.known).toBe(before.documents[0]!.findings.length);
  });

  it('check --review marks findings in every format, and a finding that is not a problem no longer fails the run', async () => {
    const doc = before.documents[0]!;
    const errors = doc.findings.filter((f) => f.severity === 'error');
    const reviewFile = join(work, 'beishen-review.yaml');
    // Every error is judged not a problem but one, which was accepted; the warning was corrected.
    const entries = doc.findings.map((f, i) => ({
      id: f.id, document: doc.path, rule: f.ruleId, match: f.location.match,
      status: f.severity === 'error' ? (i === doc.findings.indexOf(errors[0]!) ? 'accepted' : 'not-a-problem') : 'corrected',
      reason: '经核实', reviewer: '王审查', date: '2025-03-01',
    })) as Parameters<typeof formatReviewFile>[0];
    writeFileSync(reviewFile, formatReviewFile(entries));
    expect(parseReviewFile(readFileSync(reviewFile, 'utf8'), reviewFile)).toHaveLength(doc.findings.length);

    const out = join(work, 'reviewed');
    const r = runCli(['check', SAMPLE, '-o', out, '--format', 'json,html,sarif,docx,text', '--review', reviewFile, '--no-cache']);
    expect(r.code).toBe(1); // one error is still accepted as a real problem
    const report = read(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    const marked = report.documents[0]!.findings;
    expect(marked.every((f) => f.review?.reviewer === '王审查')).toBe(true);
    expect(report.summary.reviewed).toEqual({ accepted: 1, 'not-a-problem': errors.length - 1, corrected: doc.findings.length - errors.length });
    expect(r.stdout).toContain('〔复核：不是问题〕');
    expect(r.stdout).toContain(`已复核：属实 1 · 不是问题 ${errors.length - 1}`);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('复核：不是问题');
    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8'));
    const suppressed = sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions?.length);
    expect(suppressed).toHaveLength(errors.length - 1);
    // The letter leaves out what the reviewer found to be no problem.
    const letter = (await mammoth.extractRawText({ buffer: readFileSync(join(out, 'opinions', 'qingshi-township-fireworks-notice-审查意见书.docx')) })).value;
    for (const f of marked.filter((x) => x.review?.status === 'not-a-problem')) expect(letter).not.toContain(f.message.slice(0, 20));
    expect(letter).toContain(errors[0]!.title);
    expect(strFromU8(unzipSync(readFileSync(join(out, 'opinions', 'qingshi-township-fireworks-notice-审查意见书.docx')))['word/document.xml']!)).toContain('审查意见书');

    // With every error found not to be a problem, the run passes.
    writeFileSync(reviewFile, formatReviewFile(entries.map((e) => (e.status === 'accepted' ? { ...e, status: 'not-a-problem' } : e))));
    expect(runCli(['check', SAMPLE, '-o', out, '--format', 'json', '--review', reviewFile, '--no-cache', '-q']).code).toBe(0);
  });

  it('refuses a review file with a mistake, in Chinese, before checking', () => {
    const bad = join(work, 'bad-review.yaml');
    writeFileSync(bad, 'reviews:\n  - id: 0123456789abcdef\n    document: a.docx\n    status: maybe\n');
    const r = runCli(['check', SAMPLE, '-o', join(work, 'x'), '--review', bad, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('审查记录');
    expect(r.stderr).toContain('accepted、not-a-problem、corrected');
    expect(r.stdout).toBe('');
  });
});
