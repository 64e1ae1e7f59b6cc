// The worker pool on its own: workers started before the run's settings are known load their
// modules, take the settings when they come and check documents; a pool that cannot start any
// worker fails the run with PoolStartError (exit 2 in the CLI) instead of failing every document.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprints } from '../../pipeline/batch/cache-keys.ts';
import { startWorkers } from '../../pipeline/batch/start-workers.ts';
import { PoolStartError, WorkerPool } from '../../pipeline/batch/worker-pool.ts';
import type { WorkerInit } from '../../pipeline/batch/worker-thread.ts';
import { createCheckEnv } from '../../pipeline/engine/check-env.ts';
import type { DocumentReport } from '../../pipeline/model/types.ts';
import { normativeText } from './fixtures.ts';
import { TEST_RULES } from './support.ts';

function task(seed: number, name = `doc-${seed}.txt`) {
  const bytes = Buffer.from(normativeText(seed, 6), 'utf8');
  return { bytes: new Uint8Array(bytes), name, display: name, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function initFor(rulesDir: string): Promise<WorkerInit> {
  const env = await createCheckEnv({ rulesDir });
  const fingerprints = await computeFingerprints(env.options, env.ruleSet.hash, env.corpus.hash);
  return { options: env.options, prepared: env.prepared, cacheDir: null, fingerprints, stage: 'check' };
}

describe('worker pool', () => {
  it('with BEISHEN_WORKER_CPU_PROF set, each worker writes its CPU profile when the pool closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-prof-'));
    const before = process.env.BEISHEN_WORKER_CPU_PROF;
    process.env.BEISHEN_WORKER_CPU_PROF = dir;
    const pool = startWorkers(1, 1, { timeoutMs: 60_000 });
    try {
      pool.initialize(await initFor(TEST_RULES));
      expect((await pool.run(task(7))).kind).toBe('done');
    } finally {
      await pool.close();
      if (before === undefined) delete process.env.BEISHEN_WORKER_CPU_PROF;
      else process.env.BEISHEN_WORKER_CPU_PROF = before;
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    expect(files).toHaveLength(1);
    const profile = JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as { nodes: unknown[]; samples: number[] };
    expect(profile.nodes.length).toBeGreaterThan(10);
    expect(profile.samples.length).toBeGreaterThan(0);
  }, 120_000);

  it('workers started ahead take the settings when they come and check documents', async () => {
    const pool = startWorkers(2, 3, { timeoutMs: 60_000 });
    try {
      pool.initialize(await initFor(TEST_RULES));
      const results = await Promise.all([1, 2, 3].map((i) => pool.run(task(i))));
      for (const r of results) {
        expect(r.kind).toBe('done');
        if (r.kind === 'done') {
          const report = JSON.parse(r.outcome.json!) as DocumentReport;
          expect(report.status).toBe('ok');
          expect(report.meta.title).toContain('管理办法');
          expect(r.outcome.digest).toEqual({ path: report.path, status: 'ok', findings: report.findings.map((f) => ({ severity: f.severity, category: f.category })) });
        }
      }
      expect(() => pool.initialize({} as WorkerInit)).toThrow();
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('can be closed before it was ever given settings', async () => {
    const pool = startWorkers(2, 2);
    await pool.close();
    await expect(pool.run(task(1))).rejects.toBeDefined();
  });

  it('fails the run, not each document, when no worker can start', async () => {
    // Settings no worker can act on: no prepared rule set and a rules folder that does not exist.
    const good = await initFor(TEST_RULES);
    const bad: WorkerInit = { ...good, prepared: undefined, options: { rulesDir: '/nonexistent/beishen-rules' } };
    const pool = new WorkerPool({ size: 1, init: bad, timeoutMs: 60_000, maxOldGenerationSizeMb: 512 });
    try {
      const err = await pool.run(task(1)).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(PoolStartError);
      expect((err as Error).message).toMatch(/无法启动检查进程/);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
