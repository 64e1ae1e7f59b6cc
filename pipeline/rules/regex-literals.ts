// Required literals of a regex: a set of strings at least one of which occurs in every match.
// Used by the prefilter so a provision only meets the rules whose literals it contains.
// Conservative: when unsure, return null ("always run this rule").

type Item = { kind: 'lit'; ch: string; optional: boolean } | { kind: 'group'; alts: Item[][]; optional: boolean } | { kind: 'other'; optional: boolean };

function parse(src: string): Item[][] | null {
  let i = 0;
  function quant(): { optional: boolean; repeat: boolean } {
    const c = src[i];
    if (c === '?' || c === '*') { i++; if (src[i] === '?' || src[i] === '+') i++; return { optional: true, repeat: c === '*' }; }
    if (c === '+') { i++; if (src[i] === '?' || src[i] === '+') i++; return { optional: false, repeat: true }; }
    if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i));
      if (m) { i += m[0].length; if (src[i] === '?') i++; return { optional: m[1] === '' || Number(m[1]) === 0, repeat: true }; }
    }
    return { optional: false, repeat: false };
  }
  function alts(): Item[][] {
    const out: Item[][] = [[]];
    while (i < src.length) {
      const c = src[i]!;
      if (c === ')') return out;
      if (c === '|') { i++; out.push([]); continue; }
      let item: Item;
      if (c === '(') {
        i++;
        let lookaround = false;
        if (src[i] === '?') {
          if (src[i + 1] === ':') i += 2;
          else if (src[i + 1] === '<' && src[i + 2] !== '=' && src[i + 2] !== '!') { i = src.indexOf('>', i) + 1; }
          else { lookaround = true; i += src[i + 1] === '<' ? 3 : 2; }
        }
        const inner = alts();
        if (src[i] !== ')') throw new Error('unbalanced');
        i++;
        const q = quant();
        item = lookaround ? { kind: 'other', optional: true } : { kind: 'group', alts: inner, optional: q.optional };
      } else if (c === '[') {
        const end = findClassEnd(src, i);
        i = end + 1;
        const q = quant();
        item = { kind: 'other', optional: q.optional };
      } else if (c === '\\') {
        const next = src[i + 1] ?? '';
        i += 2;
        if (/[dDwWsSbBnrtfv0-9pPuxck]/.test(next)) {
          if (next === 'u' || next === 'x') i += next === 'u' ? 4 : 2;
          const q = quant();
          item = { kind: 'other', optional: q.optional };
        } else {
          const q = quant();
          item = { kind: 'lit', ch: next, optional: q.optional };
        }
      } else if ('.^$'.includes(c)) {
        i++;
        const q = quant();
        item = { kind: 'other', optional: q.optional || c !== '.' };
      } else {
        i++;
        const q = quant();
        item = { kind: 'lit', ch: c, optional: q.optional };
      }
      out[out.length - 1]!.push(item);
    }
    return out;
  }
  try {
    const r = alts();
    if (i !== src.length) return null;
    return r;
  } catch {
    return null;
  }
}

function findClassEnd(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  for (; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === ']') return i;
  }
  throw new Error('unterminated class');
}

function score(set: string[]): number {
  return Math.min(...set.map((s) => s.length)) * 10 - set.length;
}

function requiredOfSeq(seq: Item[]): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => { if (run) candidates.push([run]); run = ''; };
  for (const it of seq) {
    if (it.kind === 'lit' && !it.optional) { run += it.ch; continue; }
    flush();
    if (it.kind === 'group' && !it.optional) {
      const g = requiredOfAlts(it.alts);
      if (g) candidates.push(g);
    }
  }
  flush();
  if (!candidates.length) return null;
  return candidates.sort((a, b) => score(b) - score(a))[0]!;
}

function requiredOfAlts(alts: Item[][]): string[] | null {
  const out = new Set<string>();
  for (const seq of alts) {
    const r = requiredOfSeq(seq);
    if (!r) return null;
    for (const s of r) out.add(s);
  }
  return [...out];
}

// Deriving the literals of every rule and vocabulary regex costs tens of milliseconds at each start of
// a process: the answers, a pure function of the source, travel with the prepared rule set (and its
// cache entry) and are taken from there (literalTable / useLiteralTable).
const known = new Map<string, string[] | null>();

/** Literals one of which must occur for `source` to match, or null when none can be derived. */
export function requiredLiterals(source: string): string[] | null {
  const hit = known.get(source);
  if (hit !== undefined) return hit;
  const r = deriveLiterals(source);
  known.set(source, r);
  return r;
}

function deriveLiterals(source: string): string[] | null {
  const tree = parse(source);
  if (!tree) return null;
  const r = requiredOfAlts(tree);
  if (!r || r.some((s) => s.length === 0)) return null;
  return r;
}

/** Every answer derived in this process, as plain data. */
export function literalTable(): [string, string[] | null][] {
  return [...known];
}

/** Answers derived elsewhere (from literalTable), for the same sources. */
export function useLiteralTable(table: [string, string[] | null][]): void {
  for (const [source, literals] of table) if (!known.has(source)) known.set(source, literals);
}
