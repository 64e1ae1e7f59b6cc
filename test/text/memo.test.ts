import { describe, expect, it } from 'vitest';
import { keepLast, keepUpTo, keepUpToBy } from '../../pipeline/text/memo.ts';

describe('kept answers', () => {
  it('keepLast answers the last argument from what it kept, and a new one anew', () => {
    const calls: string[] = [];
    const f = keepLast((s: string) => { calls.push(s); return s.length; });
    expect([f('ab'), f('ab'), f('abc'), f('ab')]).toEqual([2, 2, 3, 2]);
    expect(calls).toEqual(['ab', 'abc', 'ab']);
  });

  it('keepUpTo keeps answers per argument, forgets them all at the bound, and still answers right', () => {
    const calls: string[] = [];
    const f = keepUpTo((s: string) => { calls.push(s); return s.toUpperCase(); }, 2);
    expect([f('a'), f('b'), f('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    expect(f('c')).toBe('C'); // the bound: a and b are forgotten
    expect(f('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keepUpToBy keeps answers per key of several arguments', () => {
    const calls: string[] = [];
    const f = keepUpToBy((a: string, n: number) => `${a}/${n}`, (a: string, n: number) => { calls.push(`${a}${n}`); return a.repeat(n); }, 10);
    expect([f('a', 2), f('a', 2), f('a', 3)]).toEqual(['aa', 'aa', 'aaa']);
    expect(calls).toEqual(['a2', 'a3']);
  });
});
