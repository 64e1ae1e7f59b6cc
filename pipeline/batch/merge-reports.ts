// Combine the report.json files of a sharded run (--shard i/n) into one report, as if the whole
// batch had been checked at once: documents in path order, summary recomputed, duplicate notes
// recomputed across shards. Reports from different tool versions or rule sets are refused — their
// findings are not comparable — and so is a document that appears in two reports.
import { summarize } from '../engine/build-report.ts';
import type { DocumentReport, RunReport } from '../model/types.ts';
import { duplicateNote } from './run-batch.ts';

export class MergeError extends Error {}

export interface NamedReport {
  file: string;
  report: RunReport;
}

const DUPLICATE_NOTE = new RegExp('^' + escapeRegex(duplicateNote('\u0000')).replace('\u0000', '.+') + '$');

export function mergeReports(inputs: NamedReport[], now = new Date()): RunReport {
  if (inputs.length === 0) throw new MergeError('请指定要合并的 report.json 文件。');
  const [first] = inputs;
  for (const { file, report } of inputs) {
    if (report?.schemaVersion !== 1 || !Array.isArray(report.documents)) {
      throw new MergeError(`${file} 不是 beishen 的 report.json（schemaVersion 1）。`);
    }
    if (report.tool.name !== first.report.tool.name || report.tool.version !== first.report.tool.version) {
      throw new MergeError(`不能合并：${file} 由 ${report.tool.name} ${report.tool.version} 生成，而 ${first.file} 由 ${first.report.tool.name} ${first.report.tool.version} 生成。各分片须使用同一版本。`);
    }
    const a = report.ruleset;
    const b = first.report.ruleset;
    if (a.hash !== b.hash || a.id !== b.id || a.version !== b.version) {
      throw new MergeError(`不能合并：${file} 使用的规则集（${a.id}@${a.version}，hash ${a.hash.slice(0, 12)}）与 ${first.file}（${b.id}@${b.version}，hash ${b.hash.slice(0, 12)}）不同。各分片须使用同一规则集和法规库。`);
    }
    if ((report.lawBase?.asOf ?? '') !== (first.report.lawBase?.asOf ?? '')) {
      throw new MergeError(`不能合并：${file} 与 ${first.file} 的审查基准日（--as-of）不同。`);
    }
  }
  const seen = new Map<string, string>();
  const documents: DocumentReport[] = [];
  for (const { file, report } of inputs) {
    for (const d of report.documents) {
      const other = seen.get(d.path);
      if (other !== undefined) {
        throw new MergeError(other === file
          ? `不能合并：${file} 中文件 ${d.path} 出现了两次。`
          : `不能合并：文件 ${d.path} 同时出现在 ${other} 和 ${file} 中（分片是否重叠？）。`);
      }
      seen.set(d.path, file);
      documents.push(d);
    }
  }
  documents.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const merged = renoteDuplicates(documents);
  return {
    schemaVersion: 1,
    tool: first.report.tool,
    ruleset: first.report.ruleset,
    generatedAt: now.toISOString(),
    ...(first.report.lawBase ? { lawBase: first.report.lawBase } : {}),
    summary: summarize(merged),
    documents: merged,
  };
}

/** Duplicate notes as one unsharded run would write them: on every copy after the first, by path order. */
function renoteDuplicates(documents: DocumentReport[]): DocumentReport[] {
  const firstBySha = new Map<string, string>();
  return documents.map((d) => {
    const kept = d.notes?.filter((n) => !DUPLICATE_NOTE.test(n));
    const { notes: _old, ...rest } = d;
    const out: DocumentReport = kept && kept.length ? { ...d, notes: kept } : { ...rest };
    if (!d.sha256) return out;
    const first = firstBySha.get(d.sha256);
    if (first === undefined) {
      firstBySha.set(d.sha256, d.path);
      return out;
    }
    return { ...out, notes: [...(out.notes ?? []), duplicateNote(first)] };
  });
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
