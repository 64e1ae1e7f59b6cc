// One pass over a text finds every one of many words (Aho–Corasick automaton), so the cost depends on
// the text length, not on the number of words: the rule engine's literal prefilter, the citation
// scanner's law names, the analysis stage's vocabulary.
// The automaton walks UTF-16 code units (charCodeAt), not code points: a character outside the BMP is two
// units in the words and in the text alike, so matches are the same, and no string is made per character.
export class AhoCorasick {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];

  constructor(words: string[]) {
    words.forEach((w, idx) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const ch = w.charCodeAt(i);
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
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head]!;
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

  private step(s: number, ch: number): number {
    let state = s;
    for (;;) {
      const next = this.goto[state]!.get(ch);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = this.fail[state]!;
    }
  }

  /** Every occurrence: the word's index and the UTF-16 offset where it ends (exclusive). */
  occurrences(text: string): { word: number; end: number }[] {
    const out: { word: number; end: number }[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      const words = this.out[s]!;
      for (let k = 0; k < words.length; k++) out.push({ word: words[k]!, end: i + 1 });
    }
    return out;
  }

  /** Indexes of the words that occur in text. */
  search(text: string): Set<number> {
    const found = new Set<number>();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      const words = this.out[s]!;
      for (let k = 0; k < words.length; k++) found.add(words[k]!);
    }
    return found;
  }
}
