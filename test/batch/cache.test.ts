import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntry, defaultCacheDir, encodeEntry, ResultCache } from '../../pipeline/batch/cache.ts';
import { hashParts, parseKey, reportKey } from '../../pipeline/batch/cache-keys.ts';

const KEY = hashParts('test', 'entry');

function entryFile(dir: string, kind: string, key: string) {
  return join(dir, 'v3', kind, key.slice(0, 2), key);
}

describe('cache entries', () => {
  it('round-trips a value', async () => {
    const cache = await ResultCache.open(mkdtempSync(join(tmpdir(), 'beishen-cache-')));
    const value = { findings: [{ id: 'abc', text: '第五条 处以二千元罚款' }], n: 3 };
    await cache.store('report', KEY, value);
    await cache.flush();
    expect(await cache.get('report', KEY)).toEqual(value);
    expect(await cache.get('parse', KEY)).toBeUndefined();
  });

  it('detects a torn or altered entry, ignores it and removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-cache-'));
    const cache = await ResultCache.open(dir);
    await cache.store('parse', KEY, { text: '某某县人民政府关于印发管理办法的通知'.repeat(50) });
    await cache.flush();
    const file = entryFile(dir, 'parse', KEY);
    const whole = readFileSync(file);
    // Truncated (a write cut short), then one flipped byte of the same length.
    writeFileSync(file, whole.subarray(0, whole.length - 7));
    expect(await cache.get('parse', KEY)).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    const flipped = Buffer.from(whole);
    flipped[flipped.length - 3] ^= 0x01;
    writeFileSync(file, flipped);
    expect(await cache.get('parse', KEY)).toBeUndefined();
    writeFileSync(file, whole);
    expect(await cache.get('parse', KEY)).toEqual({ text: '某某县人民政府关于印发管理办法的通知'.repeat(50) });
  });

  it('writes behind: stored entries are all readable after flush, however many were pending', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-cache-'));
    const cache = await ResultCache.open(dir);
    const keys = Array.from({ length: 100 }, (_, i) => hashParts('entry', String(i)));
    const value = (i: number) => ({ i, text: '某某县人民政府关于印发管理办法的通知'.repeat(20) });
    for (const [i, k] of keys.entries()) await cache.store('parse', k, value(i));
    await cache.flush();
    for (const [i, k] of keys.entries()) expect(await cache.get('parse', k)).toEqual(value(i));
    const shards = readdirSync(join(dir, 'v3', 'parse'));
    expect(shards.flatMap((d) => readdirSync(join(dir, 'v3', 'parse', d))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no temporary file behind after a write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-cache-'));
    const cache = await ResultCache.open(dir);
    await cache.store('report', KEY, { a: 1 });
    await cache.flush();
    expect(readdirSync(join(dir, 'v3', 'report', KEY.slice(0, 2)))).toEqual([KEY]);
  });

  it('sweeps temporaries abandoned by killed runs (older than a day) when opened for a run, and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-cache-'));
    const cache = await ResultCache.open(dir);
    await cache.store('report', KEY, { a: 1 });
    await cache.flush();
    const shard = join(dir, 'v3', 'report', KEY.slice(0, 2));
    const old = join(shard, `${KEY}.123.deadbeef.tmp`);
    const fresh = join(shard, `${KEY}.456.cafebabe.tmp`);
    writeFileSync(old, 'half an entry');
    writeFileSync(fresh, 'a write in progress');
    const twoDaysAgo = new Date(Date.now() - 48 * 3600 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    await ResultCache.open(dir); // a worker's view: no sweep
    expect(readdirSync(shard).sort()).toEqual([KEY, `${KEY}.123.deadbeef.tmp`, `${KEY}.456.cafebabe.tmp`]);
    await ResultCache.open(dir, { sweep: true });
    expect(readdirSync(shard).sort()).toEqual([KEY, `${KEY}.456.cafebabe.tmp`]);
    expect(await cache.get('report', KEY)).toEqual({ a: 1 });
  });

  it('frames payloads with their key, length and checksum', () => {
    const payload = Buffer.from('{"a":"甲"}');
    const framed = encodeEntry(payload, KEY);
    expect(decodeEntry(framed, KEY)?.equals(payload)).toBe(true);
    expect(decodeEntry(framed, hashParts('another', 'key'))).toBeUndefined();
    expect(decodeEntry(Buffer.concat([framed, Buffer.from('x')]), KEY)).toBeUndefined();
    expect(decodeEntry(Buffer.from('garbage'), KEY)).toBeUndefined();
    expect(decodeEntry(Buffer.alloc(0), KEY)).toBeUndefined();
  });

  it('an entry copied onto another key is a miss, and is removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-cache-'));
    const cache = await ResultCache.open(dir);
    const other = hashParts('test', 'other');
    await cache.store('report', KEY, { title: '甲县通知' });
    await cache.store('report', other, { title: '乙县通知' });
    await cache.flush();
    writeFileSync(entryFile(dir, 'report', other), readFileSync(entryFile(dir, 'report', KEY)));
    expect(await cache.get('report', other)).toBeUndefined();
    expect(existsSync(entryFile(dir, 'report', other))).toBe(false);
    expect(await cache.get('report', KEY)).toEqual({ title: '甲县通知' });
  });
});

describe('cache keys', () => {
  const fp = { parse: hashParts('p'), report: hashParts('r') };
  it('depend on content, and report keys also on the display path', () => {
    expect(parseKey(fp, 'a'.repeat(64), '.docx')).not.toBe(parseKey(fp, 'b'.repeat(64), '.docx'));
    expect(parseKey(fp, 'a'.repeat(64), '.txt')).not.toBe(parseKey(fp, 'a'.repeat(64), '.md'));
    expect(reportKey(fp, 'a'.repeat(64), 'x/1.docx')).not.toBe(reportKey(fp, 'a'.repeat(64), 'x/2.docx'));
    expect(reportKey({ ...fp, report: hashParts('r2') }, 'a'.repeat(64), 'x')).not.toBe(reportKey(fp, 'a'.repeat(64), 'x'));
  });
  it('hashParts is unambiguous about boundaries', () => {
    expect(hashParts('ab', 'c')).not.toBe(hashParts('a', 'bc'));
  });
});

describe('default cache folder', () => {
  it('honours BEISHEN_CACHE_DIR, keeps tests out of the home folder, else follows XDG', () => {
    expect(defaultCacheDir({ BEISHEN_CACHE_DIR: '/x/c', VITEST: 'true' })).toBe('/x/c');
    expect(defaultCacheDir({ VITEST: 'true', XDG_CACHE_HOME: '/home/u/.cache' })).toBe(join(tmpdir(), 'beishen-test-cache'));
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe('/home/u/.cache/beishen');
    expect(defaultCacheDir({})).toMatch(/\.cache\/beishen$/);
  });
});
