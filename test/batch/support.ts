// Helpers for the batch tests: run the real CLI (bin/beishen.mjs) with extra environment, read reports.
import { spawn } from 'node:child_process';
import { BIN, ROOT, type CliResult as CliRun } from '../support/cli.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '../../pipeline/model/types.ts';

export { BIN, ROOT } from '../support/cli.ts';
export { runCli as cli, type CliResult as CliRun } from '../support/cli.ts';
/** The tests' own small rule set (the batch engine does not depend on which rules run). */
export const TEST_RULES = fileURLToPath(new URL('./fixtures/rules/', import.meta.url));

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
