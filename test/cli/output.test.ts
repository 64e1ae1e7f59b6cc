// Where reports go: the output folder holds exactly one run's files (no stale report.html next to a new
// report.json, no old opinion drafts after a document became clean), a folder beishen did not write is
// refused before the batch starts, a bad --out is a Chinese message and exit 2, and -o - writes one
// format to standard output.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputDir } from '../../reports/output-dir.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { runCli, tempDir } from '../support/cli.ts';
import { CLEAN, VIOLATING } from '../support/notices.ts';

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort();
}

describe('the output folder', () => {
  it('holds only the files of the last run: stale formats and opinions never survive', () => {
    const work = tempDir();
    const doc = join(work, 'tonggao.txt');
    writeFileSync(doc, VIOLATING);
    const out = join(work, 'out');
    expect(runCli(['check', doc, '-o', out, '--format', 'json,html,sarif,docx', '--no-cache', '-q']).code).toBe(1);
    expect(files(out)).toEqual(['.beishen-output.json', 'opinions/tonggao-审查意见书.docx', 'report.html', 'report.json', 'report.sarif']);
    // The same document, corrected: the old draft must not stay where it could be mailed.
    writeFileSync(doc, CLEAN);
    expect(runCli(['check', doc, '-o', out, '--format', 'json,html,docx', '--no-cache', '-q']).code).toBe(0);
    expect(files(out)).toEqual(['.beishen-output.json', 'report.html', 'report.json']);
    expect(runCli(['check', doc, '-o', out, '--format', 'json', '--no-cache', '-q']).code).toBe(0);
    expect(files(out)).toEqual(['.beishen-output.json', 'report.json']);
    // No staging folder is left beside it.
    expect(readdirSync(work).filter((n) => n.includes('beishen-'))).toEqual([]);
  });

  it('refuses a folder with files beishen did not write, before checking anything', () => {
    const work = tempDir();
    writeFileSync(join(work, 'a.txt'), VIOLATING);
    const out = join(work, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, '工作笔记.docx'), 'notes');
    const r = runCli(['check', join(work, 'a.txt'), '-o', out, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`输出目录 ${out} 中有不是 beishen 写入的文件（工作笔记.docx）`);
    expect(r.stderr).not.toMatch(/\bat \w|内部错误/);
    expect(r.stdout).toBe(''); // nothing was checked
    expect(files(out)).toEqual(['工作笔记.docx']);
  });

  it('accepts a folder written by an older beishen (report.* and opinions/ only) and replaces it', () => {
    const work = tempDir();
    writeFileSync(join(work, 'a.txt'), CLEAN);
    const out = join(work, 'beishen-report');
    mkdirSync(join(out, 'opinions'), { recursive: true });
    for (const f of ['report.json', 'report.html', 'opinions/old-审查意见书.docx']) writeFileSync(join(out, f), 'old');
    expect(runCli(['check', join(work, 'a.txt'), '-o', out, '--format', 'json', '--no-cache', '-q']).code).toBe(0);
    expect(files(out)).toEqual(['.beishen-output.json', 'report.json']);
  });

  it('says in Chinese, without a stack trace, when --out cannot be used', () => {
    const work = tempDir();
    writeFileSync(join(work, 'a.txt'), CLEAN);
    writeFileSync(join(work, 'plain-file'), 'x');
    const cases: [string[], RegExp][] = [
      [['-o', '/dev/stdout'], /--out 须是目录，\/dev\/stdout 不是目录；要把报告写到标准输出，请用 -o - 或 --stdout/],
      [['--out', ''], /--out 不能为空/],
      [['-o', join(work, 'plain-file')], /不是目录/],
      [['-o', join(work, 'plain-file', 'sub')], /无法创建输出目录的上级目录|不是目录/],
      [['--stdout', '-o', join(work, 'x')], /--stdout 与 --out DIR 不能同时使用/],
      [['-o', '-', '--format', 'json,html'], /只能指定一种格式/],
      [['-o', '-', '--format', 'docx'], /不能写到标准输出/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['check', join(work, 'a.txt'), '--no-cache', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at |内部错误/);
    }
  });

  it('writes one format to standard output with -o - or --stdout', () => {
    const work = tempDir();
    writeFileSync(join(work, 'a.txt'), VIOLATING);
    const json = runCli(['check', join(work, 'a.txt'), '-o', '-', '--no-cache']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.documents[0].findings.length).toBeGreaterThan(0);
    const sarif = runCli(['check', join(work, 'a.txt'), '--stdout', '--format', 'sarif', '--no-cache']);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    expect(readdirSync(work)).toEqual(['a.txt']); // no folder was written
  });

  it('render replaces the formats it writes and keeps the others', () => {
    const work = tempDir();
    writeFileSync(join(work, 'a.txt'), VIOLATING);
    const out = join(work, 'out');
    runCli(['check', join(work, 'a.txt'), '-o', out, '--format', 'json,docx', '--no-cache', '-q']);
    writeFileSync(join(out, 'opinions', 'stale-审查意见书.docx'), 'old');
    const manifest = JSON.parse(readFileSync(join(out, '.beishen-output.json'), 'utf8'));
    manifest.files.push('opinions/stale-审查意见书.docx');
    writeFileSync(join(out, '.beishen-output.json'), JSON.stringify(manifest));
    writeFileSync(join(out, '我的说明.txt'), 'mine'); // render adds to a folder; it does not own it
    const r = runCli(['render', '--from', join(out, 'report.json'), '--format', 'html,docx', '-q']);
    expect(r.code).toBe(0);
    expect(files(out)).toEqual(['.beishen-output.json', 'opinions/a-审查意见书.docx', 'report.html', 'report.json', '我的说明.txt']);
  });
});

describe('check --format annotated', () => {
  it('writes a commented copy of each flagged document, from the original file', () => {
    const work = tempDir();
    writeFileSync(join(work, 'a.txt'), VIOLATING);
    writeFileSync(join(work, 'b.txt'), CLEAN);
    const out = join(work, 'out');
    const r = runCli(['check', work, '-o', out, '--format', 'json,annotated', '--no-cache', '-q']);
    expect(r.code).toBe(1);
    expect(files(out)).toEqual(['.beishen-output.json', 'annotated/a-批注.docx', 'report.json']);
    expect(r.stderr).toBe('');
  });
});

describe('OutputDir', () => {
  it('removes the staging folder of a run that was killed, keeps a live one', async () => {
    const parent = tempDir();
    const dead = join(parent, '.out.beishen-999999-deadbeef');
    const live = join(parent, `.out.beishen-${process.pid}-cafe`);
    mkdirSync(dead);
    mkdirSync(live);
    const out = await OutputDir.open(join(parent, 'out'));
    await out.write([{ name: 'report.json', content: '{}' }]);
    expect(await out.commit()).toEqual([join(parent, 'out', 'report.json')]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('leaves the previous run untouched when a run is abandoned', async () => {
    const parent = tempDir();
    const first = await OutputDir.open(join(parent, 'out'));
    await first.write([{ name: 'report.json', content: 'first' }]);
    await first.commit();
    const second = await OutputDir.open(join(parent, 'out'));
    await second.write([{ name: 'report.json', content: 'second' }, { name: 'report.html', content: '<p>' }]);
    await second.abort();
    expect(readFileSync(join(parent, 'out', 'report.json'), 'utf8')).toBe('first');
    expect(files(join(parent, 'out'))).toEqual(['.beishen-output.json', 'report.json']);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('fills the folder in place when it holds the working directory', async () => {
    const parent = tempDir();
    const dir = join(parent, 'out');
    const first = await OutputDir.open(dir);
    await first.write([{ name: 'report.json', content: 'first' }, { name: 'opinions/a.docx', content: 'a' }]);
    await first.commit();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const second = await OutputDir.open(dir);
      await second.write([{ name: 'report.html', content: 'second' }]);
      await second.commit();
    } finally {
      process.chdir(cwd);
    }
    expect(files(dir)).toEqual(['.beishen-output.json', 'report.html']);
    expect(dirname(dir)).toBe(parent);
  });
});
