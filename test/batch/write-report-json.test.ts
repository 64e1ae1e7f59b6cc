import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseReport } from '../../pipeline/batch/report-digest.ts';
import { writeReportJsonStreaming } from '../../pipeline/batch/write-report-json.ts';
import { buildRunReport } from '../../pipeline/engine/build-report.ts';
import { emptyMeta, type DocumentReport } from '../../pipeline/model/types.ts';
import { renderJson } from '../../reports/json.ts';

function doc(path: string, withFinding: boolean): DocumentReport {
  return {
    path, sha256: 'a'.repeat(64), format: 'docx', status: 'ok',
    meta: { ...emptyMeta(), title: '关于印发《某某县农贸市场管理办法》的通知', issuers: [{ name: '某某县人民政府', level: 'county', kind: 'government' }] },
    findings: withFinding ? [{
      id: 'f0123456789', ruleId: 'penalty/x', category: 'penalty', severity: 'error', title: '设定罚款',
      message: '本条设定了罚款“处二千元罚款”。', suggestion: '删除。', related: [],
      location: { label: '第五条', path: ['第五条'], start: 10, end: 17, text: '第五条 违反的，处二千元罚款。\n"引号"\\', match: '处二千元罚款' },
      basis: [{ law: '中华人民共和国行政处罚法', lawId: 'x', version: '2021-01-22', article: '第十六条', text: '除法律、法规、规章外，其他规范性文件不得设定行政处罚。' }],
    }] : [],
    ...(withFinding ? { notes: ['已接受修订 3 处'] } : {}),
  };
}

async function* each<T>(items: T[]) {
  for (const i of items) yield i;
}

describe('streaming report.json', () => {
  const ruleset = { id: 'r', version: '1', hash: 'h', rules: [] };
  for (const docs of [[], [doc('a.docx', true)], [doc('a.docx', true), doc('b.pdf', false), doc('c/d.txt', true)]]) {
    it(`writes exactly the bytes of renderJson (${docs.length} documents)`, async () => {
      const report = buildRunReport(docs, ruleset, new Date('2026-01-01T00:00:00Z'));
      const { documents, ...head } = report;
      const path = join(mkdtempSync(join(tmpdir(), 'beishen-json-')), 'report.json');
      await writeReportJsonStreaming(path, head, each(documents));
      expect(readFileSync(path, 'utf8')).toBe(renderJson(report));
      // Reports already serialised (as workers send them) give the same bytes.
      const path2 = join(mkdtempSync(join(tmpdir(), 'beishen-json-')), 'report.json');
      await writeReportJsonStreaming(path2, head, each(documents.map(serialiseReport)));
      expect(readFileSync(path2, 'utf8')).toBe(renderJson(report));
    });
  }
});
