import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../pipeline/batch/shard.ts';

const files = Array.from({ length: 400 }, (_, i) => ({ display: `县政府文件/2024/第${i}号.docx` }));

describe('--shard i/n', () => {
  it('parses i/n with 1 ≤ i ≤ n and rejects everything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/3', '1/4/2']) expect(parseShard(bad)).toBeNull();
  });

  it('splits the batch into disjoint shards that together cover it, roughly evenly', () => {
    const shards = [1, 2, 3, 4].map((index) => inShard(files, { index, count: 4 }));
    expect(shards.flat().map((f) => f.display).sort()).toEqual(files.map((f) => f.display).sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(60);
  });

  it('depends on the path, not the position: adding a file moves no other file', () => {
    const before = new Map(files.map((f) => [f.display, shardOf(f.display, 4)]));
    const more = [{ display: '县政府文件/2024/补充.docx' }, ...files];
    for (const f of more.slice(1)) expect(shardOf(f.display, 4)).toBe(before.get(f.display));
    expect(shardOf('a\\b.docx', 3)).toBe(shardOf('a/b.docx', 3));
  });
});
