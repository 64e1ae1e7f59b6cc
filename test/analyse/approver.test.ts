// Who decides (analyse/approver.ts): the body a clause names before the verb of the decision, the levels a law's
// generic names place it at, and the comparison with the article of a named law for the same matter.
import { describe, expect, it } from 'vitest';
import { approvalsIn, approverConflict, levelsOf } from '../../pipeline/analyse/approver.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('approvalsIn', () => {
  it('reads the body of the decision, not the steps before it', () => {
    const a = approvalsIn('由镇人民政府提出初审意见，报县农业农村局审批；涉及占用农用地的，依法办理农用地转用审批手续。');
    expect(a.map((x) => [x.approver, x.levels])).toEqual([['县农业农村局', ['county']]]);
  });
  it('keeps a few words of the act between the body and the verb', () => {
    const a = approvalsIn('由乡镇人民政府、街道办事处入户调查、组织评议后审批');
    expect(a.map((x) => [x.approver, x.levels])).toEqual([['乡镇人民政府、街道办事处', ['township']]]);
  });
  it('places 本级人民政府 at the level of the body named before it', () => {
    // 古树名木保护条例第十五条 (2025).
    const a = approvalsIn('经认定该古树名木的县级以上地方人民政府古树名木主管部门审核并报本级人民政府批准');
    expect(a.map((x) => [x.approver, x.levels])).toEqual([['本级人民政府（县级以上）', ['county', 'city', 'province', 'central']]]);
    expect(approvalsIn('由乡（镇）人民政府审核，报本级人民政府批准。').map((x) => x.levels)).toEqual([['township']]);
    // Nothing named before it: no level.
    expect(approvalsIn('报本级人民政府批准')).toEqual([]);
  });
  it('reads the body a law names as the one applied to ("向……提出申请并取得批准")', () => {
    // 古生物化石保护条例第十一条.
    const a = approvalsIn('应当向古生物化石所在地省、自治区、直辖市人民政府自然资源主管部门提出申请并取得批准');
    expect(a.map((x) => [x.approver, x.levels])).toEqual([['省、自治区、直辖市人民政府自然资源主管部门', ['province']]]);
  });
  it('reads the matter after 进行 as no part of the body ("报送……主管部门进行抗震设防审批")', () => {
    // 建设工程抗震管理条例第十三条.
    const a = approvalsIn('建设单位应当在初步设计阶段将设计文件等材料报送省、自治区、直辖市人民政府住房和城乡建设主管部门进行抗震设防审批');
    expect(a.map((x) => [x.approver, x.levels])).toEqual([['省、自治区、直辖市人民政府住房和城乡建设主管部门', ['province']]]);
    const c = approverConflict('超限高层建筑工程，建设单位应当在初步设计阶段将设计文件报市住房和城乡建设局进行抗震设防审批。', ['建设工程抗震管理条例'], corpus, '2022-11-10');
    expect(c?.articles.map((x) => `${x.law.title}${x.article.label}`)).toEqual(['建设工程抗震管理条例第十三条']);
  });
  it('places the department a document calls itself ("经我局批准") at the issuer\'s level, and only when it is known', () => {
    expect(approvalsIn('应当向我局提出申请，经我局批准后方可施工。', ['county']).map((x) => [x.approver, x.levels])).toEqual([['我局', ['county']]]);
    expect(approvalsIn('应当向我局提出申请，经我局批准后方可施工。')).toEqual([]);
  });
  it('does not read a delegated power; reads a department without a level as one at county level or above', () => {
    expect(approvalsIn('县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批')).toEqual([]);
    // A law's department named without a level is never a township's body: one level of several, which places a
    // document's approval nowhere (approverConflict needs one level of the document's).
    expect(approvalsIn('由城市供水行政主管部门审批').map((a) => a.levels)).toEqual([['county', 'city', 'province', 'central']]);
    expect(approverConflict('由城市供水行政主管部门审批。', ['中华人民共和国土地管理法'], corpus, '2023-05-01')).toBeNull();
  });
});

describe('levelsOf', () => {
  it('reads the generic names of the law', () => {
    expect(levelsOf('县级以上地方人民政府')).toEqual(['county', 'city', 'province', 'central']);
    expect(levelsOf('乡（镇）人民政府')).toEqual(['township']);
    expect(levelsOf('省、自治区、直辖市人民政府林业主管部门')).toEqual(['province']);
    expect(levelsOf('城市、县人民政府城乡规划主管部门')).toEqual(['city', 'county']);
  });
});

describe('approverConflict', () => {
  it('finds the article that gives the approval to another level, at the document date', () => {
    const c = approverConflict('农村村民建住宅使用宅基地的，由村民委员会同意后报县自然资源局审批。', ['中华人民共和国土地管理法'], corpus, '2023-05-01');
    expect(c?.articles.map((a) => `${a.law.title}${a.article.label}`)).toEqual(['中华人民共和国土地管理法第六十二条']);
    expect(c?.articles[0]!.theirs.approver).toBe('乡（镇）人民政府');
  });
  it('compares the issuing department\'s own approval with the law\'s', () => {
    const c = approverConflict('农村村民建住宅使用宅基地的，应当向我局提出申请，经我局审批后方可建设。', ['中华人民共和国土地管理法'], corpus, '2023-05-01', ['county']);
    expect(c?.articles.map((a) => `${a.law.title}${a.article.label}`)).toEqual(['中华人民共和国土地管理法第六十二条']);
    // An "X市" the division list lacks is a county-level or a prefecture-level city: either departs from the province.
    const seismic = '超限高层建筑工程，建设单位应当将设计文件报我局进行抗震设防审批。';
    expect(approverConflict(seismic, ['建设工程抗震管理条例'], corpus, '2022-11-10', ['county', 'city'])?.articles[0]!.article.label).toBe('第十三条');
    // … but not where the law's level is one of them.
    expect(approverConflict('农村村民建住宅使用宅基地的，经我局审批后方可建设。', ['中华人民共和国土地管理法'], corpus, '2023-05-01', ['township', 'county'])).toBeNull();
  });
  it('says nothing where the law gives the approval to the same level, or for one matter of two levels the other', () => {
    expect(approverConflict('农村村民住宅用地，由乡镇人民政府审核批准。', ['中华人民共和国土地管理法'], corpus, '2023-05-01')).toBeNull();
    // 森林防火条例第二十五条: 野外用火 by the county, 实弹演习 by the province, in one paragraph.
    expect(approverConflict('因防治病虫害确需在森林防火区野外用火的，应当经县人民政府批准。', ['森林防火条例'], corpus, '2023-05-01')).toBeNull();
  });
});

describe('decisions besides approvals', () => {
  it('reads drawing bounds, investigating and the licence applied for, after 由/报/经/向 or as the sentence\'s subject', () => {
    expect(approvalsIn('本镇森林防火区由镇人民政府划定，并向社会公布。').map((a) => [a.approver, a.act, a.levels])).toEqual([['镇人民政府', '划定', ['township']]]);
    expect(approvalsIn('一般事故由镇人民政府组织事故调查组进行调查。').map((a) => [a.approver, a.act])).toEqual([['镇人民政府', '进行调查']]);
    expect(approvalsIn('诊所应当向县生态环境局申请领取辐射安全许可证。').map((a) => [a.approver, a.act])).toEqual([['县生态环境局', '申请领取']]);
    // 森林防火条例第二十三条: the body is the sentence's subject, the decision a clause later.
    const law = '县级以上地方人民政府应当根据本行政区域内森林资源分布状况和森林火灾发生规律，划定森林防火区，规定森林防火期，并向社会公布。';
    expect(approvalsIn(law).map((a) => [a.approver, a.act])).toEqual([['县级以上地方人民政府', '划定']]);
    // Not 确定 as an adjective or a result, nor an investigation that is a step before another's approval.
    expect(approvalsIn('由县民政局按照确定的标准发放。')).toEqual([]);
    expect(approvalsIn('由镇人民政府调查核实后报县民政局审批。').map((a) => a.act)).toEqual(['审批']);
  });
  it('compares them with the level the law gives the same decision', () => {
    const c = approverConflict('根据《森林防火条例》，本镇森林防火区由镇人民政府划定，并向社会公布。', ['森林防火条例'], corpus, '2021-03-01');
    expect(c && [`${c.articles[0]!.law.title}${c.articles[0]!.article.label}`, c.articles[0]!.theirs.act]).toEqual(['森林防火条例第二十三条', '划定']);
    expect(approverConflict('根据《森林防火条例》，森林防火区由县人民政府划定并公布。', ['森林防火条例'], corpus, '2021-03-01')).toBeNull();
    // The matter up to the decision's clause: what follows it (the report's deadline) is another article's.
    const inquiry = '辖区内发生的一般事故由镇人民政府负责调查，事故调查报告自事故发生之日起九十日内提交。';
    expect(approverConflict(inquiry, ['生产安全事故报告和调查处理条例'], corpus, '2022-06-01')?.articles[0]!.article.label).toBe('第十九条');
  });
});

describe('work a law gives one level to organise', () => {
  it('reads 组织采购, 组织年检, 组织检测 and a purchase a body makes itself, with the body before the rule it acts by', () => {
    const law = '因作业需要采购前款规定设备的，由省、自治区、直辖市气象主管机构按照国家有关政府采购的规定组织采购。';
    expect(approvalsIn(law).map((a) => [a.approver, a.act, a.levels])).toEqual([['省、自治区、直辖市气象主管机构', '组织采购', ['province']]]);
    expect(approvalsIn('作业用火箭发射装置由县气象局每两年组织检测一次。').map((a) => [a.approver, a.act])).toEqual([['县气象局', '组织检测']]);
    expect(approvalsIn('作业所需炮弹由各乡镇人民政府按照需求自行向生产企业采购。').map((a) => [a.approver, a.levels])).toEqual([['各乡镇人民政府', ['township']]]);
  });

  it('reads a decision made with another body (会同) as the decision of the body 由 named clauses before', () => {
    const law = '人工影响天气的作业地点，由省、自治区、直辖市气象主管机构根据当地气候特点、地理条件，依照有关规定，会同有关飞行管制部门确定。';
    expect(approvalsIn(law).map((a) => [a.approver, a.act])).toEqual([['省、自治区、直辖市气象主管机构', '确定']]);
  });

  it('compares them with the level the law gives the same work', () => {
    const c = approverConflict('依照《人工影响天气管理条例》，作业用火箭发射装置由县气象局组织年检。', ['人工影响天气管理条例'], corpus, '2022-05-01');
    expect(c && [c.articles[0]!.article.label, c.articles[0]!.theirs.act, c.approval.levels]).toEqual(['第十七条', '组织年检', ['county']]);
    expect(approverConflict('依照《人工影响天气管理条例》，作业用火箭发射装置由省气象局组织年检。', ['人工影响天气管理条例'], corpus, '2022-05-01')).toBeNull();
  });
});

describe('licences issued, and the body a law sends the application to', () => {
  it('reads the body applied to in an earlier clause as the one that issues the paper (印刷业管理条例第十条)', () => {
    const law = '企业申请从事出版物印刷经营活动，应当持营业执照向所在地省、自治区、直辖市人民政府出版行政部门提出申请，经审核批准的，发给印刷经营许可证。';
    expect(approvalsIn(law).map((a) => [a.approver, a.act, a.levels])).toEqual([
      ['省、自治区、直辖市人民政府出版行政部门', '审核批准', ['province']], ['省、自治区、直辖市人民政府出版行政部门', '发给', ['province']]]);
  });

  it('leaves out a name the law defines in brackets, and reads a department without a level as one at county level or above', () => {
    const law = '排污单位应当向其生产经营场所所在地设区的市级以上地方人民政府生态环境主管部门(以下称审批部门)申请取得排污许可证。';
    expect(approvalsIn(law).map((a) => [a.approver, a.levels])).toEqual([['设区的市级以上地方人民政府生态环境主管部门', ['city', 'province', 'central']]]);
    expect(approvalsIn('经营单位应当及时向卫生行政部门申请办理“卫生许可证”。').map((a) => [a.approver, a.levels])).toEqual([['卫生行政部门', ['county', 'city', 'province', 'central']]]);
  });

  it('reads each decision of a body\'s list of duties as that body\'s, and matches a clause to it by the paper both issue', () => {
    const c = approverConflict('依照《高等教育自学考试暂行条例》，应考者考完全部课程且成绩合格、毕业论文答辩通过的，由区考委颁发毕业证书。', ['高等教育自学考试暂行条例'], corpus, '2022-05-01');
    expect(c && [c.articles[0]!.article.label, c.articles[0]!.theirs.approver, c.approval.approver]).toEqual(['第八条', '省考委', '区考委']);
    expect(approverConflict('依照《高等教育自学考试暂行条例》，应考者考完全部课程且成绩合格、毕业论文答辩通过的，由省考委颁发毕业证书。', ['高等教育自学考试暂行条例'], corpus, '2022-05-01')).toBeNull();
  });
});
