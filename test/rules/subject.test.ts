// The subject classifier behind the "government duty is not a duty on the public" guard.
import { describe, expect, it } from 'vitest';
import { classifySubject, namesGovernment } from '../../pipeline/rules/subject.ts';

const at = (s: string, word: string) => classifySubject(s, s.indexOf(word), s.indexOf(word) + word.length);

describe('classifySubject', () => {
  it.each([
    ['县人民政府应当在十日内批准各乡镇报送的实施方案。', '批准', 'government'],
    ['各部门要加强监督检查，不得收取任何费用。', '收取', 'government'],
    ['乡镇人民政府负责辖区内的禁燃宣传。', '宣传', 'government'],
    ['县财政局应当按时退还已收取的投标保证金。', '保证金', 'government'],
    ['各成员单位应当报经县政府同意后实施。', '同意', 'government'],
    ['各村违反考核要求的，扣减村级考核分数。', '扣减', 'government'],
    ['经营者应当缴纳5000元诚信保证金。', '保证金', 'public'],
    // The administration's step first, then the fee and who pays it.
    ['报告书受理后，由县评估中心组织技术评估，评估费按每本五千元标准由建设单位缴纳。', '评估费', 'public'],
    ['报告书受理后，由县评估中心组织技术评估，所需经费由县财政承担。', '经费', 'government'],
    ['入驻市场的商户须经市场管理办公室批准。', '批准', 'public'],
    ['村民违反本规定的，取消其补贴。', '取消', 'public'],
    ['公民、法人和其他组织应当遵守本办法。', '遵守', 'public'],
    // 应 inside 供应商／相应 is not a modal: the subject is the whole noun phrase before 应当.
    ['参加县级政府采购活动的供应商，应当在本县设立分支机构。', '设立', 'public'],
    ['承接市政府投资项目的供应商，须提供本地纳税证明。', '提供', 'public'],
    ['县市场监督管理局应当根据检查结果采取相应措施。', '措施', 'government'],
    // The body after 向 receives the application; the one before it applies.
    ['需临时使用集体土地的，由建设单位向乡政府提出申请，经乡政府批准后方可使用。', '批准', 'public'],
    ['镇政府向县政府报告后实施。', '实施', 'government'],
    // … also where it comes later in the clause, after what is handed over: not the administration's own duty.
    ['律师首次在本县执业的，应当自执业之日起十日内，持执业证书向县司法局办理登记。', '十日', 'unknown'],
    // A regime declared over an activity binds those who carry it on; the bar on whoever lacks its paper, likewise.
    ['各乡镇人民政府对辖区内农家乐经营实行审批管理。', '审批管理', 'public'],
    ['县文旅局核发《民宿经营许可证》，未取得许可证的不得经营。', '不得', 'public'],
    // Those an inspection is done to, and firms that sell a service, are not the body inspecting.
    ['区局每年对检测机构开展检查，被检查机构应当按每家一千元交纳检查费。', '交纳', 'public'],
    // A body named before the law it acts by, its modal in a later clause.
    ['镇市场管理站依照规定，对入场经营户进行登记，负责收取摊位管理费。', '收取', 'government'],
    ['乡镇财政所依据有关规定，统一负责征收各项规费。', '征收', 'government'],
    ['个体经营户依照规定，按月缴纳市场管理费。', '缴纳', 'public'],
    // A company is the public; the body after 向/到 receives the act and is no subject.
    ['物流公司取得备案回执后，应当按季度向区商务局专户交存质量保证金。', '保证金', 'public'],
    ['客运公司开通线路后，每月向县交通运输局报送运营数据。', '报送', 'public'],
    ['向县自然资源局缴纳土地复垦保证金。', '保证金', 'unknown'],
  ])('%s → %s', (s, w, want) => expect(at(s, w)).toBe(want));

  // Officials acting in office are the administration; a time phrase before the modal is no subject,
  // so the subject of the sentence before carries over; an owners' committee is not an authority.
  it.each([
    ['乡镇级河长每月至少巡查一次责任河段。', '巡查', 'government'],
    ['执法人员应当出示执法证件。', '出示', 'government'],
    ['公职人员由所在单位扣发年终奖金。', '扣发', 'government'],
    ['镇级湖长每月巡湖一次。雨季应当加密巡查。', '加密', 'government'],
    ['商户每日清扫门前区域。雨季应当加密清扫。', '加密', 'unknown'],
    ['业主委员会应当在小区公告栏公布欠费业主名单。', '公布', 'public'],
  ])('%s → %s', (s, w, want) => expect(at(s, w)).toBe(want));

  it('keeps the public act of an official acting on others ("由村干部入户检查")', () => {
    expect(at('由网格长和村干部对各户进行入户检查。', '入户检查')).not.toBe('government');
  });

  it('does not take the body in a 未经…同意 condition for the subject', () => {
    expect(at('未经街道办事处同意，不得在小区内开设商铺。', '不得')).not.toBe('government');
  });
});

describe('namesGovernment', () => {
  it.each([
    ['各乡镇', true],
    ['县直各部门', true],
    ['由县公安局', true],
    ['对拒不配合登记的农户', false],
    ['经营者', false],
    ['参加县级政府采购活动的供应商', false],
  ])('%s → %s', (w, want) => expect(namesGovernment(w as string)).toBe(want));
});
