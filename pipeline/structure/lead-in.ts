// The sentence that introduces a numbered list: "在森林防火期内，森林防火区内禁止下列野外用火：" before
// "1.……；2.……". An item alone ("4.禁止燃放烟花爆竹") says what is forbidden; where and why
// (the forest fire area, the fire season) is in the lead-in, and a rule that judges the item must be
// able to read it.
import { keepLast } from '../text/memo.ts';
import { readMarker, type Marker } from './markers.ts';

export interface LeadIn {
  /** Document offsets of the lead-in sentence (up to and including its colon). */
  start: number;
  end: number;
  text: string;
}

/** How many items back the lead-in is looked for (a list longer than this is not a list of duties). */
const MAX_ITEMS = 40;
const SENTENCE_END = /[。！？；;!?]/;

function lineStart(text: string, at: number): number {
  const i = text.lastIndexOf('\n', at - 1);
  return i + 1;
}

function markerOf(line: string): Marker | null {
  const m = readMarker(line.replace(/^[ \t\u3000\u00a0]+/, ''));
  return m && m.type !== 'part' && m.type !== 'chapter' && m.type !== 'section' ? m : null;
}

// Every provision of a list asks for its lead-in, and each walks back over the items before it: the
// numbering of a line is read once per document text (keyed by the line's start), not once per walk.
const markersOf = keepLast((_text: string) => new Map<number, Marker | null>());

/** markerOf of the whole line of `text` that starts at `start` and ends before `end`. */
function lineMarker(text: string, start: number, end: number): Marker | null {
  const memo = markersOf(text);
  let m = memo.get(start);
  if (m === undefined) memo.set(start, (m = markerOf(text.slice(start, end))));
  return m;
}

/** "现将有关事项通告如下：" introduces the document's own provisions: it sets nothing for them. */
const ANNOUNCEMENT = /如下[：:]$/;

/** The last sentence of `para` when it ends with a colon, as document offsets. */
function colonSentence(para: string, at: number): LeadIn | null {
  const trimmed = para.replace(/\s+$/, '');
  if (!/[：:]$/.test(trimmed) || ANNOUNCEMENT.test(trimmed)) return null;
  let s = trimmed.length - 1;
  while (s > 0 && !SENTENCE_END.test(trimmed[s - 1]!)) s--;
  const body = trimmed.slice(s);
  const lead = body.length - body.trimStart().length;
  return { start: at + s + lead, end: at + trimmed.length, text: body.trimStart() };
}

/**
 * The lead-in of the list whose item holds document offset `at`, or null when the text there is not a
 * numbered item introduced by a colon. Items of one list share their numbering style; blank lines and
 * earlier items of the same style are passed over; an item inside one paragraph ("禁止下列行为：（一）……；
 * （二）……") is introduced by the colon before its marker in that paragraph.
 */
export function listLeadIn(text: string, at: number): LeadIn | null {
  const from = lineStart(text, Math.min(at, text.length));
  const lineEnd = text.indexOf('\n', from);
  // In-paragraph list: the nearest colon before `at` followed by an item marker.
  const before = text.slice(from, at);
  const colon = Math.max(before.lastIndexOf('：'), before.lastIndexOf(':'));
  if (colon >= 0 && markerOf(before.slice(colon + 1).trimStart())) return colonSentence(before.slice(0, colon + 1), from);
  const own = lineMarker(text, from, lineEnd < 0 ? text.length : lineEnd);
  if (!own) return null;
  let cursor = from;
  for (let seen = 0; cursor > 0 && seen < MAX_ITEMS;) {
    const prevEnd = cursor - 1; // the '\n' before this line
    const prevStart = lineStart(text, prevEnd);
    const prev = text.slice(prevStart, prevEnd);
    cursor = prevStart;
    if (!prev.trim()) continue;
    const m = lineMarker(text, prevStart, prevEnd);
    if (m && m.type === own.type) {
      seen++;
      continue;
    }
    // The line above the first item: the lead-in if it ends with a colon (a numbered heading that ends
    // with one — "二、全省森林防火区内禁止一切野外用火：" — included).
    return colonSentence(prev, prevStart);
  }
  return null;
}

/** The words of a lead-in that leave the conduct to the items after it: "有下列行为之一的", "下列情形". */
export const ITEMS_HOLD_CONDUCT = /(?:有|具有|存在)?(?:下列|以下|如下)(?:行为|情形|情况|违法行为)之一/;

/** How much of the items after a lead-in is read (a long list is read in part). */
const MAX_ITEMS_TEXT = 600;

/**
 * The numbered items that follow the sentence ending at document offset `end` (its colon, or the end of
 * the sentence that introduces them), as one string: the conduct a lead-in such as "有下列行为之一的，处……"
 * leaves to them. Empty when no numbered line follows.
 */
export function listItemsAfter(text: string, end: number): string {
  const nl = text.indexOf('\n', end);
  if (nl < 0) return '';
  let out = '';
  let type: Marker['type'] | null = null;
  for (let at = nl + 1; at < text.length && out.length < MAX_ITEMS_TEXT;) {
    const lineEnd = text.indexOf('\n', at);
    const start = at;
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    at = lineEnd < 0 ? text.length : lineEnd + 1;
    if (!line.trim()) continue;
    const m = lineMarker(text, start, start + line.length);
    if (!m || (type && m.type !== type)) break;
    type = m.type;
    out += line.trim().slice(m.length) + '\n';
  }
  return out.slice(0, MAX_ITEMS_TEXT);
}
