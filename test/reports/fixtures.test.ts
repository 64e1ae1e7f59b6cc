// The fixtures the report tests render are valid report.json documents, and every quoted article in
// them is the enacted text in /work/shared/laws (legal accuracy: never a made-up citation).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportErrors } from '../../reports/schemas/report-validator.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { SHARED, loadFixture } from './helpers.ts';

describe('report fixtures', () => {
  for (const name of ['batch', 'hostile'] as const) {
    it(`${name}.json validates against reports/report.schema.json`, () => {
      const report = loadFixture(name);
      expect(reportSchemaErrors(report)).toEqual([]);
      expect(reportErrors(report)).toEqual([]);
    });
  }

  it('the batch covers the cases the reports must handle', () => {
    const r = loadFixture('batch');
    const statuses = r.documents.map((d) => d.status);
    expect(statuses).toEqual(expect.arrayContaining(['ok', 'failed', 'no-text']));
    expect(r.documents.some((d) => d.status === 'ok' && d.findings.length === 0)).toBe(true);
    const levels = r.documents.flatMap((d) => d.meta.issuers.map((i) => i.level));
    expect(levels).toEqual(expect.arrayContaining(['township', 'county']));
    // Summary counts agree with the documents.
    const all = r.documents.flatMap((d) => d.findings);
    expect(r.summary.findings.error).toBe(all.filter((f) => f.severity === 'error').length);
    for (const f of all) {
      if (!f.location.match) continue;
      expect(f.location.text).toContain(f.location.match);
      expect(f.location.end - f.location.start).toBe(f.location.match.length);
    }
  });
});

/** Article text as the corpus stores it: the paragraphs after "第X条 " joined by "\n". */
function articleText(lawFile: string, label: string): string | undefined {
  const lines = readFileSync(lawFile, 'utf8').split('\n');
  const body = lines.slice(Math.max(0, lines.findIndex((l) => l.includes('<!-- INFO END -->'))));
  const at = body.findIndex((l) => l.startsWith(`${label} `));
  if (at < 0) return undefined;
  const paras = [body[at]!.slice(label.length + 1).trim()];
  for (const l of body.slice(at + 1)) {
    if (/^第[一二三四五六七八九十百千零]+条/.test(l) || l.startsWith('#')) break;
    if (l.trim()) paras.push(l.trim());
  }
  return paras.join('\n');
}

function findLawFile(title: string): string | undefined {
  for (const dir of readdirSync(SHARED + 'laws', { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const files = readdirSync(join(SHARED, 'laws', dir.name)).filter((f) => f.endsWith('.md')).sort().reverse();
    for (const f of files) {
      const path = join(SHARED, 'laws', dir.name, f);
      if (readFileSync(path, 'utf8').split('\n', 1)[0] === `# ${title}`) return path;
    }
  }
  return undefined;
}

describe.skipIf(!existsSync(SHARED + 'laws'))('fixture citations against /work/shared/laws', () => {
  it('every basis and related article equals the enacted text', () => {
    const cache = new Map<string, string | undefined>();
    let checked = 0;
    for (const name of ['batch', 'hostile'] as const) {
      for (const d of loadFixture(name).documents) for (const f of d.findings) {
        for (const a of [...f.basis, ...f.related]) {
          if (!cache.has(a.law)) cache.set(a.law, findLawFile(a.law));
          const file = cache.get(a.law);
          expect(file, `《${a.law}》不在法规库中`).toBeDefined();
          expect(articleText(file!, a.article), `《${a.law}》${a.article}`).toBe(a.text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
