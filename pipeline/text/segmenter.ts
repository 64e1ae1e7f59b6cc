// Word segmentation behind a small interface, so the engine never depends on one library.
// @node-rs/jieba: installs without a native build here, twice as fast as nodejieba.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Jieba as JiebaClass } from '@node-rs/jieba';

export interface Segmenter {
  cut(text: string): string[];
}

const LEGAL_DICT = fileURLToPath(new URL('./legal-dict.txt', import.meta.url));

/** Lines "词 频率 [词性]"; @node-rs/jieba needs the frequency on every line. */
export function legalDictionary(): Buffer {
  const lines = readFileSync(LEGAL_DICT, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => (/\s\d+/.test(l) ? l : `${l} 100000 n`));
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

let shared: Segmenter | undefined;

// Required on first use, not imported: most processes (a worker re-checking cached parses, `beishen rules
// lint`) never cut. The word dictionary is read from the package's dict.txt, the file its dict.js exports as
// `dict`: dict.js also reads idf.txt (6 MB, for keyword extraction, which nothing here does).
const require = createRequire(import.meta.url);

export function getSegmenter(): Segmenter {
  if (!shared) {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: typeof JiebaClass };
    const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(legalDictionary());
    shared = { cut: (text: string) => jieba.cut(text, true) };
  }
  return shared;
}
