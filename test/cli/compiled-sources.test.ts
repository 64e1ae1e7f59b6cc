// bin/beishen.mjs runs a compiled copy of the sources (bin/compiled-sources.mjs): it must behave
// exactly as the sources run through tsx. Both check the bundled samples; the reports must agree
// byte for byte (generation time aside). The copy is built in a fresh folder, as on a new machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const withoutTime = (json: string) => json.replace(/"generatedAt": "[^"]+"/, '"generatedAt": ""');

describe('the compiled copy of the sources', () => {
  it('gives the same report as the TypeScript run through tsx, and is built where it is told', () => {
    const dir = tempDir('beishen-compiled-');
    const args = (out: string) => ['check', join(ROOT, 'corpus', 'samples'), '--out', out, '--no-cache', '--format', 'json', '--fail-on', 'never', '--jobs', '2'];
    const compiled = runCli(args(join(dir, 'compiled')), { env: { BEISHEN_BUILD_CACHE: join(dir, 'build') } });
    expect(compiled.code, compiled.stderr).toBe(0);
    // The copy and the other derived data went to the folder given, outside node_modules.
    expect(readdirSync(join(dir, 'build')).sort()).toEqual(expect.arrayContaining(['beishen-js', 'beishen-rulesets']));
    const tsx = runCli(args(join(dir, 'tsx')), { env: { BEISHEN_NO_COMPILE: '1', BEISHEN_BUILD_CACHE: join(dir, 'build') } });
    expect(tsx.code, tsx.stderr).toBe(0);
    const a = withoutTime(readFileSync(join(dir, 'compiled', 'report.json'), 'utf8'));
    expect(JSON.parse(a).documents.length).toBeGreaterThanOrEqual(10);
    expect(a).toBe(withoutTime(readFileSync(join(dir, 'tsx', 'report.json'), 'utf8')));
  }, 240_000);
});
