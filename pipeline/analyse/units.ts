// Sentence and clause boundaries inside a provision. Chinese legal text ends sentences with
// 。！？ and separates enumerated duties with ；, so both close a "sentence" for scope purposes.
import { SENTENCE_END } from '../text/sentence-end.ts';
import { charTest } from '../text/char-class.ts';

export interface Unit {
  text: string;
  start: number; // offset inside the containing text
  end: number;
}

const CLAUSE_END = /[，,。！？；;!?\n：:]/;
const isSentenceEnd = charTest(SENTENCE_END);
const isClauseEnd = charTest(CLAUSE_END);

export function splitSentences(text: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      if (i + 1 > start && text.slice(start, i + 1).trim()) out.push({ text: text.slice(start, i + 1), start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

/** The unit containing [start, end), bounded by characters that `isBoundary` accepts. */
function unitAround(text: string, start: number, end: number, isBoundary: (code: number) => boolean): Unit {
  let s = start;
  while (s > 0 && !isBoundary(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !isBoundary(text.charCodeAt(e))) e++;
  return { text: text.slice(s, e), start: s, end: e };
}

/** The clause (between commas/colons/sentence ends) containing [start, end). */
export function clauseAround(text: string, start: number, end: number): Unit {
  return unitAround(text, start, end, isClauseEnd);
}

export function sentenceAround(text: string, start: number, end: number): Unit {
  return unitAround(text, start, end, isSentenceEnd);
}

export interface Clause extends Unit {
  /** "……的，" (或 "对……的，", "凡……的，", "……时，") states when the rest applies: the condition of a sanction. */
  condition: boolean;
}

/** "……查封、扣押时，" (when a measure is taken, what must be done): a condition as much as "……的，". Not the
 *  adverbs that end in 时 (同时、及时、届时、随时、按时、临时 …). */
const WHEN_CLAUSE = /(?<![同及届随适按准临暂当定平即有小])时\s*[，,：:]?\s*$/;

/** The clauses of a sentence (split at ，,：:), each marked as a condition ("违反本通告燃放烟花爆竹的，")
 *  or not. Offsets are inside `text`. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const t = text.slice(start, end);
    if (t.trim()) out.push({ text: t, start, end, condition: (/的\s*[，,：:]?\s*$/.test(t) || WHEN_CLAUSE.test(t)) && !/^\s*(?:是|为)/.test(t) });
  };
  for (let i = 0; i < text.length; i++) {
    if (isClauseEnd(text.charCodeAt(i))) {
      push(i + 1);
      start = i + 1;
    }
  }
  if (start < text.length) push(text.length);
  return out;
}
