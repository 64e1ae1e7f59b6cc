// The prebuilt sentence hashes (sentences.bin): the same answers as keying the laws themselves, a hash that matches a
// sentence no law holds never counts, and the file round-trips.
import { describe, expect, it } from 'vitest';
import type { CorpusLaw } from '../../pipeline/model/types.ts';
import { createCorpus } from '../../pipeline/corpus/corpus-impl.ts';
import { buildSentenceHashes, deserializeSentenceHashes, lawsWithHash, sentenceKey, serializeSentenceHashes } from '../../pipeline/corpus/sentence-index.ts';
import { EMBEDDED_CORPUS_DIR, loadCorpus } from '../../pipeline/corpus/index.ts';
import { readCorpus } from '../../pipeline/corpus/store.ts';

function law(title: string, version: string, texts: string[]): CorpusLaw {
  return {
    id: `${title}-${version}`, title, shortNames: [], aliases: [], version, level: '法律', status: 'in-force',
    articles: texts.map((text, i) => ({ label: `第${'一二三四五'[i]}条`, number: i + 1, text, paragraphs: [text] })),
  } as unknown as CorpusLaw;
}

const laws = [
  law('甲法', '2020-01-01', ['从事经营活动的单位应当依法办理登记手续并领取营业执照。违反本法规定的，由主管部门责令改正。']),
  law('乙法', '2021-01-01', ['任何单位和个人不得在自然保护区的核心区内从事旅游和生产经营活动。']),
];

describe('sentence hashes', () => {
  it('round-trips and finds the law of a sentence', () => {
    const built = buildSentenceHashes(laws);
    const back = deserializeSentenceHashes(serializeSentenceHashes(built))!;
    expect([...back.hashes]).toEqual([...built.hashes]);
    expect([...back.laws]).toEqual([...built.laws]);
    expect(lawsWithHash(back, sentenceKey('任何单位和个人不得在自然保护区的核心区内从事旅游和生产经营活动'))).toEqual([1]);
    expect(deserializeSentenceHashes(Buffer.alloc(3))).toBeNull();
  });

  it('a corpus with the prebuilt hashes answers as one that keys its laws itself', () => {
    const registry = { laws: [], agencies: [] } as never;
    const prebuilt = createCorpus({ laws, registry, hash: 'a', sentenceHashes: buildSentenceHashes(laws) });
    const own = createCorpus({ laws, registry, hash: 'b' });
    for (const s of ['从事经营活动的单位应当依法办理登记手续并领取营业执照', '任何单位和个人不得在自然保护区的核心区内从事旅游和生产经营活动', '任何单位和个人不得在风景名胜区的核心景区内从事旅游活动']) {
      expect(prebuilt.holdsSentence(s)).toBe(own.holdsSentence(s));
    }
    expect(prebuilt.holdsSentence('从事经营活动的单位应当依法办理登记手续并领取营业执照')).toBe(true);
  });

  it('a hash that matches but a sentence no law holds does not count', () => {
    // An index whose one entry puts the asked sentence's hash on 甲法, which does not hold the sentence.
    const asked = '这是一个任何法律都没有的句子其长度超过十六个字';
    const ofAsked = buildSentenceHashes([law('丙法', '2020-01-01', [`${asked}。`])]);
    const forged = { hashes: ofAsked.hashes, laws: Uint32Array.from([0]) };
    expect(lawsWithHash(forged, sentenceKey(asked))).toEqual([0]);
    const corpus = createCorpus({ laws, registry: { laws: [], agencies: [] } as never, hash: 'c', sentenceHashes: forged });
    expect(corpus.holdsSentence(asked)).toBe(false);
  });

  it('the embedded corpus ships the hashes', async () => {
    const stored = await readCorpus(EMBEDDED_CORPUS_DIR);
    expect(stored.readSentenceHashes?.()?.hashes.length).toBe(stored.manifest.sentences?.entries);
    const corpus = await loadCorpus();
    // 行政复议法第二十条 (2023 text), a sentence it holds; a sentence of no law.
    expect(corpus.holdsSentence('公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请')).toBe(true);
    expect(corpus.holdsSentence('本镇辖区内全体居民应当每月参加两次义务劳动并缴纳保洁费')).toBe(false);
  });
});
