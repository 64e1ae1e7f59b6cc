// Documents of a batch that rely on another document of the same batch which is no longer in force:
// its validity ended before the run (有效期至), or a document of the batch repealed it ("《……》
// （青政发〔2018〕3号）同时废止"). A document refers to another by its 文号 or by its title in 《》.
// Each document is reduced on its own to its 文号 and 《title》 mentions (cacheable: it does not depend on
// the batch); the batch's 文号 and titles (from the reports) then say which of them name its documents.
import { parseDocNumber } from '../structure/meta-docnumber.ts';
import { DOC_NUMBER, DOC_NUMBER_FROM_BRACKET, DOC_NUMBER_PREFIX_MAX } from '../structure/patterns.ts';
import type { DocMeta, Provision, StructuredDocument } from '../model/types.ts';

export interface BatchEntry {
  path: string;
  meta: DocMeta;
}

export interface BatchIndex {
  byNumber: Map<string, BatchEntry>;
  byTitle: Map<string, BatchEntry>;
}

export interface Mention {
  from: BatchEntry;
  to: BatchEntry;
  provision: Provision | null;
  start: number;
  end: number;
  raw: string;
  /** The words after it repeal it ("……同时废止"). */
  repeals: boolean;
}

export interface StaleReference extends Mention {
  why: { kind: 'expired'; on: string } | { kind: 'repealed'; by: BatchEntry; on: string | null };
  /** The first provision of the document relied on (where its finding's related entry points). */
}

const DOC_NUMBER_G = new RegExp(DOC_NUMBER.source, 'g');
const FROM_BRACKET_G = new RegExp(DOC_NUMBER_FROM_BRACKET.source, 'g');
const BLANK = /\s/;

/**
 * Every match of DOC_NUMBER in the text, as text.matchAll would give them. DOC_NUMBER opens with a lazy run of
 * up to 14 name characters, which the regex tries from every character of the text; a 文号 cannot start more
 * than that run (and the blanks after it) before its bracketed year, so the search starts there, at each
 * bracketed year in turn. (A match found from there is the leftmost one: no 文号 starts before the window of
 * the first bracketed year not yet passed, and each match ends beyond the bracket that let it be looked for.)
 */
export function docNumbersIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  FROM_BRACKET_G.lastIndex = 0;
  for (let y = FROM_BRACKET_G.exec(text); y; y = FROM_BRACKET_G.exec(text)) {
    let start = y.index;
    while (start > 0 && BLANK.test(text[start - 1]!)) start--;
    DOC_NUMBER_G.lastIndex = Math.max(from, start - DOC_NUMBER_PREFIX_MAX);
    const m = DOC_NUMBER_G.exec(text);
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
    if (FROM_BRACKET_G.lastIndex < from) FROM_BRACKET_G.lastIndex = from;
  }
  return out;
}
const REPEAL_AFTER = /^\s*(?:同时|一并|予以|即行|相应)?\s*(?:废止|停止执行|不再执行|失效)/;

export function indexBatch(entries: BatchEntry[]): BatchIndex {
  const byNumber = new Map<string, BatchEntry>();
  const byTitle = new Map<string, BatchEntry>();
  for (const e of entries) {
    if (e.meta.docNumber) byNumber.set(e.meta.docNumber, e);
    // A 印发 notice is cited by the title of what it issues.
    const issued = /(?:印发|发布|公布)《(.+)》的(?:通知|决定|公告)$/.exec(e.meta.title ?? '')?.[1];
    for (const t of [e.meta.title, e.meta.attachedTitle, issued]) if (t) byTitle.set(t, e);
  }
  return { byNumber, byTitle };
}

function dateOf(m: DocMeta): string | null {
  return m.publishedOn ?? m.issuedOn ?? m.effectiveOn ?? null;
}

/** Is the mention a repeal? The words right after it (past a bracketed 文号 or 《title》) say so. */
function repeals(text: string, end: number): boolean {
  const after = text.slice(end, end + 60).replace(/^[）)]/, '').replace(/^\s*[（(][^）)]{0,30}[）)]/, '').replace(/^\s*《[^》]{0,80}》/, '').replace(/^\s*[（(][^）)]{0,30}[）)]/, '');
  return REPEAL_AFTER.test(after);
}

/** A 文号 or 《title》 in a document's body: what it might be a mention of, before the batch is known. */
export interface RawMention {
  start: number;
  end: number;
  raw: string;
  number: string | null; // normalised 文号
  title: string | null;
  provision: Provision | null;
  repeals: boolean;
}

/** Every 文号 and 《title》 in a document's body (its own 文号 and title head the text and are skipped). */
export function rawMentions(text: string, doc: StructuredDocument): RawMention[] {
  const out: RawMention[] = [];
  const provisionAt = (at: number) => doc.provisions.find((p) => p.start <= at && at < p.end) ?? null;
  const body = doc.bodyStart ?? 0;
  for (const m of docNumbersIn(text)) {
    const n = parseDocNumber(m[0]);
    if (m.index! < body || !n) continue;
    const end = m.index! + m[0].length;
    out.push({ start: m.index!, end, raw: m[0], number: n.text, title: null, provision: provisionAt(m.index!), repeals: repeals(text, end) });
  }
  for (const m of text.matchAll(/《([^》]{4,80})》/g)) {
    if (m.index! < body) continue;
    const end = m.index! + m[0].length;
    out.push({ start: m.index!, end, raw: m[0], number: null, title: m[1]!, provision: provisionAt(m.index!), repeals: repeals(text, end) });
  }
  return out;
}

/** The raw mentions that name another document of the batch (a title next to the same document's 文号 counts once). */
export function resolveMentions(from: BatchEntry, raws: RawMention[], index: BatchIndex): Mention[] {
  const out: Mention[] = [];
  for (const r of raws) {
    const to = r.number ? index.byNumber.get(r.number) : index.byTitle.get(r.title!);
    if (!to || to.path === from.path) continue;
    if (!r.number && out.some((x) => x.to === to && Math.abs(x.start - r.start) < 100)) continue;
    out.push({ from, to, provision: r.provision, start: r.start, end: r.end, raw: r.raw, repeals: r.repeals });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The mentions of documents that had lapsed or were repealed: one per document relied on and provision. */
export function staleReferences(mentions: Mention[], asOf: string): StaleReference[] {
  const repealedBy = new Map<string, BatchEntry>();
  for (const m of mentions) if (m.repeals) repealedBy.set(m.to.path, m.from);
  const out: StaleReference[] = [];
  for (const m of mentions) {
    if (m.repeals) continue; // the repealing document itself
    const by = repealedBy.get(m.to.path);
    let why: StaleReference['why'] | null = null;
    if (by && by.path !== m.from.path) why = { kind: 'repealed', by, on: dateOf(by.meta) };
    else if (m.to.meta.validUntil && m.to.meta.validUntil < asOf) why = { kind: 'expired', on: m.to.meta.validUntil };
    if (!why) continue;
    if (out.some((x) => x.from === m.from && x.to === m.to && x.provision === m.provision)) continue;
    out.push({ ...m, why });
  }
  return out;
}
