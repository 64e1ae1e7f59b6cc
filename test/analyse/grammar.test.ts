// The vocabulary grammar's slots: what a noun phrase and a township's body are. Rule examples test whole forms; these
// pin the slots every form shares, so that a change to one is seen where it matters.
import { describe, expect, it } from 'vitest';
import { compileForm } from '../../pipeline/analyse/grammar.ts';

const slot = (form: string) => new RegExp(`^(?:${compileForm(form, () => undefined)})$`);

describe('{np}', () => {
  const np = slot('缴纳{np}保证金');
  it('takes a name in quotation marks as one word of the phrase', () => {
    expect(np.test('缴纳"门前三包"履约保证金')).toBe(true);
    expect(np.test('缴纳“文明商户”诚信保证金')).toBe(true);
  });
  it('still stops at particles and runs of more than eight words', () => {
    expect(np.test('缴纳商户的保证金')).toBe(false);
    expect(np.test('缴纳一二三四五六七八九保证金')).toBe(false);
  });
});

describe('{townshipOrgan}', () => {
  const organ = slot('到{townshipOrgan}办理');
  it('is a body of a township, a street office, a village or a community', () => {
    for (const body of ['乡农业综合服务中心', '镇政府', '桃源镇人民政府', '街道办事处', '社区居委会', '村委会', '镇食品安全委员会办公室']) {
      expect(organ.test(`到${body}办理`), body).toBe(true);
    }
  });
  it('is not a county body whose name holds 城乡, 农村 or 乡村, nor the police', () => {
    for (const body of ['县住房和城乡建设局', '县农业农村综合执法大队', '县城镇建设管理办公室', '镇派出所', '县乡村振兴局']) {
      expect(organ.test(`到${body}办理`), body).toBe(false);
    }
  });
});

describe('{organ}', () => {
  const organ = slot('应当由{organ}批准');
  it('takes the provinces\' organ as a law names it, with the list of their kinds', () => {
    expect(organ.test('应当由省、自治区、直辖市人民政府文物行政部门批准')).toBe(true);
    expect(organ.test('应当由设区的市、自治州人民政府民政部门批准')).toBe(true);
    expect(organ.test('应当由省人民政府文物行政部门批准')).toBe(true);
  });
  it('still holds no list of other words', () => {
    expect(organ.test('应当由县、乡人民政府批准')).toBe(false);
  });
});
