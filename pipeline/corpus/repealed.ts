// The registry of repealed/replaced laws and renamed agencies. The repeal facts come from the
// library's own repealing clauses (corpus/history/repeal-clauses.json, generated); corpus/repealed.yaml
// adds the names documents use, notes, and the few repeals the library does not state — those stay
// unverified and are reported as "请核实", never as errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlCached } from '../engine/build-cache.ts';
import type { RenamedAgency, RepealedLaw } from './corpus.ts';
import { lawNames, stripPrc } from './law-metadata.ts';
import { normalizeLawName } from './names.ts';
import type { RepealClause } from './repeal-clauses.ts';
import { assertValid } from './schemas.ts';

export const REPEALED_FILE = fileURLToPath(new URL('../../corpus/repealed.yaml', import.meta.url));
export const REPEAL_CLAUSES_FILE = fileURLToPath(new URL('../../corpus/history/repeal-clauses.json', import.meta.url));

export interface Registry {
  laws: RepealedLaw[];
  agencies: RenamedAgency[];
}

/** An entry of corpus/repealed.yaml: names and notes; the facts only where no clause states them. */
interface ListedLaw {
  name: string;
  aliases: string[];
  repealedOn?: string;
  replacedBy?: string | null;
  note?: string;
}

const shared = new Map<string, Registry>();

export function loadRegistry(file = REPEALED_FILE, clausesFile = REPEAL_CLAUSES_FILE): Registry {
  const key = `${file}\u0000${clausesFile}`;
  const cached = shared.get(key);
  if (cached) return cached;
  const data = parseYamlCached(readFileSync(file, 'utf8')) as { laws?: ListedLaw[]; agencies?: RenamedAgency[] };
  assertValid('repealed.schema.json', data, file);
  const generated = JSON.parse(readFileSync(clausesFile, 'utf8')) as { $comment?: string[]; clauses: RepealClause[] };
  assertValid('repeal-clauses.schema.json', generated, clausesFile);
  const clauses = generated.clauses;
  const reg: Registry = { laws: mergeRegistry(data.laws ?? [], clauses, file), agencies: data.agencies ?? [] };
  shared.set(key, reg);
  return reg;
}

/** One entry per repealed act: every clause, with the listed names and notes; listed acts no clause proves, unverified. */
export function mergeRegistry(listed: ListedLaw[], clauses: RepealClause[], where = 'repealed.yaml'): RepealedLaw[] {
  const byName = new Map<string, RepealedLaw>();
  const out: RepealedLaw[] = [];
  for (const c of clauses) {
    const entry: RepealedLaw = {
      name: c.repealed, aliases: aliasesOf(c.repealed), repealedOn: c.repealedOn, replacedBy: c.law,
      evidence: { law: c.law, version: c.version, article: c.article, quote: c.quote, dateFrom: c.dateFrom }, verified: true,
    };
    out.push(entry);
    for (const n of [entry.name, ...entry.aliases]) byName.set(normalizeLawName(n), entry);
  }
  for (const l of listed) {
    const proved = [l.name, ...l.aliases].map((n) => byName.get(normalizeLawName(n))).find(Boolean);
    if (proved) {
      proved.aliases = [...new Set([...proved.aliases, ...l.aliases, ...(l.name !== proved.name ? [l.name] : [])])];
      if (l.note) proved.note = l.note;
      continue;
    }
    if (!l.repealedOn || l.replacedBy === undefined) throw new Error(`${where}: 《${l.name}》没有废止条款为证，须写明 repealedOn 和 replacedBy`);
    out.push({ name: l.name, aliases: l.aliases, repealedOn: l.repealedOn, replacedBy: l.replacedBy, verified: false, ...(l.note ? { note: l.note } : {}) });
  }
  return out;
}

function aliasesOf(name: string): string[] {
  const bare = stripPrc(name);
  return bare !== name ? [bare] : lawNames(name, '其他').shortNames;
}
