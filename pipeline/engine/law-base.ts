// What a run's law base is, for the report: the date of its texts, the --as-of day if any, and the later
// texts it is known to lack (each finding touching such a law says so too).
import type { Corpus } from '../corpus/corpus.ts';
import { missingRevisions } from '../corpus/in-force.ts';
import { revisionNote } from '../corpus/later-revisions.ts';
import type { LawBaseInfo } from '../model/types.ts';

/** How many laws and regulations (titles, whatever their versions) the corpus holds. */
export function actsHeld(corpus: Corpus): number {
  return new Set(corpus.laws.map((l) => l.title)).size;
}

export function lawBaseInfo(corpus: Corpus, asOf?: string): LawBaseInfo {
  return {
    date: corpus.lawBase.date,
    dateFrom: corpus.lawBase.dateFrom,
    corpus: corpus.hash,
    acts: actsHeld(corpus),
    ...(asOf ? { asOf } : {}),
    missing: missingRevisions(corpus).map((r) => ({
      law: r.law, kind: r.kind, ...(r.passed ? { passed: r.passed } : {}), ...(r.inForce ? { inForce: r.inForce } : {}), year: r.year, note: revisionNote(r),
    })),
  };
}
