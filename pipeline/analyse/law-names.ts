// Law names as documents write them, matched to the law base: exactly (any title, short name or alias
// of a held law, a repealed act of the registry, a later law the registry knows of), leniently
// (without 中华人民共和国 / 国务院, without a version note such as "（2021年修订）"), and — for names
// damaged by OCR, traditional characters or a slip ("治安管理处角人条例", "森林实施条例") — by edit
// distance with a confidence. A fuzzy match never silently becomes another law: it is a candidate the
// citation reports as a non-standard name to verify (请核实); only a close, unambiguous one is also
// used to read the cited articles.
import type { Corpus } from '../corpus/corpus.ts';
import { stripPrc } from '../corpus/law-metadata.ts';
import { lenientForms, normalizeLawName } from '../corpus/names.ts';
import { AhoCorasick } from '../text/aho-corasick.ts';
import { convertTraditional, looksTraditional } from '../text/traditional.ts';

export interface NameMatch {
  /** The canonical name found (a held law's title, a repealed act's name, a registry law). */
  name: string;
  how: 'exact' | 'fuzzy';
  /** 1 for exact; for fuzzy, 1 − distance / length. */
  confidence: number;
  /** Fuzzy only: another name as close (the match is then never used to read articles). */
  ambiguousWith?: string;
}

/** A fuzzy match at or above this confidence, and unambiguous, is used to read the cited articles. */
export const USABLE_CONFIDENCE = 0.85;
/** A name not ending like a law's is compared only from this length. */
const MIN_UNSUFFIXED = 8;
/** Below this a name is not taken for any law. */
const MIN_CONFIDENCE = 0.7;

const LAW_SUFFIX = /(?:法|法典|条例|规定|办法|细则|规则|决定|解释|宪法|实施意见|若干意见)$/;
/** A local act: "某某省……条例", "北京市……规定" — never read as a national law by distance. */
const PLACE_PREFIX = /^(?!中华人民共和国)[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区|经济特区|市|自治州|州|盟|县|区|旗)/;
/** "（2021年修订）", "(2019年修正)", "（2018版）" after or inside the name: which text the document means. */
export const VERSION_NOTE = /[（(]([^（）()]{0,12}(?:\d{4}|[〇一二三四五六七八九零]{4})[^（）()]{0,8}|[^（）()]{0,8}(?:修订|修正|版)[^（）()]{0,4})[）)]$/;

export interface NameIndex {
  /** Canonical name of a written name (exact or lenient forms), if any. */
  exact(written: string): string | undefined;
  /** Closest known name by edit distance. */
  fuzzy(written: string): NameMatch | undefined;
  /** Every occurrence of a known name in the text (for names written without 《》). */
  occurrences(text: string): { start: number; end: number; name: string }[];
}

interface Known {
  canonical: string;
  bare: string; // without 中华人民共和国, for distance
}

const memo = new WeakMap<Corpus, NameIndex>();

export function nameIndex(corpus: Corpus): NameIndex {
  let idx = memo.get(corpus);
  if (!idx) memo.set(corpus, (idx = buildIndex(corpus)));
  return idx;
}

/** The name without book-title marks, spaces and a trailing version note. */
export function cleanName(written: string): { name: string; versionNote?: string } {
  let name = normalizeLawName(written);
  const note = VERSION_NOTE.exec(name);
  if (note && note.index > 1) {
    name = name.slice(0, note.index);
    return { name, versionNote: note[1]! };
  }
  return { name };
}

function buildIndex(corpus: Corpus): NameIndex {
  const byForm = new Map<string, string>();
  const add = (form: string, canonical: string) => {
    const k = normalizeLawName(form);
    if (k.length >= 2 && !/[《》]/.test(form) && !byForm.has(k)) byForm.set(k, canonical);
  };
  for (const l of corpus.laws) for (const n of [l.title, ...l.shortNames, ...l.aliases]) add(n, l.title);
  for (const r of corpus.repealedLaws) for (const n of [r.name, ...r.aliases]) add(n, r.name);
  for (const r of corpus.laterRevisions) for (const n of [r.law, stripPrc(r.law)]) add(n, r.law);
  for (const t of corpus.knownTitles) for (const n of [t, stripPrc(t)]) add(n, t);
  const known: Known[] = [...new Set(byForm.values())].map((c) => ({ canonical: c, bare: stripPrc(c) }));
  const byLength = new Map<number, Known[]>();
  for (const k of known) byLength.set(k.bare.length, [...(byLength.get(k.bare.length) ?? []), k]);
  // Names written without 《》: forms of three characters or more (shorter ones are ordinary words).
  const forms = [...byForm.keys()].filter((f) => f.length >= 3);
  const automaton = new AhoCorasick(forms);

  const exact = (written: string): string | undefined => {
    for (const form of lenientForms(cleanName(written).name)) {
      const hit = byForm.get(form);
      if (hit) return hit;
    }
    return undefined;
  };

  const fuzzyMemo = new Map<string, NameMatch | undefined>();
  return {
    exact,
    fuzzy(written) {
      if (fuzzyMemo.has(written)) return fuzzyMemo.get(written);
      const found = fuzzyMatch(written);
      if (fuzzyMemo.size < 10_000) fuzzyMemo.set(written, found);
      return found;
    },
    occurrences(text) {
      return automaton.occurrences(text).map(({ word, end }) => {
        const form = forms[word]!;
        return { start: end - form.length, end, name: byForm.get(form)! };
      });
    },
  };

  function fuzzyMatch(written: string): NameMatch | undefined {
    let name = cleanName(written).name.replace(/^国务院/, '');
    // A damaged ending is allowed only in a long name: short titles of other documents are not laws.
    if (PLACE_PREFIX.test(name) || (!LAW_SUFFIX.test(name) && name.length < MIN_UNSUFFIXED)) return undefined;
    if (looksTraditional(name)) {
      const folded = convertTraditional(name);
      const hit = exact(folded);
      if (hit) return { name: hit, how: 'fuzzy', confidence: 0.95 };
      name = folded;
    }
    const bare = stripPrc(name);
    const maxD = bare.length <= 5 ? 1 : bare.length <= 10 ? 2 : 3;
    let best: { k: Known; d: number }[] = [];
    for (let len = bare.length - maxD; len <= bare.length + maxD; len++) {
      for (const k of byLength.get(len) ?? []) {
        const d = editDistance(bare, k.bare, maxD);
        if (d > maxD) continue;
        if (!best.length || d < best[0]!.d) best = [{ k, d }];
        else if (d === best[0]!.d && !best.some((b) => b.k.canonical === k.canonical)) best.push({ k, d });
      }
    }
    if (!best.length || best[0]!.d === 0) return undefined;
    const { k, d } = best[0]!;
    // The share of the name as written that is right: the 中华人民共和国 written out counts too.
    const shown = name.length > bare.length ? k.canonical : k.bare;
    const confidence = Math.round((1 - d / Math.max(name.length, shown.length)) * 100) / 100;
    if (confidence < MIN_CONFIDENCE) return undefined;
    return { name: k.canonical, how: 'fuzzy', confidence, ...(best.length > 1 ? { ambiguousWith: best[1]!.k.canonical } : {}) };
  }
}

/** Levenshtein distance, stopping early once it must exceed `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
