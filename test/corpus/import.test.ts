// Import through the real command line: LawRefBook markdown with its defects, a law as .docx
// through the ingest pipeline, then `corpus search --corpus` and loadCorpus on the result.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCorpus } from '../../pipeline/cli/corpus.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import { readCorpus } from '../../pipeline/corpus/store.ts';
import { runCli } from '../support/cli.ts';
import { HAS_LAWS, LAWS, TMP } from './support.ts';

const OUT = join(TMP, 'corpus-import');
const DOCX_DIR = join(TMP, 'corpus-docx');

// A subset that carries every quirk the README lists, so the test stays fast (the bench imports all).
const SUBSET = [
  '民法典', // one law split over 编 files, a part file without a 施行 line
  '地方性法规', // files without metadata and without a date in the name
  '宪法相关法/立法法(2015-03-15).md', '宪法相关法/立法法(2023-03-13).md', // two versions
  '民法商法/农民专业合作社法(2017-12-27).md', // 笫五十四条
  '诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md', // 第一百二十八 条
  '行政法/文物保护法(2024-11-08).md', // wrapped metadata line starting with 第三十一条
  '行政法规/信访条例(2005-01-10).md', // repealed, still in the snapshot
  '司法解释/最高人民法院关于适用《刑事诉讼法》的解释(2021-01-26).md',
];

describe.skipIf(!HAS_LAWS)('beishen corpus import', () => {
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(DOCX_DIR, { recursive: true });
    const lines = ['某某市养犬管理条例', '（2020年6月1日某某市第十五届人民代表大会常务委员会第二十次会议通过）', '第一章　总则',
      '第一条　为了规范养犬行为，保障公民健康和人身安全，制定本条例。', '第二条　养犬人应当遵守下列规定：', '（一）为犬只办理登记；',
      '（二）携犬出户时束犬链。', '第三条　本条例自2021年1月1日起施行。'];
    const doc = new Document({ sections: [{ children: lines.map((t) => new Paragraph(t)) }] });
    writeFileSync(join(DOCX_DIR, '某某市养犬管理条例.docx'), await Packer.toBuffer(doc));
  });
  afterAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    rmSync(DOCX_DIR, { recursive: true, force: true });
  });

  it('imports markdown and docx law files and prints the counts', async () => {
    const r = runCli(['corpus', 'import', ...SUBSET.map((p) => join(LAWS, p)), DOCX_DIR, '--out', OUT]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已导入 \d+ 部法规、\d+ 个版本、\d+ 条/);
    expect(existsSync(join(OUT, 'index.bin'))).toBe(true);

    const stored = await readCorpus(OUT, { validate: true });
    const byTitle = (t: string) => stored.laws.filter((l) => l.title === t);
    const civil = byTitle('中华人民共和国民法典');
    expect(civil).toHaveLength(1);
    expect(civil[0].articles).toHaveLength(1260);
    expect(civil[0].articles[1259].label).toBe('第一千二百六十条');
    expect(civil[0].articles.find((a) => a.label === '第一千零三十二条')?.chapter).toMatch(/^人格权编/);

    const lifa = byTitle('中华人民共和国立法法');
    expect(lifa.map((l) => [l.version, l.status])).toEqual([['2015-03-15', 'amended'], ['2023-03-13', 'in-force']]);
    expect(byTitle('中华人民共和国农民专业合作社法')[0].articles.find((a) => a.number === 54)?.label).toBe('第五十四条');
    const xs = byTitle('中华人民共和国刑事诉讼法')[0];
    expect(xs.articles.find((a) => a.number === 128)?.text).toMatch(/^侦查人员对于与犯罪有关的场所/);
    expect(xs.articles).toHaveLength(308);
    const relics = byTitle('中华人民共和国文物保护法')[0];
    expect(relics.articles[0].label).toBe('第一条');
    expect(byTitle('信访条例')[0]).toMatchObject({ status: 'repealed', replacedBy: '信访工作条例', repealedOn: '2022-05-01' });
    expect(byTitle('最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释')[0].level).toBe('司法解释');
    const shanghai = byTitle('上海市烟花爆竹安全管理条例')[0];
    expect(shanghai.level).toBe('地方性法规');
    expect(shanghai.articles.length).toBeGreaterThan(20);
    const dogs = byTitle('某某市养犬管理条例')[0];
    expect(dogs).toMatchObject({ version: '2020-06-01', issuer: '某某市人民代表大会常务委员会' });
    expect(dogs.versions[0]).toMatchObject({ adopted: '2020-06-01', effective: '2021-01-01' });
    expect(dogs.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(dogs.articles[1].text).toBe('养犬人应当遵守下列规定：\n（一）为犬只办理登记；\n（二）携犬出户时束犬链。');
  });

  it('searches and resolves in the imported corpus', async () => {
    const r = runCli(['corpus', 'search', '在城区禁止燃放烟花爆竹的区域', '--corpus', OUT, '--format', 'json', '--limit', '5']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { law: string; article: string; text: string; score: number }[] };
    expect(out.results).toHaveLength(5);
    expect(out.results.some((h) => /烟花爆竹/.test(h.law))).toBe(true);
    const corpus = await loadCorpus(OUT);
    expect(corpus.resolve('民法典', '第一千零三十二条')?.text).toMatch(/^自然人享有隐私权/);
    expect(corpus.findLawAt('立法法', '2016-01-01')?.version).toBe('2015-03-15');
  });

  it('rejects bad usage with exit code 2 and a Chinese message', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCorpus(['import'])).toBe(2);
      expect(await runCorpus(['search', '罚款', '--corpus', join(TMP, 'no-such-corpus')])).toBe(2);
      expect(await runCorpus(['frobnicate'])).toBe(2);
      expect(await runCorpus(['search', '罚款', '--limit', '0'])).toBe(2);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(/缺少要导入的目录或文件[\s\S]*不是法规库目录[\s\S]*未知的子命令/);
    } finally {
      err.mockRestore();
    }
  });
});
