// A worker that hangs, crashes or runs out of memory is terminated and replaced; its document is
// reported failed with a Chinese reason and the rest of the batch is checked normally. The faults
// are injected through BEISHEN_TEST_FAULTS (pipeline/batch/test-faults.ts) into the real CLI.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeCount } from '../../pipeline/model/places.ts';
import { describe, expect, it } from 'vitest';
import { parseCheckArgs, parseSize } from '../../pipeline/cli/check-args.ts';
import { UsageError } from '../../pipeline/cli/args.ts';
import { tempDir } from '../support/cli.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { hugeDocx, normativeText } from './fixtures.ts';
import { buildPdf } from '../ingest/fixtures.ts';
import { HAS_PDFTOPPM, HAS_TESSERACT } from '../ingest-formats/helpers.ts';
import { CHINESE, cli, readReport, TEST_RULES } from './support.ts';

/** Alive and not a zombie (a killed process whose parent is gone waits for init to reap it). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('worker guards', () => {
  it('times out a stuck document, survives a crash and an out-of-memory worker, and finishes the batch', () => {
    const dir = tempDir('beishen-guard-');
    const inp = join(dir, 'in');
    mkdirSync(inp);
    const names = ['a-good.txt', 'b-stuck.txt', 'c-good.txt', 'd-crash.txt', 'e-good.txt', 'f-hog.txt', 'g-good.txt'];
    names.forEach((n, i) => writeFileSync(join(inp, n), normativeText(i, 8)));
    const r = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json',
      '--jobs', '2', '--timeout', '5', '--max-memory', '128'], {
      cwd: dir, env: { BEISHEN_TEST_FAULTS: 'hang=b-stuck;crash=d-crash;oom=f-hog' },
    });
    expect(r.code, r.stderr).toBe(3);
    const report = readReport(join(dir, 'out'));
    expect(reportSchemaErrors(report)).toEqual([]);
    const by = new Map(report.documents.map((d) => [d.path.replace('in/', ''), d]));
    expect([...by.keys()]).toEqual(names);
    expect(by.get('b-stuck.txt')!.error?.code).toBe('timeout');
    expect(by.get('d-crash.txt')!.error?.code).toBe('worker-crashed');
    expect(by.get('f-hog.txt')!.error?.code).toBe('out-of-memory');
    for (const n of ['b-stuck.txt', 'd-crash.txt', 'f-hog.txt']) {
      expect(by.get(n)!.status).toBe('failed');
      expect(by.get(n)!.error!.message).toMatch(CHINESE);
      expect(by.get(n)!.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    for (const n of names.filter((x) => x.includes('good'))) expect(by.get(n)!.status, n).toBe('ok');
    expect(r.stderr).toContain('超时 1 件');
    expect(r.stderr).toContain('检查进程崩溃 2 件');
  });

  it('survives a worker that exceeds a small heap limit on a 95 MB document.xml (the process is the worker, not the batch)', async () => {
    const dir = tempDir('beishen-heap-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a-huge.docx'), await hugeDocx(95));
    writeFileSync(join(dir, 'in', 'b-good.txt'), normativeText(3, 8));
    const r = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json', '--jobs', '1', '--max-memory', '64', '--max-size', '256MB'], { cwd: dir });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).not.toMatch(/FATAL ERROR|内部错误/);
    const report = readReport(join(dir, 'out'));
    const huge = report.documents.find((d) => d.path.endsWith('a-huge.docx'))!;
    expect(huge.status).toBe('failed');
    expect(huge.error?.code).toBe('out-of-memory');
    expect(report.documents.find((d) => d.path.endsWith('b-good.txt'))!.status).toBe('ok');
  }, 120_000);

  it('counts memory outside the JavaScript heap, and ends the programs a worker started with its document', async () => {
    const dir = tempDir('beishen-native-');
    const inp = join(dir, 'in');
    mkdirSync(inp);
    for (const n of ['a-native.txt', 'b-child.txt', 'c-good.txt']) writeFileSync(join(inp, n), normativeText(n.length, 8));
    const pids = join(dir, 'pids');
    const r = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json', '--jobs', '1', '--max-memory', '64', '--timeout', '3'], {
      cwd: dir, env: { BEISHEN_TEST_FAULTS: 'native=a-native;child=b-child', BEISHEN_TEST_FAULTS_PIDS: pids, TMPDIR: dir },
    });
    expect(r.code, r.stderr).toBe(3);
    const by = new Map(readReport(join(dir, 'out')).documents.map((d) => [d.path.replace('in/', ''), d]));
    expect(by.get('a-native.txt')!.error?.code).toBe('out-of-memory');
    expect(by.get('b-child.txt')!.error?.code).toBe('timeout');
    expect(by.get('c-good.txt')!.status).toBe('ok');
    // The program the timed-out worker started was killed with it, and no worker folder is left.
    const child = Number(readFileSync(pids, 'utf8').trim());
    expect(child).toBeGreaterThan(0);
    expect(running(child)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('beishen-worker-'))).toEqual([]);
  }, 120_000);

  it.skipIf(!HAS_TESSERACT || !HAS_PDFTOPPM)('OCR of a tiny PDF that declares huge blank pages stays within a small memory limit', () => {
    const dir = tempDir('beishen-ocrbomb-');
    mkdirSync(join(dir, 'in'));
    // A few hundred bytes: two blank 3600 × 3600 pt pages. At 300 dpi each would be a 2.3-gigabyte bitmap.
    const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 3600 3600] >>';
    writeFileSync(join(dir, 'in', 'blank-huge.pdf'), buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>', page, page]));
    writeFileSync(join(dir, 'in', 'good.txt'), normativeText(1, 5));
    const r = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json', '--jobs', '1', '--max-memory', '256'], { cwd: dir });
    expect(r.code, r.stderr).toBe(3);
    const blank = readReport(join(dir, 'out')).documents.find((d) => d.path.endsWith('blank-huge.pdf'))!;
    expect(blank.status, JSON.stringify(blank.error)).toBe('no-text');
    expect(blank.error?.code).not.toBe('out-of-memory');
  }, 180_000);

  it('caps the places of one document\'s findings and says how many there were', () => {
    const dir = tempDir('beishen-findcap-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'many.txt'), normativeText(2, 6000)); // a fine every few articles
    const r = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const doc = readReport(join(dir, 'out')).documents[0]!;
    // One fine problem repeated in every few articles: its places, not its findings, are what the cap counts.
    expect(doc.findings.reduce((n, f) => n + placeCount(f), 0)).toBe(1000);
    expect(doc.notes?.join('')).toMatch(/本文件的问题共有 \d{4,} 处.*只列出前 1000 处/);
  }, 120_000);

  it('refuses a file over --max-size without reading it', () => {
    const dir = tempDir('beishen-size-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'big.txt'), normativeText(1, 400));
    writeFileSync(join(dir, 'in', 'small.txt'), normativeText(2, 3));
    const r = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json', '--max-size', '4KB'], { cwd: dir });
    expect(r.code).toBe(3);
    const report = readReport(join(dir, 'out'));
    const big = report.documents.find((d) => d.path.endsWith('big.txt'))!;
    expect(big.error?.code).toBe('too-large');
    expect(big.error?.message).toContain('4.0 KB');
    expect(report.documents.find((d) => d.path.endsWith('small.txt'))!.status).toBe('ok');
  });

  it('rejects bad option values with a Chinese usage message and exit code 2', () => {
    for (const args of [['--jobs', '0'], ['--jobs', '999'], ['--timeout', '-1'], ['--timeout', '2147484'], ['--shard', '3/2'], ['--max-size', 'lots'],
      ['--max-size', '3GB'], ['--max-memory', '8'], ['--cache', 'x', '--no-cache'], ['--profile', '../../x'], ['--ext', ',']]) {
      expect(() => parseCheckArgs(['in', ...args]), args.join(' ')).toThrow(UsageError);
    }
    expect(parseSize('64MB')).toBe(64 * 1024 * 1024);
    expect(parseSize('500kb')).toBe(500 * 1024);
    expect(parseSize('2')).toBe(2 * 1024 * 1024);
    expect(parseCheckArgs(['in', '--shard', '2/4']).shard).toEqual({ index: 2, count: 4 });
    expect(parseCheckArgs(['in', '--no-cache']).cacheDir).toBeNull();
    const r = cli(['check', 'in', '--timeout', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--timeout');
    // A negative number looks like an option to node's parser: the message is still Chinese.
    const negative = cli(['check', 'in', '--jobs', '-1']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/选项 --jobs 的取值不能以“-”开头/);
    expect(negative.stderr).not.toMatch(/ambiguous/);
  });
});
