// docNumbersIn starts the 文号 search a name's length before each bracketed year (batch-references.ts): it must
// give exactly the matches of the plain search, names glued to each other and blanks before the bracket included.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../support/random.ts';
import { docNumbersIn } from '../../pipeline/crossdoc/batch-references.ts';
import { DOC_NUMBER } from '../../pipeline/structure/patterns.ts';

const plain = (text: string) => [...text.matchAll(new RegExp(DOC_NUMBER.source, 'g'))].map((m) => [m.index, ...m]);
const fast = (text: string) => docNumbersIn(text).map((m) => [m.index, ...m]);

describe('docNumbersIn', () => {
  it('finds what the plain search finds, on random texts built of 文号 pieces', () => {
    const rand = seededRandom(11);
    const pick = (xs: string[]) => xs[rand(xs.length)]!;
    const maybe = (xs: string[]) => (rand(3) ? '' : pick(xs));
    // A 文号 with each part sometimes missing or replaced: names of any length up to past 14, blanks, brackets.
    const number = () => pick(['', '县', '县政发', '某某市人民政府办公室发', 'XX府', '关于印发通知的县政发']) + maybe([' ', '  ', '\n'])
      + pick(['〔', '（', '(', '[', '【', '']) + maybe([' ']) + pick(['2023', '1999', '2100', '20']) + maybe([' '])
      + pick(['〕', '）', ')', ']', '】', '']) + maybe([' ']) + maybe(['第', '第 ']) + pick(['5', '12', '123456', '']) + maybe([' ']) + pick(['号', '号文', '']);
    const filler = () => pick(['根据', '和', '、', '。', '，', ' ', '\n', '依照', '的通知']);
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + rand(8) }, () => (rand(2) ? number() : filler())).join('');
      const expected = plain(text);
      found += expected.length;
      expect(fast(text), text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('reads real 文号 the same way', () => {
    const text = '根据县政发〔2023〕5号和市政办发 [2019] 第12号文件，以及（2020）号、X府发【2021】3号规定。';
    expect(fast(text)).toEqual(plain(text));
    expect(fast(text).length).toBe(3);
  });
});
