// Which files of a folder are checked, and that every other one is accounted for (issues 13 and 16):
// a folder of filings as reviewers keep it, ignore files, --ext, empty inputs, the run's own output
// folder, files that are not files, names that are not UTF-8 or hold control characters.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../pipeline/batch/collect-files.ts';
import { displayName, escapeName } from '../../pipeline/batch/display-path.ts';
import { readBounded } from '../../pipeline/batch/read-input.ts';
import { tempDir } from '../support/cli.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { docxFromText, normativeText } from './fixtures.ts';
import { BIN, CHINESE, cli, readReport, TEST_RULES } from './support.ts';

const check = (dir: string, inputs: string[], extra: string[] = []) =>
  cli(['check', ...inputs, '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json,text', ...extra], { cwd: dir });

/** A folder of filings as a reviewer's office keeps it: documents, and the things that live beside them. */
async function filingsFolder(): Promise<string> {
  const dir = tempDir('beishen-select-');
  const inp = join(dir, 'filings');
  mkdirSync(join(inp, '.git', 'objects'), { recursive: true });
  writeFileSync(join(inp, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(inp, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(inp, 'node_modules', 'x', 'index.js'), '');
  writeFileSync(join(inp, '城管局通知.docx'), await docxFromText(normativeText(1, 8)));
  writeFileSync(join(inp, '~$城管局通知.docx'), Buffer.from([0x05, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
  writeFileSync(join(inp, '市场监管办法.txt'), normativeText(2, 6));
  writeFileSync(join(inp, 'README.md'), '# 备案材料\n\n本目录收录 2024 年报送备案的规范性文件。\n');
  writeFileSync(join(inp, 'SOURCES.tsv'), 'file\tsource\n城管局通知.docx\t县政府网站\n');
  writeFileSync(join(inp, '扫描件.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFileSync(join(inp, '.DS_Store'), Buffer.alloc(16));
  return dir;
}

describe('a folder of filings with the things that live beside them', () => {
  it('checks the documents, lists everything else as skipped with the reason, and exits by the findings alone', async () => {
    const dir = await filingsFolder();
    const r = check(dir, ['filings']);
    expect(r.code, r.stderr).toBe(1);
    const report = readReport(join(dir, 'out'));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.documents.map((d) => d.path)).toEqual(['filings/城管局通知.docx', 'filings/市场监管办法.txt']);
    expect(report.documents.every((d) => d.status === 'ok')).toBe(true);
    expect(report.skipped?.map((s) => [s.path, s.kind, s.reason])).toEqual([
      ['filings/.DS_Store', 'file', 'hidden'],
      ['filings/.git', 'folder', 'default-ignore'],
      ['filings/README.md', 'file', 'not-a-document'],
      ['filings/SOURCES.tsv', 'file', 'not-a-document'],
      ['filings/node_modules', 'folder', 'default-ignore'],
      ['filings/~$城管局通知.docx', 'file', 'lock-file'],
      ['filings/扫描件.png', 'file', 'not-a-document'],
    ]);
    for (const s of report.skipped!) expect(s.message).toMatch(CHINESE);
    expect(report.inputs).toEqual({ given: ['filings'], roots: [join(dir, 'filings')], shard: null });
    expect(r.stderr).toMatch(/跳过 .*3 个不是文档格式的文件/);
  }, 120_000);

  it('a file named on the command line is checked whatever its name', async () => {
    const dir = await filingsFolder();
    const r = check(dir, ['filings/README.md']);
    expect(r.code, r.stderr).not.toBe(2);
    expect(readReport(join(dir, 'out')).documents.map((d) => d.path)).toEqual(['filings/README.md']);
  }, 120_000);

  it('--ext chooses the extensions checked in folders', async () => {
    const dir = await filingsFolder();
    const r = check(dir, ['filings'], ['--ext', 'txt,.MD']);
    expect(r.code, r.stderr).not.toBe(2);
    const report = readReport(join(dir, 'out'));
    expect(report.documents.map((d) => d.path)).toEqual(['filings/README.md', 'filings/市场监管办法.txt']);
    expect(report.skipped?.find((s) => s.path.endsWith('城管局通知.docx') && !s.path.includes('~$'))?.reason).toBe('extension-filter');
  }, 120_000);

  it('.beishenignore (gitignore syntax) leaves out what it names, in its folder and below', async () => {
    const dir = await filingsFolder();
    mkdirSync(join(dir, 'filings', '草稿'));
    writeFileSync(join(dir, 'filings', '草稿', '征求意见稿.txt'), normativeText(5, 4));
    mkdirSync(join(dir, 'filings', '2023'));
    writeFileSync(join(dir, 'filings', '2023', '旧办法.txt'), normativeText(6, 4));
    writeFileSync(join(dir, 'filings', '2023', '保留.txt'), normativeText(7, 4));
    writeFileSync(join(dir, 'filings', '.beishenignore'), '# 不送审的材料\n草稿/\n市场监管*.txt\n');
    writeFileSync(join(dir, 'filings', '2023', '.beishenignore'), '*.txt\n!保留.txt\n');
    const r = check(dir, ['filings']);
    expect(r.code, r.stderr).not.toBe(2);
    const report = readReport(join(dir, 'out'));
    expect(report.documents.map((d) => d.path)).toEqual(['filings/2023/保留.txt', 'filings/城管局通知.docx']);
    const ignored = report.skipped!.filter((s) => s.reason === 'ignore-file').map((s) => [s.path, s.kind]);
    expect(ignored).toEqual([['filings/2023/旧办法.txt', 'file'], ['filings/市场监管办法.txt', 'file'], ['filings/草稿', 'folder']]);
  }, 120_000);

  it('an input with nothing to check is a usage error (exit 2) that says what was skipped', async () => {
    const dir = tempDir('beishen-empty-');
    mkdirSync(join(dir, 'empty'));
    const empty = check(dir, ['empty']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('没有找到要检查的文件：empty');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'README.md'), '说明\n');
    const notes = check(dir, ['notes']);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toMatch(/跳过了 1 项（1 个不是文档格式的文件）/);
  });

  it('never checks its own reports when --out lies inside the input folder', async () => {
    const dir = tempDir('beishen-outin-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), normativeText(1, 5));
    const run = () => cli(['check', 'in', '--out', 'in/report', '--no-cache', '--rules', TEST_RULES, '--format', 'json,html'], { cwd: dir });
    expect(run().code).toBe(1);
    const second = run();
    expect(second.code, second.stderr).toBe(1);
    const report = readReport(join(dir, 'in', 'report'));
    expect(report.documents.map((d) => d.path)).toEqual(['in/a.txt']);
    expect(report.skipped).toEqual([expect.objectContaining({ path: 'in/report', kind: 'folder', reason: 'output-folder' })]);
  });
});

describe('entries that are not files, and names that are not plain', () => {
  it('reports a FIFO, a link to a device and a dangling link with a status, without blocking or reading without end', () => {
    const dir = tempDir('beishen-special-');
    const inp = join(dir, 'in');
    mkdirSync(inp);
    writeFileSync(join(inp, 'good.txt'), normativeText(1, 5));
    execFileSync('mkfifo', [join(inp, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(inp, 'zero.txt'));
    symlinkSync(join(inp, 'gone.txt'), join(inp, 'dangling.txt'));
    const r = check(dir, ['in']);
    expect(r.code, r.stderr).toBe(3);
    const by = new Map(readReport(join(dir, 'out')).documents.map((d) => [d.path, d]));
    expect([...by.keys()]).toEqual(['in/dangling.txt', 'in/good.txt', 'in/pipe.txt', 'in/zero.txt']);
    expect(by.get('in/pipe.txt')!.error).toMatchObject({ code: 'not-a-file', message: expect.stringContaining('命名管道') });
    expect(by.get('in/zero.txt')!.error).toMatchObject({ code: 'not-a-file', message: expect.stringContaining('设备文件') });
    expect(by.get('in/dangling.txt')!.error?.code).toBe('unreadable');
    expect(by.get('in/good.txt')!.status).toBe('ok');
  });

  it('bounds a read by the bytes read, not by the size the file system reports', () => {
    // /proc files report size 0 and stream on; the read stops one byte past the limit.
    expect(() => readBounded('/proc/self/maps', 16)).toThrow(/超过上限/);
    expect(readBounded('/proc/self/maps', 1024 * 1024).length).toBeGreaterThan(0);
  });

  // Root reads every folder, so as root the run is made as the unprivileged user "nobody" — which
  // needs to read the checkout (a clone under /root, mode 700, is not readable to it: then skipped).
  const asRoot = process.getuid?.() === 0;
  const nobodyCanRun = !asRoot || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], { uid: 65534, gid: 65534 }).status === 0;
  it.skipIf(!nobodyCanRun)('reports a folder it may not read, and checks the rest (as root: as the user nobody; skipped when nobody cannot read the checkout)', () => {
    const dir = tempDir('beishen-locked-');
    mkdirSync(join(dir, 'in', 'locked'), { recursive: true });
    writeFileSync(join(dir, 'in', 'good.txt'), normativeText(1, 5));
    writeFileSync(join(dir, 'in', 'locked', 'secret.txt'), normativeText(2, 5));
    execFileSync('chmod', ['-R', 'a+rwX', dir]);
    execFileSync('chmod', ['000', join(dir, 'in', 'locked')]);
    const asUser = asRoot ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, 'check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, HOME: dir, TMPDIR: dir }, ...asUser,
    });
    execFileSync('chmod', ['755', join(dir, 'in', 'locked')]);
    expect(r.status, r.stderr).toBe(3);
    const docs = readReport(join(dir, 'out')).documents;
    expect(docs.map((d) => d.path)).toEqual(['in/good.txt', 'in/locked']);
    expect(docs[1]!.error).toMatchObject({ code: 'unreadable-folder', message: expect.stringContaining('没有读取权限') });
  }, 120_000);

  it('keeps names that are not UTF-8 apart, shown escaped, and escapes control characters everywhere', () => {
    const dir = tempDir('beishen-names-');
    const inp = join(dir, 'in');
    mkdirSync(inp);
    const raw = (name: Buffer) => Buffer.concat([Buffer.from(`${inp}/`), name]);
    writeFileSync(raw(Buffer.from([0xb9, 0xab, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74])), normativeText(1, 5)); // 公告.txt in GBK
    writeFileSync(raw(Buffer.from([0xb9, 0xab, 0xb8, 0xe6, 0xff, 0x2e, 0x74, 0x78, 0x74])), normativeText(2, 5));
    writeFileSync(join(inp, 'a\u001b]0;pwned\u0007.txt'), normativeText(3, 5));
    writeFileSync(join(inp, 'b\n✗ forged.txt [读取失败].txt'), normativeText(4, 5));
    const r = check(dir, ['in']);
    expect(r.code, r.stderr).toBe(1);
    const report = readReport(join(dir, 'out'));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.documents.map((d) => d.path)).toEqual([
      'in/\\xb9\\xab\\xb8\\xe6.txt', 'in/\\xb9\\xab\\xb8\\xe6\\xff.txt', 'in/a\\u{1b}]0;pwned\\u{7}.txt', 'in/b\\u{a}✗ forged.txt [读取失败].txt',
    ]);
    expect(report.documents.every((d) => d.status === 'ok')).toBe(true);
    // Nothing from a name reaches the terminal raw.
    expect(r.stdout + r.stderr).not.toMatch(/\u001b\]|\u0007/);
    expect((r.stdout + r.stderr).split('\n').some((l) => l.startsWith('✗ forged'))).toBe(false);
    expect(readdirSync(inp)).toHaveLength(4);
  });
});

describe('inspect has the guards of check', () => {
  it('refuses a FIFO and a device at once, stops a document that runs past --timeout, and still reads a good one', () => {
    const dir = tempDir('beishen-inspect-');
    execFileSync('mkfifo', [join(dir, 'pipe.docx')]);
    writeFileSync(join(dir, 'stuck.txt'), normativeText(1, 5));
    for (const target of [join(dir, 'pipe.docx'), '/dev/zero']) {
      const r = cli(['inspect', target], { timeoutMs: 30_000 });
      expect(r.code, target).toBe(3);
      expect(r.stderr).toMatch(/不是普通文件/);
    }
    const stuck = cli(['inspect', join(dir, 'stuck.txt'), '--timeout', '2'], { env: { BEISHEN_TEST_FAULTS: 'hang=stuck.txt' }, timeoutMs: 60_000 });
    expect(stuck.code).toBe(3);
    expect(stuck.stderr).toMatch(/处理超时/);
    const good = cli(['inspect', join(dir, 'stuck.txt'), '--format', 'json']);
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout).meta.title).toContain('管理办法');
    expect(cli(['inspect', join(dir, 'stuck.txt'), '--timeout', '0']).code).toBe(2);
  }, 120_000);
});

describe('display names', () => {
  it('escapes bytes that are not UTF-8, control and bidi characters, and backslashes; leaves Chinese alone', () => {
    expect(displayName(Buffer.from('关于加强管理的通知.docx'))).toBe('关于加强管理的通知.docx');
    expect(displayName(Buffer.from([0x61, 0xc3, 0x28, 0xed, 0xa0, 0x80]))).toBe('a\\xc3(\\xed\\xa0\\x80');
    expect(escapeName('通知\u202Excod.exe')).toBe('通知\\u{202e}xcod.exe');
    expect(escapeName('a\\b\tc')).toBe('a\\\\b\\u{9}c');
  });

  it('collects explicit files with odd names once each', async () => {
    const dir = tempDir('beishen-odd-');
    writeFileSync(join(dir, 'x.txt'), 'x');
    const { files } = await collectFiles([join(dir, 'x.txt'), join(dir, '.', 'x.txt')]);
    expect(files).toHaveLength(1);
  });
});
