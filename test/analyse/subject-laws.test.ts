// The laws a document is about without naming them (analyse/subject-laws.ts): a law's subject from its title, and the
// laws a document's title or provisions name by their subject, in force on its date.
import { describe, expect, it } from 'vitest';
import { deferredLaws, lawSubject, retrievedSubjectLaws, subjectLaws } from '../../pipeline/analyse/subject-laws.ts';
import { thresholdConflict } from '../../pipeline/analyse/thresholds.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('lawSubject', () => {
  it('strips the state, the kind of act and the words every title ends with', () => {
    expect(lawSubject('中华人民共和国特种设备安全法')).toBe('特种设备');
    expect(lawSubject('公共场所卫生管理条例')).toBe('公共场所卫生');
    expect(lawSubject('中华人民共和国土地管理法')).toBe('土地');
    expect(lawSubject('女职工劳动保护特别规定')).toBe('女职工劳动');
  });
  it('keeps a subject whole where stripping would leave a word of every title (国家, 数据, 环境)', () => {
    expect(lawSubject('中华人民共和国国家安全法')).toBe('国家安全');
    expect(lawSubject('中华人民共和国环境保护法')).toBe('环境保护');
  });
  it('reads an implementing act as about its law\'s subject, and drops whose or where it is', () => {
    expect(lawSubject('中华人民共和国档案法实施条例')).toBe('档案');
    expect(lawSubject('中华人民共和国农村土地承包法')).toBe('土地承包');
    expect(lawSubject('中国公民收养子女登记办法')).toBe('收养子女');
  });
  it('gives no subject to decisions and other acts of no one matter', () => {
    expect(lawSubject('全国人民代表大会常务委员会关于修改《中华人民共和国档案法》的决定')).toBeNull();
    expect(lawSubject('国务院关于开展全民义务植树运动的实施办法')).toBeNull();
  });
});

describe('subjectLaws', () => {
  it('takes the laws whose subject the title names after 关于, not the issuer\'s name before it', () => {
    expect(subjectLaws(['某县市场监督管理局关于开展特种设备安全隐患排查的通知'], '', corpus, '2023-05-01')).toContain('中华人民共和国特种设备安全法');
    expect(subjectLaws(['某县档案局关于做好防汛值班工作的通知'], '', corpus, '2023-05-01')).toEqual([]);
  });
  it('takes a subject the provisions name again and again, where the title does not', () => {
    const body = '一、特种设备使用单位应当建立安全技术档案。二、特种设备应当定期检验。三、未经检验的特种设备不得使用。';
    expect(subjectLaws(['某股关于开展场（厂）内专用机动车辆使用登记集中清理的通知'], body, corpus, '2023-05-01')).toContain('中华人民共和国特种设备安全法');
    expect(subjectLaws(['某股关于开展场（厂）内专用机动车辆使用登记集中清理的通知'], '特种设备使用单位应当建立档案。', corpus, '2023-05-01')).toEqual([]);
  });
  it('leaves out a general law whose two-character subject is part of a longer one taken (女职工劳动 → not 劳动法)', () => {
    const laws = subjectLaws(['某县人力资源和社会保障局关于做好女职工劳动保护工作的通知'], '', corpus, '2023-05-01');
    expect(laws).toContain('女职工劳动保护特别规定');
    expect(laws).not.toContain('中华人民共和国劳动法');
  });
  it('reads the kinds of social insurance as 社会保险法\'s matter, not 保险法\'s; a commercial insurance stays 保险法\'s', () => {
    const social = subjectLaws(['某县医疗保障局关于规范生育保险待遇支付工作的通知'], '', corpus, '2024-04-15');
    expect(social).toContain('中华人民共和国社会保险法');
    expect(social).not.toContain('中华人民共和国保险法');
    expect(subjectLaws(['某县人民政府办公室关于做好学生意外伤害保险工作的通知'], '', corpus, '2022-09-05')).toContain('中华人民共和国保险法');
  });
  it('takes only a law in force on the day, in a text the corpus holds', () => {
    // 档案法实施办法 (1999) was repealed in 2024 by the 档案法实施条例: a document of 2025 is about the 条例.
    const laws = subjectLaws(['某县档案馆关于规范档案查阅利用工作的通知'], '', corpus, '2025-03-01');
    expect(laws).toContain('中华人民共和国档案法实施条例');
    expect(laws).not.toContain('中华人民共和国档案法实施办法');
  });
});

describe('thresholdConflict with the laws a document is about', () => {
  it('compares a number with the law the document is about where the laws it names say nothing of it', () => {
    // 劳动合同法第十九条: 劳动合同期限一年以上不满三年的，试用期不得超过二个月. The clause's trailing words (转正) are
    // another matter: the sentence up to the number is close enough.
    const c = thresholdConflict('企业与职工订立一年期劳动合同的，试用期可以约定为三个月，试用期满考核合格的转为正式职工。',
      ['中华人民共和国兵役法'], corpus, '2019-05-20', false, ['中华人民共和国劳动合同法']);
    expect(c && [c.law.title, c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['中华人民共和国劳动合同法', '第十九条', '三个月', '二个月']);
  });
  it('says nothing where the number is the law\'s', () => {
    expect(thresholdConflict('劳动合同期限三个月以上不满一年的，试用期不得超过一个月。', [], corpus, '2019-05-20', false, ['中华人民共和国劳动合同法'])).toBeNull();
  });
});

describe('retrievedSubjectLaws', () => {
  // A county office's notice on 行政赔偿 that names no law: its sentences speak 国家赔偿法's words.
  const compensation = [
    '赔偿请求人要求行政赔偿的，应当向赔偿义务机关递交赔偿申请书',
    '赔偿义务机关收到申请后，应当出具加盖本机关专用印章的书面凭证',
    '赔偿义务机关应当在规定期限内作出是否赔偿的决定，并书面告知赔偿请求人',
    '赔偿义务机关决定不予赔偿的，应当书面通知赔偿请求人并说明理由',
    '赔偿请求人对赔偿的方式、项目、数额有异议的，可以依法向人民法院提起诉讼',
    '赔偿费用列入本级财政预算，由赔偿义务机关向财政部门申请支付',
    '各乡镇、各部门要明确专人负责，做好相关工作',
  ];
  it('finds the law most sentences of a notice retrieve', () => {
    expect(retrievedSubjectLaws(compensation, corpus, '2021-06-01')).toContain('中华人民共和国国家赔偿法');
  });
  it('finds none where the sentences scatter or are too few', () => {
    expect(retrievedSubjectLaws(compensation.slice(0, 3), corpus, '2021-06-01')).toEqual([]);
    const scattered = ['各单位要高度重视安全生产工作', '严禁在林区野外用火', '养犬人应当为犬只办理登记',
      '学校应当保障学生的课外活动时间', '经营者不得销售过期食品', '建设单位应当依法办理施工许可'];
    expect(retrievedSubjectLaws(scattered, corpus, '2021-06-01')).toEqual([]);
  });
});

describe('deferredLaws', () => {
  it('reads the law an act hands its whole matter to, not a part of it', () => {
    expect(deferredLaws(corpus.findLaw('中华人民共和国耕地占用税法')!)).toEqual(['中华人民共和国税收征收管理法']);
    expect(deferredLaws(corpus.findLaw('中华人民共和国土地管理法')!)).toEqual([]);
  });
});
