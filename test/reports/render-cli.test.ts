// beishen render: re-renders the reports from a report.json without checking again; refuses input that
// is not a valid report (exit 2, Chinese message).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runRender } from '../../pipeline/cli/render.ts';
import { runCli, tempDir } from '../support/cli.ts';
import { sarifSchemaErrors } from './helpers.ts';

const FIXTURE = new URL('./fixtures/batch.json', import.meta.url).pathname;

describe('beishen render', () => {
  it('writes html, docx, sarif and json from a report.json', () => {
    const out = tempDir();
    const r = runCli(['render', '--from', FIXTURE, '--format', 'html,docx,sarif,json', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('清河县城区户外广告设置管理办法');
    expect(sarifSchemaErrors(JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')))).toEqual([]);
    expect(existsSync(join(out, 'opinions', '清河县城区户外广告设置管理办法-审查意见书.docx'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    expect(r.stdout).toContain('report.html');
  });

  it('refuses a file that is not a valid report, with exit code 2', () => {
    const dir = tempDir();
    const bad = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    bad.documents[0].findings[0].severity = 'critical';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = runCli(['render', '--from', join(dir, 'bad.json'), '--format', 'html', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('报告文件不符合 report.json 格式');
    expect(r.stderr).toContain('/documents/0/findings/0/severity');
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });

  it('explains a missing file, broken JSON and missing --from in Chinese', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": 1,');
    const cases: [string[], string][] = [
      [['render', '--from', join(dir, 'none.json')], '找不到报告文件'],
      [['render', '--from', join(dir, 'broken.json')], '不是有效的 JSON 文件'],
      [['render'], '请用 --from 指定'],
      [['render', '--from', FIXTURE, '--format', 'pdf'], '不支持的取值'],
    ];
    for (const [args, message] of cases) {
      // In-process (the real command line is covered above): capture what the command writes to stderr.
      let stderr = '';
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
      try {
        expect(await runRender(args.slice(1)), args.join(' ')).toBe(2);
      } finally {
        spy.mockRestore();
      }
      expect(stderr).toContain(message);
    }
  });
});
