// appliesTo: issuer level and kind, document type, dates; unknown issuers are held back, not guessed.
import { describe, expect, it } from 'vitest';
import type { Issuer } from '../../pipeline/model/types.ts';
import { applicability, issuerIn } from '../../pipeline/rules/applicability.ts';

const county: Issuer = { name: '某县人民政府', level: 'county', kind: 'government' };
const township: Issuer = { name: '某镇人民政府', level: 'township', kind: 'government' };
const congress: Issuer = { name: '某省人大常委会', level: 'province', kind: 'people-congress' };
const unknown: Issuer = { name: '某指挥部', level: null, kind: 'coordination-body' };

describe('applicability', () => {
  it('judges a rule about one subject\'s procedure only in documents that name it (onlyText)', () => {
    const only = { onlyText: ['政府信息|信息公开'] };
    expect(applicability(only, [county], null, null, '行政机关收到政府信息公开申请，情况复杂的，可以延长30个工作日。')).toBe('applies');
    expect(applicability(only, [county], null, null, '转让政府还贷公路的收费权，可以申请延长收费期限，但延长的期限不得超过5年。')).toBe('not-applicable');
    expect(applicability({ ...only, unlessText: ['公路'] }, [county], null, null, '政府信息公开申请涉及公路的，……')).toBe('not-applicable');
  });

  it('skips documents issued only by a people\'s congress unless the rule lists that kind', () => {
    expect(applicability(undefined, [congress], null, null)).toBe('not-applicable');
    expect(applicability({ kinds: ['people-congress'] }, [congress], null, null)).toBe('applies');
    expect(applicability(undefined, [county], null, null)).toBe('applies');
    expect(applicability(undefined, [], null, null)).toBe('applies');
  });

  it('matches levels and reports an unknown level instead of guessing', () => {
    expect(applicability({ levels: ['township'] }, [township], null, null)).toBe('applies');
    expect(applicability({ levels: ['township'] }, [county], null, null)).toBe('not-applicable');
    expect(applicability({ levels: ['township'] }, [unknown], null, null)).toBe('issuer-unknown');
    expect(applicability({ levels: ['township'] }, [], null, null)).toBe('issuer-unknown');
    expect(applicability({ levels: ['unknown'] }, [], null, null)).toBe('applies');
  });

  it('judges an issuer of uncertain level (an "X市" missing from the division list) by every level it can be', () => {
    const city: Issuer = { name: '云岭市人民政府', level: null, kind: 'government', possibleLevels: ['county', 'city'] };
    expect(applicability({ levels: ['county', 'city', 'province'] }, [city], null, null)).toBe('applies');
    expect(applicability({ levels: ['township'] }, [city], null, null)).toBe('not-applicable');
    expect(applicability({ levels: ['county'] }, [city], null, null)).toBe('issuer-unknown');
    expect(issuerIn([city], { levels: ['township'] })).toBe(false);
    expect(issuerIn([city], { levels: ['county', 'city'] })).toBe(true);
  });

  it('does not judge laws and regulations (法, 条例) unless the rule names document types', () => {
    expect(applicability(undefined, [county], '条例', null)).toBe('not-applicable');
    expect(applicability(undefined, [county], '法', null)).toBe('not-applicable');
    expect(applicability(undefined, [county], '办法', null)).toBe('applies');
    expect(applicability({ docTypes: ['条例'] }, [county], '条例', null)).toBe('applies');
  });

  it('does not judge 公文 that are not normative documents (报告, 批复, 函, 标准 …)', () => {
    for (const t of ['报告', '批复', '函', '纪要', '请示', '决定书', '标准']) {
      expect(applicability(undefined, [county], t, null), t).toBe('not-applicable');
    }
    for (const t of ['通知', '通告', '意见', '实施意见', '规定', '细则']) {
      expect(applicability(undefined, [county], t, null), t).toBe('applies');
    }
  });

  it('filters by document type and by date', () => {
    expect(applicability({ docTypes: ['通告'] }, [county], '通知', null)).toBe('not-applicable');
    expect(applicability({ docTypes: ['通告'] }, [county], '通告', null)).toBe('applies');
    expect(applicability({ notDocTypes: ['法'] }, [county], '办法', null)).toBe('not-applicable');
    expect(applicability({ after: '2024-08-01' }, [county], null, '2024-06-01')).toBe('not-applicable');
    expect(applicability({ after: '2024-08-01' }, [county], null, '2024-09-01')).toBe('applies');
    expect(applicability({ before: '2021-07-15' }, [county], null, '2022-01-01')).toBe('not-applicable');
    expect(applicability({ after: '2024-08-01' }, [county], null, null)).toBe('applies');
  });

  it('issuerIn checks level and kind together for joint documents', () => {
    expect(issuerIn([township, county], { levels: ['county'], kinds: ['government'] })).toBe(true);
    expect(issuerIn([township], { levels: ['county', 'city'] })).toBe(false);
    expect(issuerIn([unknown], { kinds: ['coordination-body'] })).toBe(true);
  });
});
