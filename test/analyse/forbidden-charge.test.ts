// A charge a clause makes where a law the document names makes the service free (analyse/forbidden-charge.ts): the law's
// free sentence read by its matter, the clause's charge by what it is for.
import { describe, expect, it } from 'vitest';
import { forbiddenCharge } from '../../pipeline/analyse/forbidden-charge.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const at = (c: ReturnType<typeof forbiddenCharge>) => c && `${c.law.title}${c.article.label}`;
const FIRE = ['中华人民共和国消防法'];
const VACCINES = ['中华人民共和国疫苗管理法'];

describe('forbiddenCharge', () => {
  it('finds the article that makes the charged service free, and the charge\'s words', () => {
    const fire = '专职消防队参加火灾扑救和应急救援的，按出警次数向受助单位收取出警服务费。';
    const c = forbiddenCharge(fire, FIRE, corpus, '2023-05-01');
    expect(at(c)).toBe('中华人民共和国消防法第四十九条');
    expect(fire.slice(c!.start, c!.end)).toBe('收取出警服务费');
    expect(at(forbiddenCharge('接种单位为适龄儿童接种免疫规划疫苗，每剂次收取接种服务费十元。', VACCINES, corpus, '2023-05-01')))
      .toBe('中华人民共和国疫苗管理法第四十九条');
  });

  it('finds nothing for a refused charge, the exception a free rule keeps, or the law\'s own charge for the next case', () => {
    expect(forbiddenCharge('专职消防队扑救火灾、应急救援，一律不向受助单位收取任何费用。', FIRE, corpus, '2023-05-01')).toBeNull();
    expect(forbiddenCharge('专职消防队除按规定收取训练场地费外，扑救火灾不得收取其他费用。', FIRE, corpus, '2023-05-01')).toBeNull();
    expect(forbiddenCharge('接种单位接种非免疫规划疫苗，除收取疫苗费用外，可以收取接种服务费。', VACCINES, corpus, '2023-05-01')).toBeNull();
    // A charge named as the conduct a sanction is for is no charge made.
    expect(forbiddenCharge('专职消防队扑救火灾收取费用的，依法追究责任。', FIRE, corpus, '2023-05-01')).toBeNull();
  });
});
