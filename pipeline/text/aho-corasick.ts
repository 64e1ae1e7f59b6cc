// One pass over a text finds every one of many words (Aho–Corasick automaton), so the cost depends on
// the text length, not on the number of words: the rule engine's literal prefilter, the citation
// scanner's law names, the analysis stage's vocabulary.
// The automaton walks UTF-16 code units (charCodeAt), not code points: a character outside the BMP is two
// units in the words and in the text alike, so matches are the same, and no string is made per character.
//
// The trie is built straight into typed arrays for the walk (see the constructor), which runs over
// every provision and sentence of every document: the root's moves are one table indexed by the code
// unit, a code unit in no word sends any state back to the root at once (most of a text's characters),
// and the other states' few moves are scanned in a short slice. A Map lookup per character and per
// failure link cost more than the rules the prefilter saves.
export class AhoCorasick {
  /** The root's move for every code unit (0: stay at the root). */
  private readonly rootMove = new Int32Array(0x10000);
  /** 1 for a code unit that occurs in some word. */
  private readonly inWords = new Uint8Array(0x10000);
  /** The moves of state s (s > 0) are edgeUnit/edgeTo[edgeStart[s] … edgeStart[s + 1]). */
  private readonly edgeStart: Int32Array;
  private readonly edgeUnit: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  /** The words ending in state s are outWords[outStart[s] … outStart[s + 1]): its own, then its failure state's. */
  private readonly outStart: Int32Array;
  private readonly outWords: Int32Array;
  /** How many words the automaton finds. */
  private readonly words: number;

  constructor(words: string[]) {
    this.words = words.length;
    // The trie from the words in sorted order: a word shares with the one before it exactly the states of
    // their common prefix (words with a prefix in common are adjacent), so each state's moves are made in
    // one run, in rising code units, and no state needs a map. Equal words keep their input order.
    const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : a - b));
    const moveFrom: number[] = []; // the edges in the order made: from state, code unit, to state
    const moveUnit: number[] = [];
    const moveTo: number[] = [];
    const own: (number[] | undefined)[] = [undefined]; // the words ending in each state
    const path: number[] = [0]; // the states of the previous word's prefixes
    let prev = '';
    let n = 1;
    for (const idx of order) {
      const w = words[idx]!;
      let common = 0;
      const max = Math.min(w.length, prev.length);
      while (common < max && w.charCodeAt(common) === prev.charCodeAt(common)) common++;
      for (let i = common; i < w.length; i++) {
        const ch = w.charCodeAt(i);
        this.inWords[ch] = 1;
        moveFrom.push(path[i]!);
        moveUnit.push(ch);
        moveTo.push(n);
        own.push(undefined);
        path[i + 1] = n++;
      }
      const end = path[w.length]!;
      (own[end] ??= []).push(idx);
      prev = w;
    }
    // The moves of each state, contiguous and in rising code units (as they were made).
    const edgeStart = new Int32Array(n + 1);
    for (const from of moveFrom) edgeStart[from + 1]!++;
    for (let s = 0; s < n; s++) edgeStart[s + 1]! += edgeStart[s]!;
    const edges = moveFrom.length;
    const edgeUnit = new Uint16Array(edges);
    const edgeTo = new Int32Array(edges);
    const fill = edgeStart.slice(0, n);
    for (let e = 0; e < edges; e++) {
      const at = fill[moveFrom[e]!]!++;
      edgeUnit[at] = moveUnit[e]!;
      edgeTo[at] = moveTo[e]!;
    }
    const move = (s: number, ch: number): number => {
      let lo = edgeStart[s]!;
      let hi = edgeStart[s + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const u = edgeUnit[mid]!;
        if (u === ch) return edgeTo[mid]!;
        if (u < ch) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    };
    // Failure links and outputs breadth first: a state's failure state is shallower, so its outputs are
    // complete when the state's are made (its own words, then its failure state's).
    const fail = new Int32Array(n);
    const out: number[][] = new Array<number[]>(n);
    const none: number[] = [];
    out[0] = own[0] ?? none;
    const queue = new Int32Array(n);
    let tail = 0;
    for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) {
      const s = edgeTo[e]!;
      this.rootMove[edgeUnit[e]!] = s;
      queue[tail++] = s;
      // (The root's own words — only an empty word — are not passed on to its children: as before.)
      out[s] = own[s] ?? none;
    }
    for (let head = 0; head < tail; head++) {
      const r = queue[head]!;
      for (let e = edgeStart[r]!; e < edgeStart[r + 1]!; e++) {
        const ch = edgeUnit[e]!;
        const s = edgeTo[e]!;
        queue[tail++] = s;
        let f = fail[r]!;
        while (f !== 0 && move(f, ch) < 0) f = fail[f]!;
        const g = move(f, ch);
        fail[s] = g >= 0 && g !== s ? g : 0;
        const inherited = out[fail[s]!]!;
        out[s] = own[s] ? own[s]!.concat(inherited) : inherited;
      }
    }
    this.fail = fail;
    this.edgeStart = edgeStart;
    this.edgeUnit = edgeUnit;
    this.edgeTo = edgeTo;
    this.outStart = new Int32Array(n + 1);
    let outs = 0;
    for (let s = 0; s < n; s++) {
      this.outStart[s] = outs;
      outs += out[s]!.length;
    }
    this.outStart[n] = outs;
    this.outWords = new Int32Array(outs);
    for (let s = 0; s < n; s++) if (out[s]!.length) this.outWords.set(out[s]!, this.outStart[s]!);
  }

  private step(s: number, ch: number): number {
    if (this.inWords[ch] === 0) return 0;
    let state = s;
    while (state !== 0) {
      for (let e = this.edgeStart[state]!, end = this.edgeStart[state + 1]!; e < end; e++) {
        if (this.edgeUnit[e] === ch) return this.edgeTo[e]!;
      }
      state = this.fail[state]!;
    }
    return this.rootMove[ch]!;
  }

  /** Every occurrence: the word's index and the UTF-16 offset where it ends (exclusive). */
  occurrences(text: string): { word: number; end: number }[] {
    const out: { word: number; end: number }[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      for (let k = this.outStart[s]!, end = this.outStart[s + 1]!; k < end; k++) out.push({ word: this.outWords[k]!, end: i + 1 });
    }
    return out;
  }

  /** How many times each word occurs in text (by the word's index): no object per occurrence, however long the text. */
  counts(text: string): Uint32Array {
    const found = new Uint32Array(this.words);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      for (let k = this.outStart[s]!, end = this.outStart[s + 1]!; k < end; k++) found[this.outWords[k]!]!++;
    }
    return found;
  }

  /** Indexes of the words that occur in text. */
  search(text: string): Set<number> {
    const found = new Set<number>();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      for (let k = this.outStart[s]!, end = this.outStart[s + 1]!; k < end; k++) found.add(this.outWords[k]!);
    }
    return found;
  }
}
