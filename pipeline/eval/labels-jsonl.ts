// A labelled set of real documents in the reviewers' format (../shared/dev-corpus):
//   docs/NNN_slug.txt                 the documents, unedited
//   labels.jsonl                      {"file", "clean", "findings": [{category, quote, why, basis}], "doubtful": [...]}
//   SOURCES.tsv                       file, address, issuer, issuer level, doc type, date, completeness, description
// Labels locate a problem by an exact quote of the document rather than by provision, and name the
// basis in free form (label-basis.ts). The documents whose number is divisible by 3 are the held-out
// third: they are evaluated only when asked for by --split holdout (or all).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, ISSUER_LEVELS, type Category, type IssuerLevel } from '../model/types.ts';
import { GoldSetError, type GoldDoc, type GoldLabel } from './gold.ts';
import { parseLabelBasis } from './label-basis.ts';

export type Split = 'dev' | 'holdout' | 'all';

export const LABELS_FILE = 'labels.jsonl';

export function isLabelsJsonlSet(dir: string): boolean {
  return existsSync(join(dir, LABELS_FILE));
}

interface RawLabel {
  file: string;
  clean: boolean;
  findings: { category: string; quote: string; why?: string; basis?: string }[];
  doubtful?: string[];
}

/** "NNN_slug.txt" → NNN; the held-out third is NNN % 3 === 0. */
export function documentNumber(file: string): number | null {
  const m = /^(\d+)_/.exec(file);
  return m ? Number(m[1]) : null;
}

export function splitOf(file: string): 'dev' | 'holdout' {
  const n = documentNumber(file);
  return n !== null && n % 3 === 0 ? 'holdout' : 'dev';
}

/**
 * The clauses a "doubtful" note quotes, wherever in the note ('…', ‘…’, “…”, "…"): "国有林业局发布通告'坚决
 * 禁止非生产人员入山','入山必须经主管部门批准',……存疑" names two. A quote the reviewer shortened with …
 * or ... stands for its pieces (each of four characters or more: shorter ones would mark common words).
 * [] when the note quotes nothing.
 */
export function doubtfulQuotes(note: string): string[] {
  const out: string[] = [];
  for (const m of note.matchAll(/'([^']{2,})'|‘([^’]{2,})’|“([^”]{2,})”|"([^"]{2,})"/g)) {
    const quote = (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim();
    const pieces = quote.split(/\.{3,}|…+/).map((p) => p.trim());
    if (pieces.length === 1) out.push(quote);
    else out.push(...pieces.filter((p) => p.length >= 4));
  }
  return out;
}

function readSources(dir: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const path = join(dir, 'SOURCES.tsv');
  if (!existsSync(path)) return out;
  const [head, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const cols = head!.split('\t');
  for (const row of rows) {
    const cells = row.split('\t');
    const rec: Record<string, string> = {};
    cols.forEach((c, i) => { rec[c] = cells[i] ?? ''; });
    if (rec.file) out.set(rec.file, rec);
  }
  return out;
}

/** A YYYY-MM-DD (or YYYY-MM, YYYY) date out of the sources' free-form date column. */
function sourceDate(s: string | undefined): string | undefined {
  const m = /((?:19|20)\d\d)(?:[-年./](\d{1,2}))?(?:[-月./](\d{1,2}))?/.exec(s ?? '');
  if (!m) return undefined;
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

export function loadLabelsJsonl(dir: string, split: Split = 'dev'): GoldDoc[] {
  const problems: string[] = [];
  const sources = readSources(dir);
  const docs: GoldDoc[] = [];
  const lines = readFileSync(join(dir, LABELS_FILE), 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: RawLabel;
    try {
      raw = JSON.parse(line) as RawLabel;
    } catch (e) {
      problems.push(`${LABELS_FILE}:${i + 1}: JSON 无法解析：${(e as Error).message}`);
      return;
    }
    if (typeof raw.file !== 'string' || typeof raw.clean !== 'boolean' || !Array.isArray(raw.findings)) {
      problems.push(`${LABELS_FILE}:${i + 1}: 缺少 file、clean 或 findings`);
      return;
    }
    const docSplit = splitOf(raw.file);
    if (split !== 'all' && docSplit !== split) return;
    const path = join(dir, 'docs', raw.file);
    if (!existsSync(path)) problems.push(`${LABELS_FILE}:${i + 1}: 找不到所标注的文件 docs/${raw.file}`);
    const expected: GoldLabel[] = [];
    for (const f of raw.findings) {
      if (!(CATEGORIES as readonly string[]).includes(f.category)) {
        problems.push(`${LABELS_FILE}:${i + 1}: 未知类别 ${f.category}`);
        continue;
      }
      const label: GoldLabel = { category: f.category as Category, anchor: f.quote };
      if (f.basis) {
        label.basisText = f.basis;
        label.bases = parseLabelBasis(f.basis);
      }
      if (f.why) label.why = f.why;
      expected.push(label);
    }
    const src = sources.get(raw.file) ?? {};
    const level = src['issuer level'];
    const doc: GoldDoc = {
      sidecar: `${LABELS_FILE}:${i + 1}`,
      document: raw.file,
      path,
      clean: raw.clean,
      issuer: {
        name: src.issuer ?? '',
        level: (ISSUER_LEVELS as readonly string[]).includes(level ?? '') ? level as IssuerLevel : null,
      },
      expected,
      split: docSplit,
      complete: src.completeness ? src.completeness === 'complete' : undefined,
      doubtful: (raw.doubtful ?? []).flatMap(doubtfulQuotes),
    };
    const date = sourceDate(src.date);
    if (date) doc.date = date;
    docs.push(doc);
  });
  if (problems.length) throw new GoldSetError(problems);
  if (!docs.length) throw new GoldSetError([`${dir} 中没有属于 ${split} 部分的标注文件`]);
  return docs;
}
