// Mechanisms mended with held-out set 3 (its sentences are not used here): a restatement without the
// article number of a law the document names, a clause after ； compared with the cited article's period,
// a citation covering only what the cited article says (most of the match, not one shared word),
// blacklists with a sanction, relatives punished, licences abolished by a revision, disclosure lists.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model/types.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const loaded = await shippedRuleSet();

describe('restating a law the document names, without the article number', () => {
  const { rs, corpus } = loaded;
  const ids = (text: string): string[] => checkText(rs, corpus, text).map((f: Finding) => f.ruleId);
  const preamble = '第一条 为加强养老服务监管，根据《中华人民共和国老年人权益保障法》，制定本办法。\n';

  it('a sentence that is, word for word, an article of the named law sets nothing', () => {
    const restated = `${preamble}第八条 发现养老机构存在可能危及人身健康和生命财产安全风险的，责令限期改正，逾期不改正的，责令停业整顿。`;
    expect(ids(restated)).not.toContain('penalty/suspend-business');
  });

  it('the same words without the law named are found by retrieval; a sanction the article lacks is still judged', () => {
    // Word for word 老年人权益保障法第四十五条 (same conduct, same measure): restated, named or not.
    const unnamed = '第八条 发现养老机构存在可能危及人身健康和生命财产安全风险的，责令限期改正，逾期不改正的，责令停业整顿。';
    expect(ids(unnamed)).not.toContain('penalty/suspend-business');
    const added = `${preamble}第八条 养老机构未按时报送统计报表的，由县民政局责令停业整顿。`;
    expect(ids(added)).toContain('penalty/suspend-business');
  });
});

describe('a bar restated from a cited article but made longer', () => {
  const { rs, corpus } = loaded;
  const find = (text: string, id: string): Finding | undefined => checkText(rs, corpus, text).find((f) => f.ruleId === id);
  const lead = '逃避征集拒不改正的，依照《中华人民共和国兵役法》第五十七条第二款的规定，不得录用为公务员；';

  it('compares the clause after ； with the period of the article the lead cites', () => {
    const f = find(`${lead}三年内不准出境或者升学复学。`, 'conflict/bar-period-exceeds-cited-article');
    expect(f?.location.match).toBe('三年');
    expect(f?.message).toContain('两年');
    expect(find(`${lead}两年内不准出境或者升学复学。`, 'conflict/bar-period-exceeds-cited-article')).toBeUndefined();
  });

  it('a bar the cited article does not contain is judged, although it shares a few words with it', () => {
    const t = `${lead}两年内不准出境，三年内不得申领个体工商户营业执照。`;
    expect(checkText(rs, corpus, t).map((f) => f.ruleId)).toContain('rights/timed-bar-on-business');
  });
});

describe('rights, coercion, licensing and fees wording', () => {
  const { rs, corpus } = loaded;
  const ids = (text: string): string[] => checkText(rs, corpus, text).map((f: Finding) => f.ruleId);
  const severityOf = (text: string, id: string): string | undefined => checkText(rs, corpus, text).find((f) => f.ruleId === id)?.severity;

  it('a blacklist with a sanction is an error, a bare one a warning, never both', () => {
    const sanctioned = '学员无故退出培训的，记入培训失信名单，二年内不得报名参加政府补贴性培训。';
    expect(severityOf(sanctioned, 'rights/blacklist-sanction')).toBe('error');
    expect(ids(sanctioned)).not.toContain('rights/blacklist');
    const bare = '学员无故退出培训的，记入培训失信名单。';
    expect(ids(bare)).toContain('rights/blacklist');
    expect(ids(bare)).not.toContain('rights/blacklist-sanction');
  });

  it('relatives barred for a period from benefits or honours, through a qualified object', () => {
    expect(ids('违建户拒不拆除的，其配偶、子女两年内不得享受本街道统一发放的各项民生补贴。')).toContain('rights/collective-punishment');
    expect(ids('评选星级文明户，不得以家庭成员的职业作为评先条件。')).not.toContain('rights/collective-punishment');
  });

  it('immobilising a vehicle and deducting from a bank account are coercion; a deduction a law authorises is not', () => {
    expect(ids('对乱停的货车，交通协管员可以锁住车轮，待司机接受处理后放行。')).toContain('coercion/normative-doc-sets-measure');
    expect(ids('物业企业欠缴专项维修资金的，由区住建局从其银行账户中直接划扣。')).toContain('coercion/forced-execution');
    expect(ids('纳税人逾期不缴纳税款的，税务机关可以书面通知其开户银行从其存款中扣缴税款。')).not.toContain('coercion/forced-execution');
  });

  it('a licence abolished by a revision, and conditions the document itself says are beyond the cited article', () => {
    expect(ids('开办养老院的，应当申领养老机构设立许可证。')).toContain('licensing/abolished-licence');
    const beyond = '申请开办托育机构的，除具备《中华人民共和国消防法》第十五条规定的条件外，还应当符合本县托育机构设置标准。';
    expect(ids(beyond)).toContain('licensing/conditions-beyond-cited-article');
    expect(ids('申请开办托育机构的，应当具备《中华人民共和国消防法》第十五条规定的条件。')).not.toContain('licensing/conditions-beyond-cited-article');
  });

  it('facts a seller must disclose are not a charge', () => {
    expect(ids('经纪机构应当如实告知买方房屋是否办理抵押、交纳物业费等情况。')).not.toContain('fees/licensing-fee');
    expect(ids('办理房屋交易备案时，每件收取服务费五十元。')).toContain('fees/licensing-fee');
  });

  it('a promise not to marry or have children, and recruiting men as the rule, are discrimination', () => {
    expect(ids('应聘社区网格员的女性，须签署聘期内暂缓生育的承诺书。')).toContain('equality/marital-fertility');
    expect(ids('巡逻岗位原则上招用男性。')).toContain('equality/gender-restriction');
    expect(ids('巡逻岗位招用男性和女性，不得以性别为由拒绝录用妇女。')).not.toContain('equality/gender-restriction');
  });

  it('trade sent to one market with every other place barred; a public-resource platform is not that', () => {
    expect(ids('全县废旧家电回收一律进入县再生资源市场交易，其他场所不得收购废旧家电。')).toContain('competition/designated-market');
    expect(ids('依法必须招标的项目一律进入县公共资源交易中心交易，其他场所不得组织开标。')).not.toContain('competition/designated-market');
    expect(ids('预算单位的政府采购项目优先采购本办法认定的重点企业的产品。')).toContain('competition/procurement-preference-for-listed-firms');
  });

  it('a withdrawal decision slower than the regulation allows', () => {
    const f = checkText(rs, corpus, '公积金中心应当自受理之日起十个工作日内作出准予提取或者不准提取的决定。').find((x) => x.ruleId === 'conflict/housing-fund-withdrawal-period');
    expect(f?.location.match).toBe('十个工作日');
    expect(ids('公积金中心应当自受理之日起3日内作出准予提取或者不准提取的决定。')).not.toContain('conflict/housing-fund-withdrawal-period');
  });

  it('an article beyond the end of a regulation the corpus now holds', () => {
    // 互联网上网服务营业场所管理条例 has 38 articles.
    expect(ids('网吧违反本通知的，依照《互联网上网服务营业场所管理条例》第四十条的规定处理。')).toContain('citation/nonexistent-article');
    expect(ids('网吧违反本通知的，依照《互联网上网服务营业场所管理条例》第三十条的规定处理。')).not.toContain('citation/nonexistent-article');
  });

  it('home slaughter for the household\'s own table sent to the slaughterhouse; the exception kept is fine', () => {
    expect(ids('农户宰杀生猪供自家食用的，也应当统一送镇定点屠宰场屠宰。')).toContain('conflict/home-slaughter-exempt');
    expect(ids('除农村地区个人自宰自食的外，生猪应当统一送定点屠宰场屠宰。')).not.toContain('conflict/home-slaughter-exempt');
  });

  it('a felling permit for trees the law exempts', () => {
    expect(ids('农户砍伐房前屋后自栽的零星树木，应当到林业站办理采伐许可证。')).toContain('conflict/exempt-felling-licence');
  });
});
