// Shared helpers for the report tests: fixtures, the official SARIF schema, headless Chromium.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'node-html-parser';
import type { RunReport } from '../../pipeline/model/types.ts';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';

export function loadFixture(name: 'batch' | 'hostile'): RunReport {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as RunReport;
}

/** The document sections the page script shows, with their filter metadata, from the embedded JSON. */
export function sections(page: string) {
  const r = parse(page);
  const meta = JSON.parse(r.querySelector('script#doc-meta')!.rawText) as { chunk: number; docs: { i: number[]; s: string; f: string[][] }[] };
  const block = r.querySelector('script#doc-html')!;
  const raw = JSON.parse(block.rawText) as (string[] | string)[];
  const chunks = raw.map((c) => (typeof c === 'string' ? JSON.parse(gunzipSync(Buffer.from(c, 'base64')).toString('utf8')) as string[] : c));
  const html = chunks.flat();
  return meta.docs.map((d, k) => ({ ...d, h: html[k]!, el: parse(html[k]!).querySelector('article.doc')! }));
}

let sarifValidate: ValidateFunction | undefined;

/** Errors of a SARIF log against the official SARIF 2.1.0 schema (draft-07), empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!sarifValidate) {
    const schema = JSON.parse(readFileSync(new URL('../../reports/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    sarifValidate = ajv.compile(schema);
  }
  if (sarifValidate(log)) return [];
  return (sarifValidate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** A headless Chromium with a fresh profile (playwright-core, the Debian browser). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'beishen-chromium-')), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
}

export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  process.stderr.write(`\n*** 跳过浏览器测试：找不到 ${CHROMIUM}（apt-get install chromium；CI 由 .ci/run 安装） ***\n\n`);
}
