// A seeded generator for tests that compare a fast path with a plain one on random inputs (mulberry32: its
// low bits are as random as its high ones, unlike a small LCG's, whose low bits repeat in short cycles).
export function seededRandom(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
