// Sentence and clause boundaries inside a provision. Chinese legal text ends sentences with
// 。！？ and separates enumerated duties with ；, so both close a "sentence" for scope purposes.
export interface Unit {
  text: string;
  start: number; // offset inside the containing text
  end: number;
}

const SENTENCE_END = /[。！？；;!?\n]/;
const CLAUSE_END = /[，,。！？；;!?\n：:]/;

export function splitSentences(text: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.test(text[i]!)) {
      if (i + 1 > start && text.slice(start, i + 1).trim()) out.push({ text: text.slice(start, i + 1), start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

/** The unit containing [start, end), bounded by characters that match `boundary`. */
function unitAround(text: string, start: number, end: number, boundary: RegExp): Unit {
  let s = start;
  while (s > 0 && !boundary.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !boundary.test(text[e]!)) e++;
  return { text: text.slice(s, e), start: s, end: e };
}

/** The clause (between commas/colons/sentence ends) containing [start, end). */
export function clauseAround(text: string, start: number, end: number): Unit {
  return unitAround(text, start, end, CLAUSE_END);
}

export function sentenceAround(text: string, start: number, end: number): Unit {
  return unitAround(text, start, end, SENTENCE_END);
}
