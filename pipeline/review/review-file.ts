// Review memory (beishen-review.yaml): the reviewer's decision on each finding — 属实 (accepted), 不是问题
// (not-a-problem), 已纠正 (corrected) — with reason, reviewer and date, keyed by the finding's fingerprint
// and the document's path. Fingerprints are built from rule, provision and matched words, not offsets,
// so a decision survives edits elsewhere in the document and re-runs with other rules.
import { readFileSync } from 'node:fs';
import type { Ajv } from 'ajv';
import { ajvLib, yamlLib } from '../model/on-demand.ts';
import type { FindingReview, ReviewStatus } from '../model/types.ts';
import { UserError } from '../model/user-error.ts';
import { readUserText } from '../model/user-file.ts';

export const REVIEW_FILE = 'beishen-review.yaml';

export interface ReviewEntry extends FindingReview {
  id: string;
  document: string;
  rule?: string;
  match?: string;
}

export class ReviewFileError extends UserError {}

const SCHEMA = JSON.parse(readFileSync(new URL('./review-file.schema.json', import.meta.url), 'utf8'));
let validate: ReturnType<Ajv['compile']> | undefined;

export function parseReviewFile(text: string, source: string): ReviewEntry[] {
  let data: unknown;
  try {
    data = yamlLib().parse(text) ?? { reviews: [] };
  } catch (e) {
    throw new ReviewFileError(`审查记录 ${source} 不是有效的 YAML：${(e as Error).message.split('\n')[0]}`);
  }
  validate ??= new (ajvLib().Ajv)({ allErrors: true, strict: false }).compile(SCHEMA);
  if (!validate(data)) {
    const errs = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '（顶层）'} ${e.message}`);
    throw new ReviewFileError(`审查记录 ${source} 有误：${errs.join('；')}（status 只能是 accepted、not-a-problem、corrected）`);
  }
  return ((data as { reviews: ReviewEntry[] | null }).reviews ?? []).map((r) => ({ ...r, date: r.date === undefined ? undefined : String(r.date) }));
}

export async function loadReviewFile(path: string): Promise<ReviewEntry[]> {
  return parseReviewFile(await readUserText(path, '审查记录', ReviewFileError), path);
}

/** Decisions by document path and fingerprint; the last entry for a finding wins (the file is appended to). */
export class ReviewMemory {
  private readonly byKey = new Map<string, ReviewEntry>();

  constructor(entries: ReviewEntry[]) {
    for (const e of entries) this.byKey.set(`${e.document}\u0000${e.id}`, e);
  }

  get size(): number {
    return this.byKey.size;
  }

  lookup(document: string, id: string): FindingReview | undefined {
    const e = this.byKey.get(`${document}\u0000${id}`);
    if (!e) return undefined;
    const out: FindingReview = { status: e.status };
    if (e.reason) out.reason = e.reason;
    if (e.reviewer) out.reviewer = e.reviewer;
    if (e.date) out.date = e.date;
    return out;
  }
}

const HEADER = `# 备审 beishen 审查记录：每项是对报告中一个问题的复核结论，check --review 时在各种格式中标出。
# status：accepted（属实）、not-a-problem（不是问题，不再计入退出码）、corrected（已纠正）
# id 是问题指纹（report.json 中的 finding.id），document 是报告中的文件路径。
`;

/** The file's text for these entries (the HTML report's export writes the same). */
export function formatReviewFile(entries: ReviewEntry[]): string {
  const clean = entries.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined && v !== '')));
  return HEADER + yamlLib().stringify({ reviews: clean }, { lineWidth: 0 });
}

export function isReviewStatus(s: string): s is ReviewStatus {
  return s === 'accepted' || s === 'not-a-problem' || s === 'corrected';
}
