// One pass over a text finds every one of many words (Aho–Corasick automaton), so the cost depends on
// the text length, not on the number of words: the rule engine's literal prefilter, the citation
// scanner's law names, the analysis stage's vocabulary.
// The automaton walks UTF-16 code units (charCodeAt), not code points: a character outside the BMP is two
// units in the words and in the text alike, so matches are the same, and no string is made per character.
//
// The trie is built with a Map per state, then flattened into typed arrays for the walk, which runs over
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

  constructor(words: string[]) {
    const goto: Map<number, number>[] = [new Map()];
    const fail: number[] = [0];
    const out: number[][] = [[]];
    words.forEach((w, idx) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const ch = w.charCodeAt(i);
        this.inWords[ch] = 1;
        let next = goto[s]!.get(ch);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          fail.push(0);
          out.push([]);
          goto[s]!.set(ch, next);
        }
        s = next;
      }
      out[s]!.push(idx);
    });
    const queue: number[] = [];
    for (const s of goto[0]!.values()) queue.push(s);
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head]!;
      for (const [ch, s] of goto[r]!) {
        queue.push(s);
        let f = fail[r]!;
        while (f !== 0 && !goto[f]!.has(ch)) f = fail[f]!;
        const g = goto[f]!.get(ch);
        fail[s] = g !== undefined && g !== s ? g : 0;
        out[s]!.push(...out[fail[s]!]!);
      }
    }
    for (const [ch, s] of goto[0]!) this.rootMove[ch] = s;
    const n = goto.length;
    this.fail = Int32Array.from(fail);
    this.edgeStart = new Int32Array(n + 1);
    this.outStart = new Int32Array(n + 1);
    let edges = 0;
    let outs = 0;
    for (let s = 0; s < n; s++) {
      this.edgeStart[s] = edges;
      this.outStart[s] = outs;
      if (s > 0) edges += goto[s]!.size;
      outs += out[s]!.length;
    }
    this.edgeStart[n] = edges;
    this.outStart[n] = outs;
    this.edgeUnit = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    this.outWords = new Int32Array(outs);
    for (let s = 0; s < n; s++) {
      let e = this.edgeStart[s]!;
      if (s > 0) for (const [ch, t] of goto[s]!) { this.edgeUnit[e] = ch; this.edgeTo[e++] = t; }
      this.outWords.set(out[s]!, this.outStart[s]!);
    }
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
