// A run of penalties each with its quantity ("处一千元以下罚款、十五日以下拘留") names every one of them: each is a
// mention of its own measure, and each mention keeps its own quantity, not the one of the item before it.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyseDocument, findMentions } from '../../pipeline/analyse/annotate.ts';
import { compileVocabulary, type VocabList } from '../../pipeline/analyse/vocabulary.ts';
import { loadVocabulary } from '../../pipeline/rules/load-vocab.ts';
import { compileMatch } from '../../pipeline/rules/match.ts';
import { loadTestCorpus } from '../rules/support/law-corpus.ts';

const anchor = { law: '中华人民共和国行政处罚法', article: '第九条', quote: '行政处罚的种类' };
const kinds: VocabList = {
  id: 'penalty-kinds', title: '行政处罚的种类', family: 'penalty', anchor,
  entries: [
    { id: 'warning', name: '警告', forms: [{ form: '{impose}{list:penalty-kinds}警告', from: '给予警告' }] },
    { id: 'fine', name: '罚款', forms: [{ form: '{impose}{list:penalty-kinds}{qty}?{de}罚款', from: '处五百元罚款' }] },
    { id: 'detention', name: '行政拘留', listedAs: ['拘留'], forms: [{ form: '{impose}{list:penalty-kinds}{period}?{de}(行政)?拘留', from: '处五日以下拘留' }] },
  ],
};

function mentions(text: string) {
  const a = analyseDocument(text, [{ label: '一、', path: [], text, start: 0, end: text.length }], compileVocabulary([kinds]));
  return a.measures.map((m) => ({ entry: m.entry, quantities: m.quantities.map((q) => `${q.value}${q.unit}`) }));
}

describe('a run of penalties with their quantities', () => {
  it('names the item after a fine with its amount', () => {
    expect(mentions('违者由公安机关处一千元以下罚款、十五日以下拘留。')).toEqual([
      { entry: 'fine', quantities: ['1000yuan'] },
      { entry: 'detention', quantities: ['15day'] },
    ]);
  });

  it('names the fine after a detention by its listed name (拘留, not only 行政拘留)', () => {
    expect(mentions('情节较轻的，处五日以下拘留或者五百元以下罚款。')).toEqual([
      { entry: 'detention', quantities: ['5day'] },
      { entry: 'fine', quantities: ['500yuan'] },
    ]);
  });

  it('names a bare warning after a fine', () => {
    expect(mentions('处二百元以下罚款或者警告。').map((m) => m.entry)).toEqual(['fine', 'warning']);
  });

  it('still reads a run of bare names as before', () => {
    expect(mentions('由公安机关给予警告、罚款、行政拘留的处罚。').map((m) => m.entry).sort()).toEqual(['detention', 'fine', 'warning']);
  });
});

describe('a sanction that is the topic of a procedure', () => {
  it('is not imposed by the sentence that says how to carry it out', () => {
    expect(mentions('公安机关依法实施罚款处罚，应当依照有关法律、行政法规的规定出具罚款收据。')).toEqual([]);
    expect(mentions('对拒不改正的经营者实施罚款。').map((m) => m.entry)).toEqual(['fine']);
  });

  it('is not imposed where the sentence assigns its decision, recalls it as suffered, or holds officials to account for omitting it', () => {
    expect(mentions('予以拘留的行政处罚，由县公安局裁决。')).toEqual([]);
    expect(mentions('给予警告的行政处罚，由乡镇人民政府报请县人民政府决定。')).toEqual([]);
    expect(mentions('被处以罚款的，应当在十五日内到指定银行缴纳。')).toEqual([]);
    expect(mentions('依法应当给予警告而未给予的，追究有关人员的责任。')).toEqual([]);
    expect(mentions('违反本通告的，将被处以五百元罚款。').map((m) => m.entry)).toEqual(['fine']);
  });
});

// The engine meets a rule that reads mentions only in provisions holding one of its entries' required words or
// names (compileMatch's literals): every mention the shipped vocabulary finds must hold one, or a rule would
// silently skip the provision that has it.
describe('the prefilter of rules that read mentions', () => {
  it('holds for every mention in the shipped vocabulary\'s own source wordings', async () => {
    const vocab = loadVocabulary(fileURLToPath(new URL('../../rules/', import.meta.url)), await loadTestCorpus());
    const v = compileVocabulary(vocab.lists);
    const sentences = vocab.lists.flatMap((l) => l.entries.flatMap((e) => e.forms.flatMap((f) => f.from.split(/[；（）]/))));
    let mentions = 0;
    for (const s of sentences) {
      for (const m of findMentions(s, v.entries)) {
        mentions++;
        const literals = compileMatch({ anyOf: [{ measure: m.entry.entry.id }] }, v).literals;
        if (literals) expect(literals.some((w) => s.slice(m.start, m.end).includes(w)), `${m.entry.entry.id}: ${s}`).toBe(true);
      }
    }
    expect(mentions).toBeGreaterThan(150);
  });
});

describe("a sentence's own annotations", () => {
  it('gives who it binds, who acts and its quantities when they are read (worked out on first read)', () => {
    const text = '对违反本通告的个人，由镇综合执法队处二百元罚款。镇人民政府应当于三十日内公布处理结果。';
    const a = analyseDocument(text, [{ label: '一、', path: [], text, start: 0, end: text.length }], compileVocabulary([kinds]));
    const [fine, duty] = a.sentences;
    expect(fine!.subject).toBe('public');
    expect(fine!.actor).toBe('镇综合执法队');
    expect(fine!.quantities.map((q) => [q.value, q.unit, text.slice(q.start, q.end)])).toEqual([[200, 'yuan', '二百元']]);
    expect(duty!.quantities.map((q) => [q.value, q.unit])).toEqual([[30, 'day']]);
    // Read twice, the same object: the value is kept.
    expect(duty!.quantities).toBe(duty!.quantities);
  });
});

describe('the words of a mention', () => {
  function spans(text: string) {
    const a = analyseDocument(text, [{ label: '一、', path: [], text, start: 0, end: text.length }], compileVocabulary([kinds]));
    return a.measures.map((m) => text.slice(m.start, m.end));
  }

  it('do not take an organ\'s 处 before 处以 as a verb of imposing', () => {
    expect(spans('由景区管理处处以200元罚款。')).toEqual(['处以200元罚款']);
    expect(spans('违者并处以500元罚款。')).toEqual(['并处以500元罚款']);
    expect(spans('违者处200元罚款。')).toEqual(['处200元罚款']);
  });
});

describe('an approval in the shipped vocabulary', () => {
  it('names the body that approves, not words before a modal (the 要 of 紧要期 is no 要)', async () => {
    const vocab = loadVocabulary(fileURLToPath(new URL('../../rules/', import.meta.url)), await loadTestCorpus());
    const v = compileVocabulary(vocab.lists);
    const approvals = (s: string) => findMentions(s, v.entries).filter((m) => m.entry.entry.id === 'prior-approval').map((m) => s.slice(m.start, m.end));
    expect(approvals('森林防火紧要期间生产性用火须县防火指挥部批准。')).toEqual(['须县防火指挥部批准']);
    expect(approvals('防火戒严期内，要报镇森林防火办公室批准。')).toEqual(['要报镇森林防火办公室批准']);
  });
});
