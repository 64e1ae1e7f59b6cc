// Citation problems for the `citation` rule kind, from the citation analyser
// (pipeline/analyse/citations.ts): one CitationProblem per problem of each citation, with the
// citation's position so the finding points at the words that cite.
import { extractCitations } from '../analyse/citations.ts';
import type { Corpus } from '../corpus/corpus.ts';

export interface CitationProblem {
  code: string; // repealed | nonexistent-article | renumbered | non-standard-name
  law: string;
  article: string;
  start: number; // offsets into the text given
  end: number;
  match: string;
  detail: string;
  successor: string;
}

export type CitationFinder = (text: string, corpus: Corpus, date: string | null) => CitationProblem[];

export const findCitationProblems: CitationFinder = (text, corpus, date) => {
  const out: CitationProblem[] = [];
  for (const c of extractCitations(text, corpus, { date: date ?? undefined })) {
    for (const p of c.problems) {
      out.push({
        code: p.code, start: c.start, end: c.end,
        law: c.law?.title ?? c.name,
        article: p.article ?? c.articles[0]?.label ?? '',
        match: c.raw || text.slice(c.start, c.end),
        detail: p.message.replace(/。$/, ''),
        successor: (p.successor ?? p.suggestion ?? '').replace(/^改为|。$/g, ''),
      });
    }
  }
  return out;
};
