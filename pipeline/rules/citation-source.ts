// Citation problems for the `citation` rule kind. The citation analyser
// (pipeline/analyse/citations.ts, extractCitations) is built by another engineer; it is loaded
// when present, and a small built-in scanner stands in until then so the rule kind works today.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/corpus.ts';
import { scanCitedArticles } from './cite-scan.ts';

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

const ANALYSER = new URL('../analyse/citations.ts', import.meta.url);

function str(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

/** Adapts extractCitations' DocCitation[] (shape read defensively) to CitationProblem[]. */
function adapt(extract: (text: string, corpus: Corpus, opts: { date?: string | null }) => unknown[]): CitationFinder {
  return (text, corpus, date) => {
    const out: CitationProblem[] = [];
    for (const raw of extract(text, corpus, { date: date ?? undefined }) as Record<string, unknown>[]) {
      const problems = (raw.problems as unknown[] | undefined) ?? [];
      for (const p of problems) {
        const code = typeof p === 'string' ? p : str((p as Record<string, unknown>).code);
        const po = typeof p === 'object' && p ? (p as Record<string, unknown>) : {};
        const start = Number(raw.start ?? 0);
        const end = Number(raw.end ?? start);
        const lawObj = raw.law as { title?: string } | string | undefined;
        const articles = (raw.articles as { label?: string }[] | undefined) ?? [];
        out.push({
          code, start, end,
          law: typeof lawObj === 'object' && lawObj ? str(lawObj.title) : str(lawObj ?? raw.name),
          article: str(po.article ?? articles[0]?.label ?? ''),
          match: str(raw.raw ?? raw.text ?? text.slice(start, end)),
          detail: str(po.message ?? po.detail ?? '').replace(/。$/, ''),
          successor: str(po.successor ?? po.suggestion ?? '').replace(/^改为|。$/g, ''),
        });
      }
    }
    return out;
  };
}

/** Fallback: repealed names (corpus registry) and articles that do not exist in the cited law. */
const builtin: CitationFinder = (text, corpus) => {
  const out: CitationProblem[] = [];
  for (const m of text.matchAll(/《([^》\n]{2,60})》/g)) {
    const name = m[1]!;
    const rep = corpus.findRepealed(name);
    const law = corpus.findLaw(name);
    if (law && name !== law.title && name !== law.title.replace(/^中华人民共和国/, '')) {
      out.push({ code: 'non-standard-name', law: law.title, article: '', start: m.index!, end: m.index! + m[0].length, match: m[0],
        detail: `规范名称为《${law.title}》`, successor: `《${law.title}》` });
    }
    if (rep && !law) {
      out.push({ code: 'repealed', law: name, article: '', start: m.index!, end: m.index! + m[0].length, match: m[0],
        detail: `该法已于${rep.repealedOn}废止`, successor: rep.replacedBy ?? '' });
    }
  }
  for (const c of scanCitedArticles(text, corpus)) {
    if (!c.resolved && corpus.findLaw(c.law)) {
      out.push({ code: 'nonexistent-article', law: c.law, article: c.article, start: c.start, end: c.end,
        match: text.slice(c.start, c.end), detail: `《${c.law}》中没有${c.article}`, successor: '' });
    }
  }
  return out;
};

let finder: Promise<CitationFinder> | undefined;

export function getCitationFinder(): Promise<CitationFinder> {
  finder ??= (async () => {
    if (!existsSync(fileURLToPath(ANALYSER))) return builtin;
    try {
      const mod = (await import(ANALYSER.href)) as { extractCitations?: unknown };
      if (typeof mod.extractCitations === 'function') return adapt(mod.extractCitations as Parameters<typeof adapt>[0]);
    } catch {
      // A half-written analyser must not take the rule engine down; the built-in scanner still works.
    }
    return builtin;
  })();
  return finder;
}
