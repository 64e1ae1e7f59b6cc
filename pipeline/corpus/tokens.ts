// Tokens for retrieval and keyword comparison: jieba words without punctuation and function words.
import { getSegmenter } from '../text/segmenter.ts';

// Words that occur in nearly every article and say nothing about its subject.
const STOP = new Set(
  ('的 了 和 与 及 以及 或 或者 等 是 在 对 由 为 其 之 并 并且 而 于 将 把 被 从 向 按 按照 依照 依据 根据 ' +
    '应当 可以 不得 必须 有关 相关 规定 本法 本条例 本规定 本办法 本条 前款 下列 所 者 的话 ' +
    '第 条 款 项 一 二 三 四 五 六 七 八 九 十 中 上 下 内 外 以 个 这 该 其他 各 有 无 不 也 都 又 同时 ' +
    '之一 即 若 如 如果 但是 但 情形 之日起 日 年 月').split(/\s+/),
);

const WORDLIKE = /[\p{L}\p{N}]/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const t of getSegmenter().cut(text)) {
    const w = t.trim();
    if (!w || !WORDLIKE.test(w) || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}
