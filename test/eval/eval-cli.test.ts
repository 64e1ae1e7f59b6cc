// `beishen eval` as a user runs it, on a small temporary gold set: JSON output, baseline
// recording, a regression exit code, and a clear error for an invalid sidecar.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runEval } from '../../pipeline/cli/eval.ts';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const GOLD = join(ROOT, 'corpus', 'gold');
function smallGold(): string {
  const dir = tempDir('beishen-gold-');
  for (const name of ['township-fireworks-ban', 'info-disclosure-clean']) {
    copyFileSync(join(GOLD, `${name}.txt`), join(dir, `${name}.txt`));
    copyFileSync(join(GOLD, `${name}.yaml`), join(dir, `${name}.yaml`));
  }
  return dir;
}

describe('beishen eval (command line)', () => {
  it('prints JSON figures, records a baseline, and exits 1 when a figure falls below it', () => {
    const dir = smallGold();
    const first = runCli(['eval', '--gold', dir, '--no-controls', '--format', 'json', '--update-baseline']);
    expect(first.code, first.stderr).toBe(0);
    const j = JSON.parse(first.stdout);
    expect(j.summary.documents).toBe(2);
    expect(j.summary.cleanDocuments).toBe(1);
    expect(j.summary.controls.available).toBe(false);
    expect(j.baseline.updated).toBe(true);
    // baseline.json, or baseline-library.json where the law library judges.
    const baselineFile = j.baseline.path as string;
    expect(baselineFile.startsWith(dir)).toBe(true);
    const stored = JSON.parse(readFileSync(baselineFile, 'utf8'));
    expect(stored.atMost.cleanErrors).toBe(j.summary.cleanErrors);

    // A baseline no run can reach: exit 1 with the figure named.
    stored.atLeast['overall.recall'] = 1.5;
    writeFileSync(baselineFile, JSON.stringify(stored));
    const low = runCli(['eval', '--gold', dir, '--no-controls']);
    expect(low.code).toBe(1);
    expect(low.stdout).toMatch(/低于基线：overall\.recall/);
    expect(low.stdout).toMatch(/召回率/);
  }, 120_000);

  // The usage and gold-set errors come before any document is checked: run them in-process.
  async function inProcess(args: string[]) {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await runEval(args);
      return { code, stderr: err.mock.calls.map((c) => String(c[0])).join('') };
    } finally {
      err.mockRestore();
    }
  }

  it('rejects an invalid sidecar with exit 2 and names the file', async () => {
    const dir = smallGold();
    writeFileSync(join(dir, 'broken.yaml'), 'document: township-fireworks-ban.txt\nclean: maybe\n');
    const r = await inProcess(['--gold', dir, '--no-controls']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/评测集无效[\s\S]*broken\.yaml/);
  });

  it('rejects an unknown format, a stray argument and conflicting control options with exit 2', async () => {
    expect((await inProcess(['--format', 'html'])).code).toBe(2);
    expect((await inProcess(['corpus/gold'])).stderr).toMatch(/--gold/);
    expect((await inProcess(['--controls', 'x', '--no-controls'])).code).toBe(2);
  });
});
