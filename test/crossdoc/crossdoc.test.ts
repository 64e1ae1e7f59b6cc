// Conflicts between documents of one batch: three documents fining the same conduct differently produce a
// finding in each, pointing at the others' provisions, in every format; documents relying on a lapsed or
// repealed document of the batch are reported; unrelated documents (the bundled samples) produce none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { RunReport } from '../../pipeline/model/types.ts';
import { extractStatements } from '../../pipeline/crossdoc/statements.ts';
import { conflictingGroups, subjectOverlap } from '../../pipeline/crossdoc/compare-statements.ts';
import { QUANTITY_RULE, STALE_RULE } from '../../pipeline/crossdoc/cross-findings.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { ingestBuffer } from '../../pipeline/ingest/index.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const FIXTURES = join(ROOT, 'test', 'crossdoc', 'fixtures');
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;
const batchFindings = (r: RunReport) => r.documents.flatMap((d) => d.findings.filter((f) => f.ruleId.startsWith('conflict/batch')).map((f) => ({ file: d.path.split('/').pop(), f })));

async function statementsOf(text: string) {
  const ingest = await ingestBuffer(Buffer.from(text), 'x.txt', 'txt', {});
  return extractStatements(structureDocument(ingest));
}

describe('statements: what a document says in numbers about a matter', () => {
  it('finds the conduct fined, past a reference to the document itself, and the amounts', async () => {
    const [s] = await statementsOf('青山县秸秆禁烧办法\n第三条　违反本办法规定，在露天焚烧秸秆的，由县生态环境局责令改正，处五百元以上一千元以下罚款。\n');
    expect(s).toMatchObject({ kind: 'fine', subject: '在露天焚烧秸秆', raw: '处五百元以上一千元以下罚款', min: 500, max: 1000, unit: 'yuan' });
  });

  it('skips clauses that name no conduct of their own', async () => {
    expect(await statementsOf('通告\n一、违反本通告规定的，处二百元罚款。\n二、拒不改正的，处一千元罚款。\n')).toEqual([]);
  });

  it('finds the deadline of a procedure', async () => {
    const [s] = await statementsOf('通知\n一、不动产登记机构应当自受理登记申请之日起十个工作日内办结不动产登记手续。\n');
    expect(s).toMatchObject({ kind: 'deadline', measure: '办结', raw: '十个工作日内办结', min: 10, unit: 'workday' });
  });

  it('groups the same matter across documents, not different matters', () => {
    expect(subjectOverlap('露天焚烧秸秆', '在露天焚烧农作物秸秆')).toBeGreaterThanOrEqual(0.7);
    expect(subjectOverlap('在楼道停放电动自行车', '露天焚烧秸秆')).toBe(0);
    const p = { label: '一、', path: ['一、'], text: '', start: 0, end: 0 };
    const s = (path: string, subject: string, min: number) => ({ path, statement: { kind: 'fine' as const, subject, measure: '罚款', raw: '', min, max: min, unit: 'yuan' as const, provision: p, start: 0, end: 0 } });
    expect(conflictingGroups([s('a', '露天焚烧秸秆', 200), s('b', '露天焚烧秸秆', 200)])).toEqual([]); // they agree
    expect(conflictingGroups([s('a', '露天焚烧秸秆', 200), s('a', '露天焚烧秸秆', 500)])).toEqual([]); // one document
    expect(conflictingGroups([s('a', '露天焚烧秸秆', 200), s('b', '在露天焚烧农作物秸秆', 500), s('c', '燃放烟花爆竹', 100)])).toHaveLength(1);
  });
});

describe('check on a batch', () => {
  it('reports three documents fining the same conduct differently, each pointing at the others, in every format', async () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['check', join(FIXTURES, 'straw'), '-o', out, '--format', 'json,html,sarif,docx,text', '--no-cache']);
    expect(r.code).toBe(1);
    const report = read(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    const found = batchFindings(report);
    expect(found.map((x) => x.file).sort()).toEqual(['agriculture-straw-notice.txt', 'county-straw-measures.txt', 'township-straw-notice.txt']);
    for (const { file, f } of found) {
      expect(f).toMatchObject({ ruleId: QUANTITY_RULE, category: 'conflict', severity: 'warning' });
      expect(f.related.map((x) => x.document!.split('/').pop()).sort()).toEqual(found.map((x) => x.file).filter((x) => x !== file).sort());
      for (const rel of f.related) expect(f.message).toContain(rel.law);
    }
    const county = found.find((x) => x.file === 'county-straw-measures.txt')!.f;
    expect(county.location).toMatchObject({ label: '第三条', match: '处五百元罚款' });
    expect(county.message).toContain('《青山县柳河镇人民政府关于做好2024年秸秆禁烧工作的通告》（柳政通〔2024〕2号）第二项规定“处二百元罚款”');
    // The flood notice regulates nothing of the kind.
    expect(report.documents.find((d) => d.path.endsWith('county-flood-notice.txt'))!.findings.filter((f) => f.ruleId.startsWith('conflict/batch'))).toEqual([]);
    // Every format carries them.
    expect(r.stdout).toContain('同批文件对同一行为规定的罚款不一致');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('同批文件的相关规定');
    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8'));
    const res = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === QUANTITY_RULE);
    expect(res).toHaveLength(3);
    expect(res[0].relatedLocations).toHaveLength(2);
    const letter = (await mammoth.extractRawText({ buffer: readFileSync(join(out, 'opinions', 'county-straw-measures-审查意见书.docx')) })).value;
    expect(letter).toContain('同批文件对同一行为规定的罚款不一致');
  });

  it('reports documents relying on a document of the batch that lapsed or was repealed', () => {
    const out = join(tempDir(), 'out');
    const cache = join(tempDir(), 'cache');
    runCli(['check', join(FIXTURES, 'lapsed'), '-o', out, '--format', 'json', '--cache', cache, '-q']);
    const found = batchFindings(read(out));
    // Again on the same cache: every report now comes from the cache, and the digests the workers
    // sent with them the first time from the cache too.
    const again = join(tempDir(), 'out');
    runCli(['check', join(FIXTURES, 'lapsed'), '-o', again, '--format', 'json', '--cache', cache, '-q']);
    expect(read(again).summary).toEqual(read(out).summary);
    expect(batchFindings(read(again)).map(({ file, f }) => [file, f.message])).toEqual(found.map(({ file, f }) => [file, f.message]));
    expect(found.map(({ file, f }) => [file, f.ruleId, f.location.match, f.related[0]!.document!.split('/').pop()]).sort()).toEqual([
      ['sanitation-inspection-notice.txt', STALE_RULE, '《青山县农村环境卫生管理规定》', 'old-sanitation-rules.txt'],
      ['subsidy-procedure-notice.txt', STALE_RULE, '青政发〔2018〕3号', 'old-subsidy-measures.txt'],
    ]);
    const [sanitation, subsidy] = found.sort((a, b) => (a.file! < b.file! ? -1 : 1)).map((x) => x.f);
    expect(sanitation!.message).toBe('本文件引用的《青山县农村环境卫生管理规定》（青政发〔2019〕12号）已被同批《青山县农村人居环境整治办法》（青政发〔2023〕8号）废止（2023-06-01），不能再作为依据。');
    expect(subsidy!.message).toBe('本文件引用的《青山县农机购置补贴实施办法》（青政发〔2018〕3号）有效期已于 2022-12-31 届满，不能再作为依据。');
  });

  it('finds nothing across unrelated documents (the bundled samples)', () => {
    const out = join(tempDir(), 'out');
    runCli(['check', join(ROOT, 'corpus', 'samples'), '-o', out, '--format', 'json', '--no-cache', '-q']);
    const report = read(out);
    expect(report.documents).toHaveLength(10);
    expect(batchFindings(report)).toEqual([]);
  });
});
