// The law library: which folder is read, what is imported from it (national acts only), that the corpus is built once
// and kept, and that a changed law file is another corpus. A small library of our own in a temporary folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgingCorpusDir, lawLibrarySource, libraryCorpusDir } from '../../pipeline/corpus/library.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import { tempDir } from '../support/cli.ts';

function law(title: string, date: string, articles: string[]): string {
  return `# ${title}\n\n${date.slice(0, 4)}年1月1日 国务院令公布\n\n<!-- INFO END -->\n\n${articles.join('\n\n')}\n`;
}

const root = tempDir('beishen-library-');
const library = join(root, 'laws');
const savedCache = process.env.BEISHEN_BUILD_CACHE;

beforeAll(() => {
  process.env.BEISHEN_BUILD_CACHE = join(root, 'cache');
  mkdirSync(join(library, '行政法规'), { recursive: true });
  mkdirSync(join(library, '地方性法规'), { recursive: true });
  writeFileSync(join(library, '行政法规', '乡村渡口管理条例(2020-01-01).md'), law('乡村渡口管理条例', '2020-01-01', [
    '第一条 为了加强乡村渡口管理，制定本条例。',
    '第二条 设置渡口，应当经县级人民政府批准。',
  ]));
  // A local regulation binds one province: not upper law of every document, so not read.
  writeFileSync(join(library, '地方性法规', '某省渡口条例(2021-01-01).md'), law('某省渡口条例', '2021-01-01', ['第一条 本省渡口由乡镇人民政府管理。']));
});
afterAll(() => {
  if (savedCache === undefined) delete process.env.BEISHEN_BUILD_CACHE;
  else process.env.BEISHEN_BUILD_CACHE = savedCache;
});

describe('the law library', () => {
  it('is the folder BEISHEN_LAW_LIBRARY names, none when it says none, and only a folder with national acts', () => {
    expect(lawLibrarySource({ BEISHEN_LAW_LIBRARY: library })).toBe(library);
    expect(lawLibrarySource({ BEISHEN_LAW_LIBRARY: 'none' })).toBeNull();
    expect(lawLibrarySource({ BEISHEN_LAW_LIBRARY: join(root, 'missing') })).toBeNull();
    expect(lawLibrarySource({ BEISHEN_LAW_LIBRARY: join(library, '地方性法规') })).toBeNull();
  });

  it('imports the national acts once into the build cache and keeps them', async () => {
    const said: string[] = [];
    const dir = await libraryCorpusDir(library, (line) => said.push(line));
    expect(dir).not.toBeNull();
    expect(dir!.startsWith(join(root, 'cache'))).toBe(true);
    expect(said.join('\n')).toMatch(/建立法规库[\s\S]*1 部法规/);
    const corpus = await loadCorpus(dir!);
    expect(corpus.laws.map((l) => l.title)).toEqual(['乡村渡口管理条例']);
    expect(corpus.resolve('乡村渡口管理条例', '第二条')?.text).toContain('应当经县级人民政府批准');
    // Built already: the same folder, nothing said.
    const again: string[] = [];
    expect(await libraryCorpusDir(library, (line) => again.push(line))).toBe(dir);
    expect(again).toEqual([]);
  });

  it('is another corpus when a law file changes, and a named --corpus always wins', async () => {
    const before = await libraryCorpusDir(library);
    writeFileSync(join(library, '行政法规', '乡村渡口管理条例(2020-01-01).md'), law('乡村渡口管理条例', '2020-01-01', [
      '第一条 为了加强乡村渡口管理，制定本条例。',
      '第二条 设置渡口，应当经县级人民政府批准。',
      '第三条 渡船应当标明载客定额。',
    ]));
    const after = await libraryCorpusDir(library);
    expect(after).not.toBe(before);
    expect((await loadCorpus(after!)).resolve('乡村渡口管理条例', '第三条')).not.toBeNull();
    expect(await judgingCorpusDir(join(root, 'elsewhere'))).toBe(join(root, 'elsewhere'));
  });
});
