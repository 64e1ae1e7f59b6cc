// The batch engine in-process (its workers start through worker-entry.mjs under vitest too):
// files that vanish or change kind between collection and reading are reported, not fatal.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../pipeline/batch/collect-files.ts';
import { runBatch } from '../../pipeline/batch/run-batch.ts';
import { createCheckEnv, type CheckEnv } from '../../pipeline/engine/check-env.ts';
import { tempDir } from '../support/cli.ts';
import { normativeText } from './fixtures.ts';
import { CHINESE, TEST_RULES } from './support.ts';

describe('runBatch', () => {
  let env: CheckEnv;
  beforeAll(async () => {
    env = await createCheckEnv({ rulesDir: TEST_RULES });
  }, 60_000);

  it('reports files that disappear or turn into a directory while the batch runs', async () => {
    const dir = tempDir('beishen-vanish-');
    for (const n of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(join(dir, n), normativeText(n.charCodeAt(0), 5));
    const { files } = await collectFiles([dir]);
    expect(files).toHaveLength(4);
    // After collection: b is deleted, c becomes a directory, d a dangling symbolic link.
    rmSync(join(dir, 'b.txt'));
    rmSync(join(dir, 'c.txt'));
    mkdirSync(join(dir, 'c.txt'));
    rmSync(join(dir, 'd.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'd.txt'));

    const result = await runBatch(files, env, { jobs: 2, cacheDir: null });
    try {
      const docs = await result.loadAll();
      expect(docs.map((d) => d.path)).toEqual(files.map((f) => f.display));
      const [a, b, c, d] = docs;
      expect(a.status).toBe('ok');
      expect(a.findings.length).toBeGreaterThan(0);
      for (const x of [b, c, d]) {
        expect(x.status).toBe('failed');
        expect(x.error?.code).toBe('unreadable');
        expect(x.error?.message).toMatch(CHINESE);
      }
      expect(c.error?.message).toContain('目录');
      expect(result.stats.notOk).toBe(3);
      expect(result.summary()).toMatchObject({ documents: 4, ok: 1, failed: 3 });
    } finally {
      await result.dispose();
    }
  }, 120_000);

  it('handles an empty batch without starting workers', async () => {
    const result = await runBatch([], env, { jobs: 2, cacheDir: null });
    expect(await result.loadAll()).toEqual([]);
    expect(result.summary().documents).toBe(0);
    await result.dispose();
  });
});
