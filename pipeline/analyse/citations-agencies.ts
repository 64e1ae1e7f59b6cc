// Agencies renamed or merged in the 2018 institutional reform (工商 → 市场监督管理 …): a document
// that still assigns duties to them may name a body that no longer exists. Info level: the
// reviewer decides (a document written before the reform, a body that kept its name locally).
import type { Corpus, RenamedAgency } from '../corpus/corpus.ts';

export interface AgencyMention {
  start: number;
  end: number;
  raw: string;
  agency: RenamedAgency;
  message: string; // Chinese
  suggestion: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mentions of renamed agencies; none for documents dated before 2018. */
export function findRenamedAgencies(text: string, corpus: Corpus, opts: { date?: string } = {}): AgencyMention[] {
  if (opts.date && opts.date < '2018-01-01') return [];
  const byName = new Map<string, RenamedAgency>();
  for (const a of corpus.renamedAgencies) for (const n of [a.name, ...a.aliases]) byName.set(n, a);
  if (!byName.size) return [];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const out: AgencyMention[] = [];
  for (const m of text.matchAll(new RegExp(names.join('|'), 'g'))) {
    const agency = byName.get(m[0])!;
    out.push({
      start: m.index!, end: m.index! + m[0].length, raw: m[0], agency,
      message: `“${m[0]}”的职责在2018年机构改革后已划入${agency.successor}，文件仍使用原机构名称。`,
      suggestion: `核实现行机构设置，改为“${agency.successor}”或本地对应机构的现名称。`,
    });
  }
  return out;
}
