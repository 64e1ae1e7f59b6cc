// Helpers for the batch tests: run the real CLI (bin/beishen.mjs) with extra environment, read reports.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '../../pipeline/model/types.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'beishen.mjs');
/** The tests' own small rule set (the batch engine does not depend on which rules run). */
export const TEST_RULES = fileURLToPath(new URL('./fixtures/rules/', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 180_000,
    env: { ...process.env, ...opts.env },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting; resolves with its outcome. */
export function cliAsync(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

export function readReport(outDir: string): RunReport {
  return JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as RunReport;
}

/** report.json without the one field allowed to differ between identical runs. */
export function withoutGeneratedAt(json: string): string {
  return json.replace(/\n  "generatedAt": "[^"]*",\n/, '\n');
}

/** Contains Chinese (a reason written for the reviewer, not a raw English exception). */
export const CHINESE = /[\u4e00-\u9fff]/;
