// The citation guard's reach: which text around a match counts as "restating an upper-law article
// with an exact citation". A restatement is not always one sentence that names the article:
//  - the provision may open with it ("依照《…》第×条的规定，" governs every sentence of the provision);
//  - a sentence may carry it across ；: "依照《水法》第六十九条的规定，由…处…罚款；情节严重的，吊销其取水
//    许可证。" — the clause after ； continues the cited article, it does not add a rule of its own;
//  - a later sentence may point back at it: "…依照《消防法》第六十条的规定处理；经责令改正拒不改正的，
//    依照该条第三款的规定强制执行。" (该条、该款、同条、上述规定 …).
// Each form is checked against the corpus like a direct citation: the article must resolve (or the
// law be one the corpus does not hold), and a 款 named through 该条 must exist in that article.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { citedText, isUnknownLaw, paragraphsOf, scanCitedArticles } from './cite-scan.ts';
import { parseChineseNumber } from './numerals.ts';
import { sentenceAround } from '../analyse/units.ts';

export type CiteTest = (text: string) => boolean;

const LEAD_WORD = '(?:依照|根据|依据|按照)';
const LEADING_CITATION = new RegExp(`^\\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百零〇\\d]+条\\s*)?${LEAD_WORD}《[^》]{2,60}》第[^，。；]{1,20}条[^。；]{0,30}?规定`);
// A citation lead inside a sentence: "依照《X》第N条（、《Y》第M条）的规定" — the words that follow it in the
// same full sentence (up to 。) carry out the cited article.
const CITATION_LEAD = new RegExp(`${LEAD_WORD}《[^》]{2,60}》第[^，。；]{1,12}条(?:[^，。；]{0,40}?《[^》]{2,60}》第[^，。；]{1,12}条)*[^，。；]{0,12}?的?规定`, 'g');
// Pointing back at an article cited earlier in the provision.
const ANAPHOR = new RegExp(`${LEAD_WORD}(?:该条|同条|该款|上述|前述|(?:该法|该条例|同法)(第[一二三四五六七八九十百零〇\\d]+条)?)(?:第([一二三四五六七八九十\\d]+)款)?[^，。；]{0,12}?规定`);
const FULL_STOP = /[。！？\n]/;

function fullSentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !FULL_STOP.test(text[s - 1]!)) s--;
  return s;
}

/** Does the text around [start, end) restate a cited upper-law article? `cites` is the memoised
 *  direct-citation test (a resolving article, or a law the corpus does not hold). */
export function restatesCitation(text: string, start: number, end: number, corpus: Corpus, cites: CiteTest): boolean {
  const sentence = sentenceAround(text, start, end);
  if (cites(sentence.text)) return true;
  const lead = LEADING_CITATION.exec(text);
  if (lead && lead.index + lead[0].length <= start && cites(lead[0])) return true;
  // Beyond its own sentence a citation only covers what the cited article itself says: the words
  // matched must be found in it ("吊销其取水许可证" in 水法 第六十九条), so a new sanction added after
  // "依照《X》第N条的规定办理登记；" is still judged. (A law the corpus does not hold cannot be read.)
  const match = text.slice(start, end);
  // A citation lead earlier in the same full sentence (across ；).
  const from = fullSentenceStart(text, start);
  for (const m of text.slice(from, start).matchAll(CITATION_LEAD)) {
    if (!cites(m[0])) continue;
    if (scanCitedArticles(m[0], corpus).some((c) => (c.resolved ? saysIt(citedText(c), match) : isUnknownLaw(c.law, corpus)))) return true;
  }
  // 该条/该款/上述规定: the nearest exact citation before it in the provision.
  const back = ANAPHOR.exec(sentence.text);
  // (A provision is short; in document scope only the text just before the sentence is looked at.)
  if (back) return anaphorResolves(text.slice(Math.max(0, sentence.start - 800), sentence.start), back[1], back[2], match, corpus);
  return false;
}

function anaphorResolves(before: string, article: string | undefined, paragraph: string | undefined, match: string, corpus: Corpus): boolean {
  const cited = scanCitedArticles(before, corpus);
  const last = cited[cited.length - 1];
  if (!last) return false;
  // "依照该法第七十条": another article of the law cited last.
  let resolved = last.resolved;
  if (article) {
    if (isUnknownLaw(last.law, corpus)) return true;
    try {
      resolved = corpus.resolve(last.law, article);
    } catch {
      resolved = undefined;
    }
    if (!resolved) return false;
  }
  if (!resolved) return isUnknownLaw(last.law, corpus);
  const paras = paragraphsOf(resolved.text);
  if (!paragraph) return saysIt(resolved.text, match);
  const n = parseChineseNumber(paragraph);
  return n !== null && n >= 1 && n <= paras.length && saysIt(paras[n - 1]!, match);
}

/** Most of the match is in the cited text: at least half of its three-character runs. One shared run
 *  is not enough — "五年内不得在本县办理营业执照" shares only "年内不" with "两年内不准出境", and
 *  restates nothing; a restated sanction ("吊销其取水许可证") is nearly word for word. */
function saysIt(cited: string, match: string): boolean {
  const m = match.replace(/[^\u4e00-\u9fff\d]/g, '');
  if (m.length < 3) return cited.includes(m);
  let found = 0;
  const runs = m.length - 2;
  for (let i = 0; i + 3 <= m.length; i++) if (cited.includes(m.slice(i, i + 3))) found++;
  return found * 2 >= runs;
}

/** The articles cited by a citation lead earlier in the same full sentence as `start` (across ；):
 *  "依照《兵役法》第五十七条第二款的规定，……；五年内不准出境" — the clause after ； still carries out the
 *  cited article, so its numbers are compared with that article's. */
export function leadCitedArticles(text: string, start: number, corpus: Corpus): ReturnType<typeof scanCitedArticles> {
  const from = fullSentenceStart(text, start);
  const out: ReturnType<typeof scanCitedArticles> = [];
  for (const m of text.slice(from, start).matchAll(CITATION_LEAD)) out.push(...scanCitedArticles(m[0], corpus));
  return out;
}


const CJK = /[^\u4e00-\u9fff\d]/g;
const MIN_VERBATIM_CHARS = 15;
const VERBATIM_SHARE = 0.75;

/** The laws the document names in 《…》 (its 制定依据 and any other reference) that the corpus holds. */
export function namedLaws(docText: string, corpus: Corpus): CorpusLaw[] {
  const out = new Map<string, CorpusLaw>();
  for (const m of docText.matchAll(/《([^》]{2,60})》/g)) {
    if (out.size >= 20) break;
    let law: CorpusLaw | undefined;
    try {
      law = corpus.findLaw(m[1]!);
    } catch {
      law = undefined;
    }
    if (law) out.set(law.id, law);
  }
  return [...out.values()];
}

/** A restatement without the article number: the full sentence around the match is, nearly word for
 *  word, an article of a law the document itself names ("根据《老年人权益保障法》…制定本办法" and later
 *  "……逾期不改正的，责令停业整顿", 老年人权益保障法 第四十五条). The match itself must be in that article too,
 *  so words the document adds to the article ("五年内不得在本县办理营业执照") are still judged. */
export function restatesNamedLawVerbatim(text: string, start: number, end: number, laws: CorpusLaw[]): boolean {
  if (!laws.length) return false;
  const from = fullSentenceStart(text, start);
  let to = end;
  while (to < text.length && !FULL_STOP.test(text[to]!)) to++;
  const sentence = text.slice(from, to).replace(CJK, '');
  if (sentence.length < MIN_VERBATIM_CHARS) return false;
  const match = text.slice(start, end);
  const runs = sentence.length - 2;
  for (const law of laws) {
    for (const a of law.articles) {
      const body = a.text.replace(CJK, '');
      if (!saysIt(body, match)) continue;
      let found = 0;
      for (let i = 0; i + 3 <= sentence.length; i++) if (body.includes(sentence.slice(i, i + 3))) found++;
      if (found >= runs * VERBATIM_SHARE) return true;
    }
  }
  return false;
}
