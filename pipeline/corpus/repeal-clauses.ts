// The repeal facts the library states itself: every "……《X》同时废止" / "即行废止" / "予以废止" clause in
// an article of a law, with the article as evidence. A repealing clause names the acts it ends, the day
// they end (the day the repealing act takes effect: "本法自2008年1月1日起施行。《中华人民共和国城市规划法》
// 同时废止。"), and so which act replaced them. Partial repeals ("《X》中有关……的规定同时废止") end no act
// and are left out. pipeline/corpus/build-repeal-clauses.ts writes the result to
// corpus/history/repeal-clauses.json, which the registry (repealed.ts) reads as its evidence.
import type { CorpusLaw } from '../model/types.ts';
import { normalizeLawName } from './names.ts';

export interface RepealClause {
  /** The repealed act, as the clause names it (without 《》). */
  repealed: string;
  /** The act whose clause repeals it. */
  law: string;
  /** Version (text date) of the file the clause was read from: the oldest text of `law` holding it. */
  version: string;
  article: string;
  /** The clause's sentence(s), word for word. */
  quote: string;
  /** The day the repeal took effect (the repealing act's entry into force). */
  repealedOn: string;
  /** How repealedOn was read: stated in the article, or the act took effect on publication. */
  dateFrom: 'stated' | 'publication';
  /** Where in the library the clause stands (file relative to the library root). */
  source?: string;
}

const DATE = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/;
const ON_PUBLICATION = /自(?:公布|发布|印发)之日起施行/;
// The words between the last repealed name and 废止: a document number, 等, the adverb.
const TAIL = /^(?:[（(][^（）()]{1,30}[）)])?\s*(?:等)?\s*(?:同时|即行|予以|一并|也|均)?\s*废止/;
const NAME = /《([^《》\n]{2,80})》/g;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The day the act first took effect on publication: the first 公布/发布 date its history names (a
 *  regulation is adopted at a State Council meeting and published days later), else its earliest date. */
function publicationDate(law: CorpusLaw): string {
  const history = [...law.versions].sort((a, b) => a.version.localeCompare(b.version));
  return (history.find((v) => /公布|发布/.test(v.note ?? '')) ?? history[0])?.version ?? law.version;
}

/** The repealing clauses of one law version. */
export function repealClausesOf(law: CorpusLaw): RepealClause[] {
  const out: RepealClause[] = [];
  for (const a of law.articles) {
    if (!a.text.includes('废止')) continue;
    for (const sentence of a.text.split(/(?<=[。；])/)) {
      const at = sentence.indexOf('废止');
      if (at < 0) continue;
      const names = [...sentence.slice(0, at).matchAll(NAME)];
      if (!names.length) continue;
      // Only names the sentence ends with 废止 after: "……《X》（法发〔2000〕5号）即行废止".
      const last = names[names.length - 1]!;
      if (!TAIL.test(sentence.slice(last.index! + last[0].length, at + 2))) continue;
      const stated = DATE.exec(a.text);
      const dateFrom = stated ? 'stated' : ON_PUBLICATION.test(a.text) ? 'publication' : undefined;
      if (!dateFrom) continue;
      const repealedOn = stated ? iso(stated[1]!, stated[2]!, stated[3]!) : publicationDate(law);
      // The names of the list that ends in 废止: those after the clause's own 施行 sentence.
      const listStart = Math.max(sentence.lastIndexOf('施行，', at), sentence.lastIndexOf('之日起，', at));
      for (const m of names) {
        if (m.index! < listStart) continue;
        // "《X》中有关……的规定" / "《X》第五条" ends part of X, not X.
        const after = sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 4);
        if (/^(?:[（(][^）)]*[）)])?\s*(?:中|第|有关|关于|的)/.test(after)) continue;
        const repealed = normalizeLawName(m[1]!);
        if (repealed === normalizeLawName(law.title)) continue;
        out.push({ repealed, law: law.title, version: law.version, article: a.label, quote: a.text, repealedOn, dateFrom });
      }
    }
  }
  return out;
}

/** Every repealing clause of the laws, one per repealed act: the oldest text that states it. */
export function collectRepealClauses(laws: CorpusLaw[]): RepealClause[] {
  const best = new Map<string, RepealClause>();
  const sorted = [...laws].sort((a, b) => a.title.localeCompare(b.title) || a.version.localeCompare(b.version));
  for (const law of sorted) {
    for (const c of repealClausesOf(law)) {
      if (law.source) c.source = law.source.split(', ')[0];
      const prev = best.get(c.repealed);
      // Two acts naming the same repealed act: the earlier repeal is the one that ended it.
      if (!prev || c.repealedOn < prev.repealedOn) best.set(c.repealed, c);
    }
  }
  return [...best.values()].sort((a, b) => a.repealedOn.localeCompare(b.repealedOn) || a.repealed.localeCompare(b.repealed));
}
