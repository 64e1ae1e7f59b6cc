// Numbers a clause sets for a condition (analyse/thresholds.ts): what each measures, and the comparison with the
// number the law the document names sets for the same thing.
import { describe, expect, it } from 'vitest';
import { agreedByRetrieved, sharesTerm, thresholdConflict, thresholdsIn } from '../../pipeline/analyse/thresholds.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('thresholdsIn', () => {
  it('reads ages, masses and periods with the words they measure, and no lead where there are none', () => {
    const t = thresholdsIn('驾驶人员年龄不超过55周岁，车辆总质量4500千克以下，到本县居住满一年，经三分之二以上业主同意。');
    // "经三分之二以上业主同意": the share has no words before it to say what it is of.
    expect(t.map((x) => [x.q.unit, x.q.value, x.lead])).toEqual([['age', 55, '驾驶人员年龄'], ['kg', 4500, '车辆总质量'], ['day', 365, '到本县居住']]);
  });
});

describe('a deadline that opens its clause', () => {
  // 古生物化石保护条例第十八条第二款: "……应当在24小时内赶赴现场，并在7日内提出处理意见。"
  const found = '单位和个人在生产、建设等活动中发现古生物化石的，应当保护好现场，并立即报告我局。我局接到报告后，在十五个工作日内提出处理意见。';
  it('is named by the act it bounds, where that act says more than the common words', () => {
    expect(thresholdsIn('我局接到报告后，在十五个工作日内提出处理意见。').map((x) => [x.q.raw, x.act])).toEqual([['十五个工作日', '提出处理意见']]);
    expect(thresholdsIn('接到申请后，在十五个工作日内作出决定。')).toEqual([]);
  });
  it('is compared with the law\'s deadline for the same act; the administration may promise a faster one', () => {
    const c = thresholdConflict(found, ['古生物化石保护条例'], corpus, '2024-05-14', true, [], '');
    expect(c && [c.mine.q.raw, c.theirs.q.raw, `${c.law.title}${c.article.label}`]).toEqual(['十五个工作日', '7日', '古生物化石保护条例第十八条']);
    expect(thresholdConflict(found.replace('十五个工作日', '5日'), ['古生物化石保护条例'], corpus, '2024-05-14', true, [], '')).toBeNull();
  });
});

describe('thresholdConflict', () => {
  it('finds the article that sets another number for the same thing, in the text of the date', () => {
    const c = thresholdConflict('到本县居住满两年，并同时具有合法稳定就业和合法稳定住所的，可以申领居住证。', ['居住证暂行条例'], corpus, '2023-05-01', false);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第二条', '两年', '半年']);
  });
  it('reads every number of the clause, and quotes the article\'s number for the clause\'s case', () => {
    // 劳动合同法第十九条: 一年以上不满三年 → 试用期不得超过二个月 (its 三个月 is a contract's term, not a probation).
    const c = thresholdConflict('劳动合同期限一年以上不满三年的，试用期不得超过三个月。', ['中华人民共和国劳动合同法'], corpus, '2023-05-01', false);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第十九条', '三个月', '二个月']);
  });
  it('says nothing for the law\'s own number, a number of another case of the article, or a faster promise', () => {
    expect(thresholdConflict('到本县居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。', ['居住证暂行条例'], corpus, '2023-05-01', false)).toBeNull();
    expect(thresholdConflict('经营户应当建立进货查验记录制度，记录和凭证保存期限不得少于六个月。', ['中华人民共和国食品安全法'], corpus, '2023-05-01', false)).toBeNull();
    expect(thresholdConflict('申请材料齐全的，县行政审批局应当自受理之日起十日内作出行政许可决定。', ['中华人民共和国行政许可法'], corpus, '2023-05-01', true)).toBeNull();
  });
});

describe('thresholdConflict with a named law\'s implementing regulation', () => {
  it('quotes the regulation beside the law where both set the number for the same thing', () => {
    // 土地管理法第五十七条 and 土地管理法实施条例（2021）第二十条 both: 临时使用土地期限一般不超过二年. The notice names the law only.
    const c = thresholdConflict('建设项目临时使用集体土地的，使用期限一般不超过三年。', ['中华人民共和国土地管理法'], corpus, '2022-03-01', false);
    expect(c && [c.law.title, c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['中华人民共和国土地管理法', '第五十七条', '三年', '二年']);
    expect(c?.also && [c.also.law.title, c.also.article.label]).toEqual(['中华人民共和国土地管理法实施条例', '第二十条']);
  });
  it('searches the regulation, but its numbers, like the law\'s, agree with a clause that keeps them', () => {
    expect(thresholdConflict('建设项目临时使用集体土地的，使用期限一般不超过二年。', ['中华人民共和国土地管理法'], corpus, '2022-03-01', false)).toBeNull();
  });
});

describe('thresholdConflict across working days and days', () => {
  // 行政许可法第四十二条: 除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。
  it('finds a period in working days surely longer than the law\'s days', () => {
    const c = thresholdConflict('县行政审批局应当自受理行政许可申请之日起三十个工作日内作出行政许可决定。', ['中华人民共和国行政许可法'], corpus, '2023-05-01', true);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第四十二条', '三十个工作日', '二十日']);
  });
  it('says nothing where working days may be as long as the law\'s days', () => {
    expect(thresholdConflict('县行政审批局应当自受理行政许可申请之日起十五个工作日内作出行政许可决定。', ['中华人民共和国行政许可法'], corpus, '2023-05-01', true)).toBeNull();
  });
});

describe('thresholdConflict between articles equally close to the sentence', () => {
  // 危险化学品安全管理条例 gives 45日 for a 安全使用许可证 (第三十一条) and 30日 for a 经营 approval (第三十五条) in the same
  // words ("自收到证明材料之日起……日内作出批准或者不予批准的决定"): the document's title says which it is about.
  const sentence = '安全生产监督管理部门应当自收到证明材料之日起四十个工作日内作出批准或者不予批准的决定。';
  it('takes the article the document\'s title speaks of', () => {
    const c = thresholdConflict(sentence, ['危险化学品安全管理条例'], corpus, '2021-05-01', true, [], '某县应急管理局关于做好危险化学品经营许可证核发工作的通知');
    expect(c && [c.article.label, c.theirs.q.raw]).toEqual(['第三十五条', '30日']);
  });
});

describe('thresholdConflict with rates', () => {
  // 住房公积金管理条例第十八条: 缴存比例均不得低于职工上一年度月平均工资的5%.
  it('compares a rate the clause sets for the same thing', () => {
    const c = thresholdConflict('本县职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的百分之三点五。', ['住房公积金管理条例'], corpus, '2022-03-01', false);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第十八条', '百分之三点五', '5%']);
    expect(thresholdConflict('本县职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的百分之五。', ['住房公积金管理条例'], corpus, '2022-03-01', false)).toBeNull();
  });
});

describe('a long article that shares the sentence\'s own name', () => {
  // 乳品质量安全监督管理条例第二十条 lists the conditions of a 生鲜乳收购站 at length and sets the licence's term at its end; a
  // short sentence on the term shares few of its words but the licence's name.
  const article = '第二十条 生鲜乳收购站应当由取得工商登记的乳制品生产企业、奶畜养殖场、奶农专业生产合作社开办，并具备下列条件，取得所在地县级人民政府畜牧兽医主管部门颁发的生鲜乳收购许可证：（一）符合生鲜乳收购站建设规划布局；（二）有符合环保和卫生要求的收购场所；（三）有与收奶量相适应的冷却、冷藏、保鲜设施和低温运输设备；（四）有与检测项目相适应的化验、计量、检测仪器设备；（五）有经培训合格并持有有效健康证明的从业人员；（六）有卫生管理和质量安全保障制度。生鲜乳收购许可证有效期2年；生鲜乳收购站不再办理工商登记。';
  it('is compared by that name', () => {
    expect(sharesTerm('镇内收购站持有的生鲜乳收购许可证，有效期为一年。', article)).toBe(true);
  });
  it('but not by words every article has', () => {
    expect(sharesTerm('由县级以上地方人民政府畜牧兽医主管部门负责。', article)).toBe(false);
    expect(sharesTerm('收购站的有效期为一年。', article)).toBe(false);
  });
});

describe('thresholdConflict reads the clause without its number and in the units of the law', () => {
  it('compares a clause whose provision label opens the sentence as the clause without it', () => {
    // 行政许可法第四十八条: 行政机关应当于举行听证的七日前将举行听证的时间、地点通知申请人、利害关系人.
    const labelled = thresholdConflict('第六条 行政机关应当于举行听证的三日前将举行听证的时间、地点通知申请人。', ['中华人民共和国行政许可法'], corpus, '2023-05-01', false);
    const bare = thresholdConflict('行政机关应当于举行听证的三日前将举行听证的时间、地点通知申请人。', ['中华人民共和国行政许可法'], corpus, '2023-05-01', false);
    expect(labelled && [labelled.article.label, labelled.mine.q.raw, labelled.theirs.q.raw]).toEqual(['第四十八条', '三日', '七日']);
    // The label's characters are no words of the matter: the article is as close to the labelled clause as to the bare one.
    expect(labelled?.similarity).toBe(bare?.similarity);
  });
  it('takes an age in a list of conditions as the age of the one the list is for', () => {
    // 人民陪审员法第五条（三）: 年满二十八周岁.
    const c = thresholdConflict('担任人民陪审员应当拥护宪法，年满三十周岁，品行良好，并具有高中以上文化程度。', ['中华人民共和国人民陪审员法'], corpus, '2022-05-01', false);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第五条', '三十周岁', '二十八周岁']);
    expect(thresholdsIn('担任人民陪审员应当拥护宪法，年满三十周岁。')[0]?.lead).toBe('担任人民陪审员');
  });
  it('compares a percentage with a fraction of the same whole', () => {
    // 人民陪审员法第十一条第二款: 不得超过人民陪审员名额数的五分之一.
    const c = thresholdConflict('通过个人申请和组织推荐产生的人民陪审员，不超过人民陪审员名额数的30%。', ['中华人民共和国人民陪审员法'], corpus, '2022-05-01', false);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第十一条', '30%', '五分之一']);
    expect(thresholdConflict('通过个人申请和组织推荐产生的人民陪审员，不超过人民陪审员名额数的20%。', ['中华人民共和国人民陪审员法'], corpus, '2022-05-01', false)).toBeNull();
  });
});

describe('agreedByRetrieved', () => {
  it('takes a number another act sets in a sentence that says what the clause says as restated, not departed from', () => {
    // 企业信息公示暂行条例第十条: 企业应当自下列信息形成之日起20个工作日内通过企业信用信息公示系统向社会公示.
    const sentence = '企业应当自股东认缴和实缴的出资额信息形成之日起20个工作日内通过企业信用信息公示系统向社会公示。';
    const mine = thresholdsIn(sentence)[0]!;
    const departing = { mine, similarity: 0.3 } as Parameters<typeof agreedByRetrieved>[0];
    expect(agreedByRetrieved(departing, sentence, [{ law: '企业信息公示暂行条例', article: '第十条' }], corpus, '2023-05-01')).toBe(true);
    // Not an article that sets the number for the thing in words far from the clause's, nor one less close than the article
    // the clause departs from.
    expect(agreedByRetrieved(departing, sentence, [{ law: '企业信息公示暂行条例', article: '第八条' }], corpus, '2023-05-01')).toBe(false);
    expect(agreedByRetrieved({ ...departing, similarity: 0.99 }, sentence, [{ law: '企业信息公示暂行条例', article: '第十条' }], corpus, '2023-05-01')).toBe(false);
  });
  it('does not take a general cap as agreeing with a number the closer rule sets otherwise for the clause\'s case', () => {
    // 劳动法第二十一条's 六个月 of any probation; 劳动合同法第十九条's 二个月 for a contract of 一年以上不满三年.
    const sentence = '劳动合同期限一年以上不满三年的，试用期最长可以约定为六个月。';
    const c = thresholdConflict(sentence, ['中华人民共和国劳动合同法'], corpus, '2023-05-01', false)!;
    expect(c.article.label).toBe('第十九条');
    expect(agreedByRetrieved(c, sentence, [{ law: '中华人民共和国劳动法', article: '第二十一条' }], corpus, '2023-05-01')).toBe(false);
  });
});

describe('thresholdConflict with the clause\'s own range', () => {
  // 森林法第七十四条: 限期在原地或者异地补种毁坏株数一倍以上三倍以下的树木.
  it('reads the two ends of one range as the range, not the one as the case of the other', () => {
    expect(thresholdConflict('致使林木受到毁坏的，补种毁坏株数一倍以上三倍以下的树木。', ['中华人民共和国森林法'], corpus, '2024-05-01', false)).toBeNull();
    const c = thresholdConflict('致使林木受到毁坏的，补种毁坏株数一倍以上四倍以下的树木。', ['中华人民共和国森林法'], corpus, '2024-05-01', false);
    // (Quoted from 森林法 or its 实施条例, whichever states the range closest to the clause's words.)
    expect(c && [c.law.title.includes('森林法'), c.mine.q.raw, c.theirs.q.raw.replace('3', '三')]).toEqual([true, '四倍', '三倍']);
  });
});

describe('thresholdConflict with 国家赔偿法', () => {
  /** The article, the clause's number and the law's, for a county document of 2020; null where they agree. */
  const departure = (sentence: string, government: boolean) => {
    const c = thresholdConflict(sentence, ['中华人民共和国国家赔偿法'], corpus, '2020-06-01', government);
    return c && [c.article.label, c.mine.q.raw, c.theirs.q.raw];
  };
  it('departs from the article of the clause\'s body, not agreeing with the same number set for another', () => {
    // 第十三条: the 赔偿义务机关 decides within 两个月; 第二十八条's 三个月 is the court's committee's.
    expect(departure('赔偿义务机关应当自收到赔偿申请书之日起三个月内作出是否给予赔偿的决定。', false)).toEqual(['第十三条', '三个月', '两个月']);
    expect(departure('赔偿义务机关应当自收到赔偿申请书之日起两个月内作出是否给予赔偿的决定。', false)).toBeNull();
  });
  it('compares a deadline named by the act it bounds, whatever words stand before the number', () => {
    // 第三十七条: the finance department pays 赔偿金 within 十五日 of the request.
    expect(departure('县财政部门收到支付申请后，视库款情况在四十五日内安排支付赔偿金。', true)).toEqual(['第三十七条', '四十五日', '十五日']);
    expect(departure('县财政部门收到支付申请后，在十五日内安排支付赔偿金。', true)).toBeNull();
  });
});

describe('numbers read as laws word them', () => {
  it('reads a deadline by the act after the body it is done towards, and compares it with the law\'s', () => {
    const late = '单位负责人接到事故报告后，应当在十二小时内向县应急管理局报告。';
    expect(thresholdsIn(late).map((x) => [x.q.raw, x.q.unit, x.act])).toEqual([['十二小时', 'hour', '报告']]);
    const c = thresholdConflict(late, ['生产安全事故报告和调查处理条例'], corpus, '2022-09-01', false, [], '');
    expect(c && [c.theirs.q.raw, `${c.law.title}${c.article.label}`]).toEqual(['1小时', '生产安全事故报告和调查处理条例第九条']);
  });

  it('takes the case of a list the clause names (中学, not 小学), and leaves bracketed asides out of the lead', () => {
    const hours = '初级中学学生每日在校学习时间（含晚自习）为十个半小时。';
    expect(thresholdsIn(hours).map((x) => [x.q.value, x.lead])).toEqual([[10.5, '学生每日在校学习时间']]);
    const c = thresholdConflict(hours, ['学校卫生工作条例'], corpus, '2022-09-01', false, [], '');
    expect(c?.theirs.q.raw).toBe('八小时');
    expect(thresholdConflict('中学生每日学习时间（包括自习）不超过八小时。', ['学校卫生工作条例'], corpus, '2022-09-01', false, [], '')).toBeNull();
  });

  it('tells two rates of one article apart by the case word of the lead', () => {
    // 蓄滞洪区运用补偿暂行办法第十二条: 住房 70%, 家庭耐用消费品 50% — both "按照水毁损失".
    const houses = '蓄滞洪区运用后，受淹住房按照水毁损失的百分之五十给予补偿。';
    const c = thresholdConflict(houses, ['蓄滞洪区运用补偿暂行办法'], corpus, '2022-05-01', false, [], '');
    expect(c && [c.mine.q.raw, c.theirs.q.raw]).toEqual(['百分之五十', '70%']);
    expect(thresholdConflict(houses.replace('百分之五十', '百分之七十'), ['蓄滞洪区运用补偿暂行办法'], corpus, '2022-05-01', false, [], '')).toBeNull();
  });
});

describe('terms listed item by item, and rates told apart by their case', () => {
  it('reads a term whose clause is only its predicate ("……，为2年") by the thing the clause before names', () => {
    const item = '（三）给水排水管道和装修工程，为1年；';
    expect(thresholdsIn(item).map((x) => [x.q.raw, x.lead])).toEqual([['1年', '水排水管道和装修工程']]);
    // 建设工程质量管理条例第四十条（四）: 电气管线、给排水管道、设备安装和装修工程，为2年.
    const c = thresholdConflict(item, ['建设工程质量管理条例'], corpus, '2021-03-01', false, [], '');
    expect(c && [c.theirs.q.raw, c.article.label]).toEqual(['2年', '第四十条']);
    expect(thresholdConflict(item.replace('1年', '2年'), ['建设工程质量管理条例'], corpus, '2021-03-01', false, [], '')).toBeNull();
  });

  it('takes the case a part of a sentence opens with (法定休假日, not 休息日) and compares the number with that case\'s', () => {
    // 劳动法第四十四条: 延长工作时间 150%, 休息日 200%, 法定休假日 300%.
    const pay = '安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；法定休假日安排劳动者工作的，支付不低于工资的百分之二百的工资报酬。';
    const c = thresholdConflict(pay, ['中华人民共和国劳动法'], corpus, '2020-05-01', false, [], '');
    expect(c && [c.mine.q.raw, c.theirs.q.raw, c.article.label]).toEqual(['百分之二百', '百分之三百', '第四十四条']);
    expect(thresholdConflict(pay.replace('百分之二百', '百分之三百'), ['中华人民共和国劳动法'], corpus, '2020-05-01', false, [], '')).toBeNull();
    // The 休息日 case at 200% is the law's own.
    expect(thresholdConflict('休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬。', ['中华人民共和国劳动法'], corpus, '2020-05-01', false, [], '')).toBeNull();
  });
});

describe('thresholdConflict in a sentence that names a sanction', () => {
  const penalties = ['中华人民共和国行政处罚法'];
  it('reads a fine named only as the case of a procedure (行政处罚法第六十八条: 一百元以下 collected on the spot)', () => {
    const c = thresholdConflict('执法人员当场作出行政处罚决定，给予五百元以下罚款的，可以当场收缴罚款。', penalties, corpus, '2022-03-14', false);
    expect(c && [c.article.label, c.mine.q.raw, c.theirs.q.raw]).toEqual(['第六十八条', '五百元', '一百元']);
    expect(thresholdConflict('执法人员当场作出行政处罚决定，依法给予一百元以下罚款的，可以当场收缴罚款。', penalties, corpus, '2022-03-14', false)).toBeNull();
  });
  it('still leaves a sanction the sentence sets to the frames', () => {
    expect(thresholdConflict('对违反规定的，处五百元以下罚款。', penalties, corpus, '2022-03-14', false)).toBeNull();
  });
});
