// Combine the report.json files of a sharded run (--shard i/n) into one report, as if the whole
// batch had been checked at once: documents in path order, summary recomputed, duplicate notes
// recomputed across shards. Reports from different tool versions or rule sets are refused — their
// findings are not comparable — and so is a document that appears in two reports. The shards of one
// run must all be there, from the same inputs spelled the same way (a file's shard is a hash of its
// path as shown): an incomplete or mixed set is refused unless the caller allows a partial merge,
// and the merged report then says which shards it holds.
import { summarize } from '../engine/build-report.ts';
import type { DocumentReport, RunInputs, RunReport } from '../model/types.ts';
import { duplicateNote } from './run-batch.ts';

export class MergeError extends Error {}

export interface NamedReport {
  file: string;
  report: RunReport;
}

const DUPLICATE_NOTE = new RegExp('^' + escapeRegex(duplicateNote('\u0000')).replace('\u0000', '.+') + '$');

export function mergeReports(inputs: NamedReport[], now = new Date(), opts: { allowPartial?: boolean } = {}): RunReport {
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
  const runInputs = checkShards(inputs, opts.allowPartial ?? false);
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
  const skipped = inputs.flatMap(({ report }) => report.skipped ?? []).sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return {
    schemaVersion: 1,
    tool: first.report.tool,
    ruleset: first.report.ruleset,
    generatedAt: now.toISOString(),
    ...(first.report.lawBase ? { lawBase: first.report.lawBase } : {}),
    summary: summarize(merged),
    // In the order `check` writes them: documents come last there (written as they stream).
    ...(skipped.length ? { skipped } : {}),
    ...(runInputs ? { inputs: runInputs } : {}),
    documents: merged,
  };
}

/**
 * Shards (reports with inputs.shard) must be one complete set: the same count, each index once, the
 * same inputs as given. Reports of separate unsharded runs merge as before. Returns the merged
 * report's inputs (undefined when some report does not record its inputs).
 */
function checkShards(inputs: NamedReport[], allowPartial: boolean): RunInputs | undefined {
  const sharded = inputs.filter(({ report }) => report.inputs?.shard);
  if (sharded.length === 0) {
    if (inputs.some(({ report }) => !report.inputs)) return undefined;
    const given = [...new Set(inputs.flatMap(({ report }) => report.inputs!.given))];
    const roots = [...new Set(inputs.flatMap(({ report }) => report.inputs!.roots))];
    return { given, roots, shard: null };
  }
  const [first] = sharded;
  const ref = first!.report.inputs!;
  const problems: string[] = [];
  const unsharded = inputs.filter(({ report }) => !report.inputs?.shard).map(({ file }) => file);
  if (unsharded.length) problems.push(`${unsharded.join('、')} 不是分片（没有 --shard）的报告`);
  for (const { file, report } of sharded) {
    const i = report.inputs!;
    if (i.shard!.count !== ref.shard!.count) problems.push(`${file} 是 ${i.shard!.count} 个分片之一，而 ${first!.file} 是 ${ref.shard!.count} 个分片之一`);
    if (JSON.stringify(i.given) !== JSON.stringify(ref.given) || JSON.stringify(i.roots) !== JSON.stringify(ref.roots)) {
      problems.push(`${file} 检查的输入（${i.given.join(' ')}）与 ${first!.file}（${ref.given.join(' ')}）写法不同：分片按路径的写法划分，须用完全相同的输入参数`);
    }
  }
  const count = ref.shard!.count;
  const present = sharded.map(({ report }) => report.inputs!.shard!.index).sort((a, b) => a - b);
  const twice = present.filter((x, k) => present[k - 1] === x);
  if (twice.length) problems.push(`分片 ${[...new Set(twice)].join('、')}/${count} 出现了不止一次`);
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !present.includes(k));
  const mismatched = problems.length > 0;
  if (missing.length && !allowPartial) problems.push(`缺少分片 ${missing.map((k) => `${k}/${count}`).join('、')}（只合并已有分片时请加 --allow-partial）`);
  if (problems.length && (mismatched || !allowPartial)) throw new MergeError(`不能合并：${problems.join('；')}。`);
  return {
    given: ref.given, roots: ref.roots, shard: null,
    ...(missing.length ? { partial: { count, present: [...new Set(present)] } } : {}),
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
