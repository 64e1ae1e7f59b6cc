// One pass over a text finds every one of many words (Aho–Corasick automaton), so the cost depends on
// the text length, not on the number of words: the rule engine's literal prefilter, the citation
// scanner's law names.
export class AhoCorasick {
  private readonly goto: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];

  constructor(words: string[]) {
    words.forEach((w, idx) => {
      let s = 0;
      for (const ch of w) {
        let next = this.goto[s]!.get(ch);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.goto[s]!.set(ch, next);
        }
        s = next;
      }
      this.out[s]!.push(idx);
    });
    const queue: number[] = [];
    for (const s of this.goto[0]!.values()) queue.push(s);
    while (queue.length) {
      const r = queue.shift()!;
      for (const [ch, s] of this.goto[r]!) {
        queue.push(s);
        let f = this.fail[r]!;
        while (f !== 0 && !this.goto[f]!.has(ch)) f = this.fail[f]!;
        const g = this.goto[f]!.get(ch);
        this.fail[s] = g !== undefined && g !== s ? g : 0;
        this.out[s]!.push(...this.out[this.fail[s]!]!);
      }
    }
  }

  /** Every occurrence: the word's index and the UTF-16 offset where it ends (exclusive). */
  occurrences(text: string): { word: number; end: number }[] {
    const out: { word: number; end: number }[] = [];
    let s = 0;
    let at = 0;
    for (const ch of text) {
      at += ch.length;
      while (s !== 0 && !this.goto[s]!.has(ch)) s = this.fail[s]!;
      s = this.goto[s]!.get(ch) ?? 0;
      for (const w of this.out[s]!) out.push({ word: w, end: at });
    }
    return out;
  }

  /** Indexes of the words that occur in text. */
  search(text: string): Set<number> {
    const found = new Set<number>();
    let s = 0;
    for (const ch of text) {
      while (s !== 0 && !this.goto[s]!.has(ch)) s = this.fail[s]!;
      s = this.goto[s]!.get(ch) ?? 0;
      for (const w of this.out[s]!) found.add(w);
    }
    return found;
  }
}
