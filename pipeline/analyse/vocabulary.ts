// The legal vocabulary (rules/vocab/*.yaml): lists of the measures, forms of licence, kinds of money,
// selection criteria and kinds of support that normative documents use, each anchored to the article
// that defines the list, each entry with the real wordings it is written in. Rules refer to entries
// (`measure: fine`, `terms: {vocab: hukou}`) instead of spelling words out; the analysis stage finds
// every mention once per document.
import { requiredLiterals } from '../rules/regex-literals.ts';
import { compileForm, FormError, MACROS } from './grammar.ts';

export interface VocabAnchor {
  law: string;
  article: string;
  /** Words of the article that name the list or the entry (checked against the corpus by `rules lint`). */
  quote: string;
}

export interface VocabForm {
  form: string;
  /** The real document wording this form was written from (where it was seen, in a few words). */
  from: string;
}

export interface VocabEntry {
  id: string;
  /** The entry's own name as the law writes it (罚款, 扣押财物, 行政许可 …). */
  name: string;
  anchor?: VocabAnchor;
  forms: VocabForm[];
  /** Words before or after a form that make it something else ("罚没收入" is revenue, not 没收). */
  notBefore?: string[];
  notAfter?: string[];
  /** Other names it goes by as an item of a run of measures ({list:ID}): 拘留 for 行政拘留. */
  listedAs?: string[];
  note?: string;
}

export interface VocabList {
  id: string;
  title: string;
  /** penalty | coercion | enforcement | licence | money | criterion | support | … */
  family: string;
  anchor: VocabAnchor;
  entries: VocabEntry[];
  note?: string;
}

export interface CompiledEntry {
  list: string;
  family: string;
  entry: VocabEntry;
  re: RegExp;
  /** Words one of which every match contains (null: no such words could be derived). */
  literals: string[] | null;
}

/** The family of conduct wordings: a notice's words for what an article names ("冥纸、冥币" for 封建迷信
 *  殡葬用品). They are not measures: frames read them to compare a clause's conduct with an article's. */
export const CONDUCT_FAMILY = 'conduct';

/** The families of sanctions (penalties, coercive measures, enforcement): measures that follow the conduct they
 *  sanction, as an approval precedes the activity it allows. */
export const SANCTION_FAMILIES: ReadonlySet<string> = new Set(['penalty', 'coercion', 'enforcement']);

export interface CompiledVocabulary {
  lists: VocabList[];
  /** The measures, licences, charges, criteria and support — every family but conduct. */
  entries: CompiledEntry[];
  /** Conduct wordings, each entry named by the article's own term. */
  conduct: CompiledEntry[];
  byId: Map<string, CompiledEntry>;
  /** Entries of a list or family id. */
  ofGroup(id: string): CompiledEntry[];
  hash: string;
}

export class VocabularyError extends Error {
  constructor(public readonly problems: { list: string; entry?: string; message: string }[]) {
    super(problems.map((p) => `${p.list}${p.entry ? `/${p.entry}` : ''}: ${p.message}`).join('\n'));
    this.name = 'VocabularyError';
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names an entry may be listed under in a {list:ID} slot ("警告、罚款、没收违法所得"). */
function namesOf(list: VocabList): string {
  const names = new Set<string>();
  for (const e of list.entries) {
    names.add(e.name);
    for (const n of e.listedAs ?? []) names.add(n);
    for (const f of e.forms) if (/^[\u4e00-\u9fa5（）]+$/.test(f.form.trim())) names.add(f.form.trim());
  }
  return [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
}

export function compileVocabulary(lists: VocabList[], hash = ''): CompiledVocabulary {
  const problems: VocabularyError['problems'] = [];
  const listById = new Map(lists.map((l) => [l.id, l]));
  // {list:ID} stands for a run of that list's names with their separators: "警告、罚款、" before "没收".
  // A name may carry its quantity, as laws and notices list penalties: "处一千元以下罚款、十五日以下拘留",
  // "处五百元以下罚款或者五日以下拘留".
  const listSource = (id: string) => {
    const l = listById.get(id);
    if (!l) return undefined;
    return `(?:(?:(?:${MACROS.qty})\\s*的?\\s*)?(?:${namesOf(l)})\\s*(?:[、，,和及或并]|以及|或者)\\s*){0,4}`;
  };
  const entries: CompiledEntry[] = [];
  const byId = new Map<string, CompiledEntry>();
  for (const list of lists) {
    for (const entry of list.entries) {
      if (byId.has(entry.id)) { problems.push({ list: list.id, entry: entry.id, message: '词条 id 重复' }); continue; }
      let sources: string[];
      try {
        sources = entry.forms.map((f) => compileForm(f.form, listSource));
      } catch (e) {
        problems.push({ list: list.id, entry: entry.id, message: e instanceof FormError ? e.message : String(e) });
        continue;
      }
      const before = entry.notBefore?.length ? `(?<!${entry.notBefore.map(escape).join('|')})` : '';
      const after = entry.notAfter?.length ? `(?!${entry.notAfter.map(escape).join('|')})` : '';
      const re = new RegExp(`${before}(?:${sources.join('|')})${after}`, 'g');
      // A document holding none of the words every form needs is not searched for the entry.
      const c: CompiledEntry = { list: list.id, family: list.family, entry, re, literals: requiredLiterals(`(?:${sources.join('|')})`) };
      entries.push(c);
      byId.set(entry.id, c);
    }
  }
  if (problems.length) throw new VocabularyError(problems);
  const groups = new Map<string, CompiledEntry[]>();
  for (const c of entries) {
    for (const key of [c.list, c.family]) {
      const g = groups.get(key) ?? [];
      g.push(c);
      groups.set(key, g);
    }
  }
  return {
    lists, byId, hash,
    entries: entries.filter((e) => e.family !== CONDUCT_FAMILY),
    conduct: entries.filter((e) => e.family === CONDUCT_FAMILY),
    ofGroup: (id) => groups.get(id) ?? (byId.has(id) ? [byId.get(id)!] : []),
  };
}
