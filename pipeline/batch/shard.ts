// --shard i/n: a stable 1/n of the batch, chosen by a hash of each document's display path — not by
// its position — so adding or removing one file moves only that file, and every machine given the
// same inputs agrees on the split. i is 1-based (1/4 … 4/4), like vitest, jest and playwright.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

export function shardOf(displayPath: string, count: number): number {
  const normalized = displayPath.replace(/\\/g, '/');
  const h = createHash('sha256').update(normalized, 'utf8').digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard<T extends { display: string }>(files: T[], shard: Shard | null): T[] {
  if (!shard || shard.count === 1) return files;
  return files.filter((f) => shardOf(f.display, shard.count) === shard.index);
}
