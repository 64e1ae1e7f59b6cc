import { describe, expect, it } from 'vitest';
import { keepLast, keepUpTo } from '../../pipeline/text/memo.ts';

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
});
