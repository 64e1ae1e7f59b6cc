// beishen inspect <file> [--format text|json]: metadata and outline of one document, so a reviewer
// (or a rule author) can see how beishen read it. JSON carries the text so offsets can be verified.
import { ISSUER_LEVEL_NAMES, type DocMeta, type OutlineNode, type StructuredDocument } from '../model/types.ts';
import { escapeName } from '../batch/display-path.ts';
import { parseCheckArgs } from './check-args.ts';
import { EXIT_OK, EXIT_UNREADABLE } from './exit-codes.ts';
import { UsageError, parseCommandArgs, reportingUsageErrors } from './args.ts';

export const USAGE = '用法：beishen inspect <文件> [--format text|json] [--timeout SEC] [--max-size SIZE] [--max-memory MB]\n';

async function inspect(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    timeout: { type: 'string' }, 'max-size': { type: 'string' }, 'max-memory': { type: 'string' },
  });
  if (values.help) { process.stdout.write(USAGE); return EXIT_OK; }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? '一次只能查看一个文件。' : '缺少要查看的文件。');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`不支持的输出格式：${format}（可选：text, json）`);
  const file = positionals[0]!;
  // The same guards as check: a regular file read up to --max-size, parsed in a worker process with
  // the time and memory limits (the option values are validated as check validates them).
  const limits = parseCheckArgs([file, ...(['timeout', 'max-size', 'max-memory'] as const).flatMap((k) => (values[k] === undefined ? [] : [`--${k}`, values[k]!]))]);
  const { parseGuarded } = await import('../batch/parse-guarded.ts');
  const r = await parseGuarded(file, { timeoutMs: limits.timeoutSeconds * 1000, maxBytes: limits.maxBytes, maxMemoryMb: limits.maxMemoryMb });
  if (!r.ok) {
    process.stderr.write(`${escapeName(file)}：${r.error.message}\n`);
    return EXIT_UNREADABLE;
  }
  const text = r.parsed.ingest.text;
  const notes = r.parsed.ingest.notes;
  const quality: { status: string; reason?: string } = r.parsed.ingest.quality;
  const doc = r.parsed.doc;
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ path: escapeName(file), meta: doc.meta, bodyStart: doc.bodyStart ?? 0, quality, notes, outline: doc.outline, provisions: doc.provisions, text }, null, 2) + '\n');
  } else {
    process.stdout.write(renderText(escapeName(file), doc, notes, quality));
  }
  return quality.status === 'ok' ? EXIT_OK : EXIT_UNREADABLE;
}

const KIND_NAMES: Record<string, string> = {
  'people-congress': '人大及其常委会', government: '人民政府', 'general-office': '政府办公厅（室）', department: '政府工作部门',
  'internal-unit': '内设机构', 'coordination-body': '议事协调机构', court: '法院', procuratorate: '检察院', other: '其他',
};

function metaLines(m: DocMeta): string[] {
  const v = (x: string | number | null | undefined) => (x === null || x === undefined || x === '' ? '（未识别）' : String(x));
  const out = [
    `标题：${v(m.title)}`,
    ...(m.attachedTitle ? [`所印发文件：${m.attachedTitle}`] : []),
    `文号：${v(m.docNumber)}`,
    `文种：${v(m.docType)}${m.wrapperDocType ? `（以${m.wrapperDocType}印发）` : ''}${m.provisional ? `，${m.provisional}` : ''}`,
    `制定机关：${m.issuers.length ? m.issuers.map((i) => `${i.name}（${i.level ? ISSUER_LEVEL_NAMES[i.level] : '层级未识别'}，${KIND_NAMES[i.kind]}）`).join('；') : '（未识别）'}`,
    `成文日期：${v(m.issuedOn)}`,
    ...(m.publishedOn ? [`印发/公布日期：${m.publishedOn}`] : []),
    `施行日期：${v(m.effectiveOn)}`,
    `有效期：${m.validityText ? `${m.validityText}` : '（未写明）'}${m.validUntil ? `，至 ${m.validUntil}` : ''}`,
    `页数：${v(m.pages)}`,
  ];
  return out;
}

function outlineLines(node: OutlineNode, depth: number, out: string[]): void {
  for (const c of node.children) {
    const first = c.text.split('\n')[0]!.replace(/\s+/g, ' ');
    const preview = first.length > 40 ? `${first.slice(0, 40)}…` : first;
    const page = c.page ? ` p${c.page}` : '';
    out.push(`${'  '.repeat(depth)}${c.kind} ${c.label} [${c.start}-${c.end}${page}] ${preview}`);
    const paras = c.children.filter((p) => p.kind === 'paragraph');
    // an article with a single 款 shows its items directly
    if (c.kind === 'article' && paras.length === 1 && c.children.length === 1) outlineLines(paras[0]!, depth + 1, out);
    else outlineLines(c, depth + 1, out);
  }
}

function renderText(file: string, doc: StructuredDocument, notes: string[], quality: { status: string; reason?: string }): string {
  const out = [`文件：${file}`, ...metaLines(doc.meta)];
  if (quality.status !== 'ok') out.push(`文字质量：${quality.status === 'garbled' ? '乱码，不能审查' : '没有可提取的文字'}${quality.reason ? `（${quality.reason}）` : ''}`);
  for (const n of notes) out.push(`说明：${n}`);
  out.push('', '结构：');
  outlineLines(doc.outline, 1, out);
  out.push('', `审查单元（${doc.provisions.length} 个）：`);
  for (const p of doc.provisions) {
    const parts = p.parts?.length ? `（含 ${p.parts.map((x) => x.label).join('、')}）` : '';
    out.push(`  ${p.label}${parts} [${p.start}-${p.end}]`);
  }
  return out.join('\n') + '\n';
}

export function runInspect(args: string[]): Promise<number> {
  return reportingUsageErrors('inspect', () => inspect(args));
}
