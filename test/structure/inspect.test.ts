// `beishen inspect <file> [--format text|json]` as a user runs it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from '../support/cli.ts';
import { runInspect } from '../../pipeline/cli/inspect.ts';

/** Runs the command in-process (the spawned CLI is covered above; spawning is slow here). */
async function inspect(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { stderr += String(s); return true; });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { code: await runInspect(args), stderr };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

const FIXTURE = fileURLToPath(new URL('./fixtures/docs/yinfa-notice.txt', import.meta.url));

describe('beishen inspect', () => {
  it('prints meta, outline, provisions and text as JSON; offsets point into the text', () => {
    const r = runCli(['inspect', FIXTURE, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.meta.docNumber).toBe('义政办发〔2024〕8号');
    expect(out.meta.issuers[0]).toEqual({ name: '义乌市人民政府办公室', level: 'county', kind: 'general-office' });
    expect(out.outline.kind).toBe('document');
    expect(out.outline.children.some((c: { kind: string }) => c.kind === 'attachment')).toBe(true);
    expect(out.provisions.length).toBe(7);
    for (const p of out.provisions) expect(out.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('prints a readable Chinese summary by default', () => {
    const r = runCli(['inspect', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('文号：义政办发〔2024〕8号');
    expect(r.stdout).toContain('义乌市人民政府办公室（县级，政府办公厅（室））');
    expect(r.stdout).toContain('article 第二条');
    expect(r.stdout).toMatch(/第二条（含 第（一）项、第（二）项、第（三）项）/);
  });

  it('exits 3 with a Chinese message when the file cannot be read', async () => {
    const dir = tempDir();
    const r = await inspect([join(dir, 'missing.docx')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/无法读取/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const e = await inspect([empty]);
    expect(e.code).toBe(3);
    expect(e.stderr).toMatch(/文件为空/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await inspect([])).code).toBe(2);
    expect((await inspect([FIXTURE, '--format', 'html'])).stderr).toMatch(/不支持的输出格式/);
    expect((await inspect([FIXTURE, FIXTURE])).code).toBe(2);
    expect((await inspect([FIXTURE, '--bogus'])).code).toBe(2);
  });
});
