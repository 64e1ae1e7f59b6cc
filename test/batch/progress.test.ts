import { describe, expect, it } from 'vitest';
import { createProgress, etaText } from '../../pipeline/batch/progress.ts';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream, chunks };
}

describe('progress', () => {
  it('is silent with --quiet', () => {
    const { stream, chunks } = fakeStream(true);
    const p = createProgress({ quiet: true, stream });
    p.update({ done: 1, total: 2, failed: 1 });
    p.finish();
    expect(chunks).toEqual([]);
  });

  it('draws a bar with done/total, failures and time left on a terminal', () => {
    const { stream, chunks } = fakeStream(true);
    let t = 0;
    const p = createProgress({ quiet: false, stream, now: () => t });
    for (let done = 1; done <= 4; done++) {
      t += 1000;
      p.update({ done, total: 10, failed: done > 2 ? 1 : 0 });
    }
    const last = chunks.at(-1)!;
    expect(last.startsWith('\r')).toBe(true);
    expect(last).toContain('4/10');
    expect(last).toContain('失败 1');
    expect(last).toContain('剩余约 6 秒');
    p.finish();
    expect(chunks.at(-1)).toBe('\n');
  });

  it('writes plain lines on a pipe: every 10 % or 5 s, not for a batch that ends at once', () => {
    const { stream, chunks } = fakeStream(false);
    let t = 0;
    const p = createProgress({ quiet: false, stream, now: () => t });
    p.update({ done: 1, total: 100, failed: 0 }); // too early: no line
    expect(chunks).toEqual([]);
    t = 2500;
    for (let done = 2; done <= 5; done++) p.update({ done, total: 100, failed: 0 });
    expect(chunks).toEqual([]); // same tenth, under 5 s
    t = 6000;
    p.update({ done: 6, total: 100, failed: 2 });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/^已处理 6\/100（6%），失败 2，剩余约 1 分 53 秒\n$/);
    t = 6100;
    p.update({ done: 10, total: 100, failed: 2 });
    expect(chunks).toHaveLength(2);
    for (const l of chunks) expect(l.endsWith('\n')).toBe(true);
  });

  it('estimates the time left from the pace after the first document', () => {
    expect(etaText({ done: 5, total: 10, failed: 0 }, 4000, 4)).toBe('剩余约 5 秒');
    expect(etaText({ done: 1, total: 1000, failed: 0 }, 0, 0)).toBe('');
    expect(etaText({ done: 10, total: 1000, failed: 0 }, 9000, 9)).toBe('剩余约 16 分 30 秒');
  });

  it('names a document that runs past a few seconds on the bar, and drops it when it finishes', () => {
    const { stream, chunks } = fakeStream(true);
    let t = 0;
    const p = createProgress({ quiet: false, stream, now: () => t, timer: false });
    p.started!('a.docx');
    p.started!('slow.pdf');
    t = 1000;
    p.update({ done: 1, total: 3, failed: 0, current: 'a.docx' });
    p.tick!();
    expect(chunks.join('')).not.toContain('正在处理');
    t = 7000;
    p.tick!();
    expect(chunks.at(-1)).toContain('正在处理 slow.pdf（已 7 秒）');
    t = 7500;
    p.update({ done: 2, total: 3, failed: 0, current: 'slow.pdf' });
    expect(chunks.at(-1)).not.toContain('slow.pdf');
    p.finish();
  });

  it('names a slow document in a log once past 10 s, then every 30 s', () => {
    const { stream, chunks } = fakeStream(false);
    let t = 0;
    const p = createProgress({ quiet: false, stream, now: () => t, timer: false });
    p.started!('scan.pdf');
    for (t = 1000; t <= 45_000; t += 1000) p.tick!();
    expect(chunks).toEqual(['正在处理 scan.pdf（已 10 秒）\n', '正在处理 scan.pdf（已 40 秒）\n']);
  });
});
