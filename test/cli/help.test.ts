// Every command answers --help (and -h) in Chinese, with its options, defaults and exit codes, and exits 0;
// a wrong option is a Chinese message that says where the help is, exit 2.
import { describe, expect, it } from 'vitest';
import { HELP } from '../../pipeline/cli/help.ts';
import { runCli } from '../support/cli.ts';

const COMMANDS = ['check', 'inspect', 'render', 'merge', 'diff', 'impact', 'rules', 'explain', 'corpus', 'eval'];

describe('--help', () => {
  it('has a help text for every command the main help lists', () => {
    const listed = [...HELP.main!.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    for (const c of listed) expect(HELP[c!], c).toBeDefined();
    for (const c of COMMANDS) expect(listed).toContain(c);
  });

  for (const command of COMMANDS) {
    it(`beishen ${command} --help`, () => {
      const r = runCli([command, '--help'], { timeoutMs: 30_000 });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`beishen ${command}`);
      expect(r.stdout).toMatch(/用法/);
      expect(r.stdout).toMatch(/退出码/);
      expect(r.stdout).not.toMatch(/Unknown|Usage|option/); // node's English parser never answers
    });
  }

  it('answers -h, help <command>, and --help next to a mistyped option or a subcommand', () => {
    for (const args of [['check', '-h'], ['help', 'check'], ['check', '--bogus', '--help'], ['corpus', 'search', '--help'], ['rules', 'lint', '-h']]) {
      const r = runCli(args, { timeoutMs: 30_000 });
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/^用法/);
    }
  });

  it('documents the defaults and every option of check', () => {
    const text = HELP.check!;
    for (const option of ['--out', '--stdout', '--format', '--fail-on', '--config', '--review', '--baseline', '--new-only',
      '--profile', '--rules', '--corpus', '--jobs', '--timeout', '--max-size', '--max-memory', '--cache', '--no-cache', '--shard',
      '--quiet', '-q', '--text-limit', 'NO_COLOR']) expect(text, option).toContain(option);
    for (const def of ['默认 ./beishen-report', '默认 json,html,text', '默认 error', '默认 60', '默认 64MB', '默认 1024']) expect(text, def).toContain(def);
  });

  it('explains a wrong option in Chinese and points to the help', () => {
    const r = runCli(['check', 'x', '--bogus'], { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('参数错误：未知选项 --bogus');
    expect(r.stderr).toContain('用法见 beishen check --help');
    const missing = runCli(['check', 'x', '--out'], { timeoutMs: 30_000 });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('选项 --out 缺少取值');
  });

  it('prints the overview on stderr and exits 2 with no command', () => {
    const r = runCli([], { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('beishen <命令> --help');
  });
});
