// Every article shipped in corpus/laws must equal the enacted text in the LawRefBook snapshot.
// The check reads the source markdown directly (not through the importer) so that a parser bug
// cannot confirm itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_CORPUS_DIR } from '../../pipeline/corpus/index.ts';
import { readCorpus } from '../../pipeline/corpus/store.ts';
import { HAS_LAWS, LAWS } from './support.ts';

function sourceBody(file: string): string {
  const src = readFileSync(join(LAWS, file), 'utf8');
  const body = src.slice(src.indexOf('<!-- INFO END -->') + '<!-- INFO END -->'.length);
  // The snapshot types 笫 for 第 at the head of a few articles (农民专业合作社法 2017, 笫五十四条); the importer reads it as
  // the article it is, and so does this check — only at the head of a line, where an article's label stands.
  return '\n' + body.split(/\r?\n/).map((l) => l.trim().replace(/^笫(?=[零一二三四五六七八九十百千]+条)/, '第')).filter((l) => l && !l.startsWith('<!--')).join('\n') + '\n';
}

describe('embedded corpus', () => {
  it('validates against law.schema.json and hashes to its manifest', async () => {
    const stored = await readCorpus(EMBEDDED_CORPUS_DIR, { validate: true });
    expect(stored.hash).toBe(stored.manifest.hash);
    expect(stored.readIndex?.().docLen.length).toBeGreaterThan(0);
    // The compact bundle the loader reads holds exactly the per-law files.
    const fast = await readCorpus(EMBEDDED_CORPUS_DIR);
    expect(fast.hash).toBe(stored.hash);
    expect(fast.laws).toEqual(stored.laws);
    const titles = new Set(stored.laws.map((l) => l.title));
    for (const t of ['中华人民共和国宪法', '中华人民共和国立法法', '中华人民共和国行政处罚法', '中华人民共和国行政许可法', '中华人民共和国行政强制法',
      '中华人民共和国行政复议法', '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法', '中华人民共和国政府信息公开条例', '优化营商环境条例',
      '公平竞争审查条例', '中华人民共和国反垄断法', '烟花爆竹安全管理条例', '中华人民共和国大气污染防治法', '中华人民共和国就业促进法',
      '中华人民共和国治安管理处罚法', '中华人民共和国价格法', '中华人民共和国民法典', '规章制定程序条例', '法规规章备案审查条例']) {
      expect(titles, t).toContain(t);
    }
  });

  describe.skipIf(!HAS_LAWS)('against ../shared/laws', () => {
    it('ships every article exactly as enacted', async () => {
      const { laws } = await readCorpus(EMBEDDED_CORPUS_DIR);
      let checked = 0;
      for (const law of laws) {
        const files = (law.source ?? '').split(', ').filter(Boolean);
        expect(files.length, law.title).toBeGreaterThan(0);
        const body = files.map(sourceBody).join('');
        for (const a of law.articles) {
          expect(body.includes(`\n${a.label} ${a.text}\n`), `${law.title}（${law.version}）${a.label}`).toBe(true);
          expect(a.text).toBe(a.paragraphs.join('\n'));
          checked++;
        }
        if (!law.partial) {
          const count = new Set(body.match(/\n第[零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?(?= )/g)).size;
          expect(law.articles.length, `${law.title} article count`).toBe(count);
        }
      }
      expect(checked).toBeGreaterThan(2000);
    });
  });
});

describe('corpus/embedded-laws.yaml', async () => {
  const { readEmbeddedList, selectEmbedded } = await import('../../pipeline/corpus/build-embedded.ts');
  it('is schema-valid and every listed law is shipped', async () => {
    const list = readEmbeddedList();
    const { laws } = await readCorpus(EMBEDDED_CORPUS_DIR);
    for (const e of list) expect(laws.some((l) => l.title === e.title), e.title).toBe(true);
    expect(() => selectEmbedded(laws, [{ title: '中华人民共和国不存在法' }])).toThrow(/没有/);
    expect(() => selectEmbedded(laws, [{ title: '中华人民共和国宪法', articles: ['第九百条'] }])).toThrow(/第九百条/);
  });
});
