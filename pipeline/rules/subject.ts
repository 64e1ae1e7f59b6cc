// Who a sentence binds: an administrative body (the government's own duties: 县政府应当…,
// 各部门要…, 乡镇人民政府负责…) or the public (公民、法人和其他组织, 经营者, 商户, 村民 …).
// A duty the government puts on itself is not a duty on the public, so "duty" rules ask here.
import { clauseAround } from '../analyse/units.ts';
import { afterMarker } from '../structure/markers.ts';

export type Subject = 'government' | 'public' | 'unknown';

// 应 and 要 are modals only as words of their own: 供应商、相应、响应、适应 and 主要、重要、需要、要素 are
// nouns and adjectives, and taking them for a modal cut "参加采购活动的供应商，应当……" at 供.
const MODAL = /应当|必须|务必|须|(?<![主重需纲摘概简首险])要(?![素件点闻害])|(?<![供响相适反对效回呼感报答])应(?![用急聘征届收付])|不得|严禁|禁止|负责|可以|一律|统一|切实|加强|做好|督促|指导|组织|牵头|配合/;
// 执法单位, 执法人员: the bodies and officers that enforce ("执法单位可以扣押其车辆"), whatever 单位/人员 they end in.
const GOVERNMENT = /(执法单位|执法机构|执法人员|执法队员|人民政府|政府|党委|局|委员会|委|办公室|办事处|街道|乡镇|[乡镇]|部门|管委会|管理委员会|领导小组|指挥部|机关|中心|大队|支队|执法队|派出所|司法所|财政所|站|厅|署|各级|各单位|有关单位|责任单位|牵头单位|成员单位|各村|各社区|村级|村（社区）|各村（社区）|村[（(]居[)）]委会|村委会|居委会)$/;
const GOVERNMENT_START = /^(各级|各|县|市|区|省|乡|镇|街道|有关|相关|负责)?[^，。；]{0,14}?(人民政府|政府|部门|局|委员会|办公室|办事处|管委会|领导小组|指挥部)/;
/** A clause that opens with who acts and the law it acts by: "监察大队依照规定", "县农业农村局依法". */
const ACTS_BY = /^(.{2,16}?)(?:依照|依法|依据|根据|按照)/;
const PLACE_END = /(?:本|全|我|该|进入|进|到|在|至|出|离开|途经|经过)[乡镇]$/;
const PUBLIC = /(公民|法人|其他组织|经营者|经营户|商户|个体工商户|村民|居民|企业|公司|个人|群众|业主|申请人|当事人|从业人员|用人单位|驾驶人|驾驶员|市民|住户|农户|租户|承租人|游客|学生|家长|投标人|供应商|生产者|销售者|养殖户|户主|人员|任何单位|单位和个人|组织和个人|商家|店主|摊贩|车主|(?:用地|建设|施工|申请|使用|生产经营|经营|生产|运输|养殖|销售|产权|排水|排污)单位)/;
const PAYER = new RegExp(`由(?:建设单位|申请单位|${PUBLIC.source.slice(1, -1)})(?:自行)?(?:缴纳|交纳|支付|承担|负担|交付)`);
/** A charge collected from the public, named after 向: the one who pays it is the public. */
const CHARGED = new RegExp(`向(?:[\\u4e00-\\u9fa5]{0,6}?)(?:${PUBLIC.source.slice(1, -1)}|蜂农|种植户|农民|商贩|摊主|车辆|船舶)(?:[\\u4e00-\\u9fa5]{0,4}?)(?:收取|征收|收缴|计收|加收)`);
/** A clause that opens by naming who lacks a permission, then bars them. */
const LACKING_HEAD = /^(?:未取得|未经|未办理|未领取|没有|无)[^，,。；]{1,20}?的[，,]?(?:一律)?(?:不得|禁止|严禁|不准|不予)/;
/** A regime of approval, licence or entry declared over an activity or a trade. */
const REGIME = /对[^，,。；]{1,30}?(?:实行|实施)[^，,。；]{0,6}?(?:审批|许可|准入|准营|核准)(?:管理|制度|制)/;
/** Those the administration's act is done to ("被检查机构", "被抽查单位", "被征集单位"): another party than the body acting. */
const ACTED_ON = '被[\\u4e00-\\u9fa5]{1,3}?(?:单位|机构|企业|对象|人员|人)';
/** Firms that sell a service ("专利代理机构", "检测机构", "中介机构"): 机构 alone may be the administration's own. */
const SERVICE_FIRM = '(?:[\\u4e00-\\u9fa5]{0,4}(?:中介|代理|咨询|检测|检验|培训|评估|鉴定|认证|服务|记账))机构';
/** A clause that opens with a member of the public names its own subject — also the people a government's work is
 *  for (老年人, 残疾人), who anywhere else in a clause are only its beneficiaries ("建立老年人高龄津贴制度"). */
const PUBLIC_HEAD = new RegExp(`^(?:${PUBLIC.source.slice(1, -1)}|老年人|残疾人|消费者|患者|学员|${ACTED_ON}|${SERVICE_FIRM})`);

// The government's own staff acting in office — 河长、执法人员、公职人员、干部 — are the administration, not
// the public: "县级河长每季度巡河不少于一次" arranges the administration's work.
const OFFICIAL_START = /^(?:各级|各|县级|市级|省级|区级|乡镇级|乡级|镇级|村级|县|市|区|乡镇|镇|村|社区|村[（(]社区[)）])?[^，。；、]{0,4}?(?:总河长|河长|湖长|林长|巡河员|巡湖员|公职人员|国家工作人员|机关工作人员|执法人员|行政执法人员|党员干部|领导干部|干部)/;
// A main clause whose words before the modal only say when ("汛期、枯水期及重要时段应当……") has no subject
// of its own: Chinese carries the subject over from the sentence before.
const TIME_HEAD = /(?:期间|时段|[期季]|期内|之前|之后|以前|以后|前|后|时|节假日|每年|每月|每周|每季度|每日)$/;
const INHERIT = 'inherit' as const;
const RECIPIENT_LEAD = /^(?:向|到|往|给)/;
/** A body named as whom the act goes to, inside a clause ("用地单位向镇政府提出申请"). */
const RECIPIENT = /(?:向|到)[\u4e00-\u9fa5（）()]{1,20}?(?:人民政府|政府|办事处|局|委员会|办公室|所|站|中心|村委会|居委会|社区)/g;
const OWNERS_BODY = /(?:业主委员会|业主大会|业委会)$/;

/** Classify the subject of the clause that holds [start, end) in text (a sentence or provision). */
export function classifySubject(text: string, start = 0, end = start): Subject {
  // Walk back to the start of the sentence, then find the main clause: the first clause with a modal.
  let s = start;
  while (s > 0 && !/[。！？；\n]/.test(text[s - 1]!)) s--;
  const sentence = text.slice(s, Math.max(end, start));
  // A later clause with a subject of its own: "《优待证》由县老龄办统一制发，老年人申领时交纳工本费二十元" — the
  // body that issues the card does not pay for it.
  const own = clauseAround(text, start, end);
  if (own.start > s && PUBLIC_HEAD.test(own.text.trim())) return 'public';
  // … or that bars whoever lacks a permission ("……核发《……许可证》，未取得许可证的不得施工"): not the body that issues it.
  if (own.start > s && LACKING_HEAD.test(own.text.trim())) return 'public';
  // A regime the administration declares over an activity ("各乡镇人民政府对辖区内基站建设实行审批管理") binds those who
  // carry it on, though the body is the sentence's subject.
  if (REGIME.test(own.text)) return 'public';
  // … or that names who pays or bears it ("技术评估费按……标准由建设单位缴纳"): the step of the administration before it
  // ("由市评估中心组织技术评估") does not pay.
  if (own.start > s && PAYER.test(own.text)) return 'public';
  // … or who a charge is collected from ("镇人民政府按每箱三十元向外地蜂农收取场地管理费"): the body collects, the public pays.
  if (CHARGED.test(own.text)) return 'public';
  const lead = leadingSubject(sentence);
  if (lead === INHERIT) {
    // Only the sentence just before, and only to recognise the administration's own work.
    let p = s - 1;
    while (p > 0 && !/[。！？；\n]/.test(text[p - 1]!)) p--;
    const before = s > 0 ? leadingSubject(text.slice(Math.max(p, 0), s)) : null;
    return before === 'government' ? 'government' : 'unknown';
  }
  if (lead) return lead;
  // Subject omitted in the clause: look at the clause itself.
  const clause = clauseAround(text, start, end).text;
  if (PUBLIC.test(clause)) return 'public';
  return 'unknown';
}

function leadingSubject(sentence: string): Subject | typeof INHERIT | null {
  // Skip leading conditions ("违反本办法规定的，", "对……的，") and labels ("第五条", "一、").
  const body = afterMarker(sentence);
  const clauses = body.split(/[，,：:]/);
  for (const c of clauses) {
    // A condition "X违反……的" names who is concerned: that is the subject of the consequence.
    const cond = /^(.{1,16}?)(?:违反|未按|未经|拒不|不按|擅自|逾期|未|没有|不)[^，]*的$/.exec(c.trim());
    if (cond) {
      const who = cond[1]!.replace(/^(对|凡|如|若)/, '');
      if (GOVERNMENT.test(who) || GOVERNMENT_START.test(who)) return 'government';
      if (PUBLIC.test(who)) return 'public';
    }
    if (/的$/.test(c.trim()) || /^(对|在|凡|为|因|如|若|经|未经|除|自|根据|按照|依照|依据|违反)/.test(c.trim()) && !MODAL.test(c)) continue;
    // "监察大队依照规定，……负责收取……": a body named before the law it acts by is the sentence's subject, though
    // its modal comes in a later clause.
    const actsBy = ACTS_BY.exec(c.trim());
    if (actsBy && !MODAL.test(c) && GOVERNMENT.test(actsBy[1]!) && !PUBLIC.test(actsBy[1]!)) return 'government';
    const m = MODAL.exec(c);
    const head = (m ? c.slice(0, m.index) : c).trim().replace(/^(由|要求|督促|责令)/, '');
    if (!head) continue;
    // 业主委员会 is the owners' own body, not an administrative 委员会.
    if (OWNERS_BODY.test(head)) return 'public';
    // "由村干部入户检查": the official acts on the public, and the rules on such acts judge that act.
    if (OFFICIAL_START.test(head) && !/^\s*由/.test(c)) return 'government';
    if (m && TIME_HEAD.test(head) && !PUBLIC.test(head)) return INHERIT;
    // "向市交通运输局指定账户缴纳……", "到镇政府办理……": the body after 向/到 receives the act, it does not do it.
    if (RECIPIENT_LEAD.test(head)) { if (m) return null; continue; }
    // "车辆进入本镇须……", "在全乡范围内……": a place the words go to or stand in, not the township's government.
    const place = PLACE_END.test(head);
    // "由用地单位向镇政府提出申请": the body after 向/到 receives the application; the one before it acts.
    const doer = head.replace(RECIPIENT, '');
    if (doer !== head && PUBLIC.test(doer)) return 'public';
    // … nor is a body it goes to in the middle of the clause ("持资格证书和劳动合同向市局办理执业备案").
    if (!place && (GOVERNMENT.test(doer) || GOVERNMENT_START.test(doer) && !PUBLIC.test(doer.replace(GOVERNMENT_START, '')))) return 'government';
    if (PUBLIC.test(head)) return 'public';
    if (m) return null;
  }
  return null;
}

/** The text names citizens, businesses or other members of the public. */
export function mentionsPublic(text: string): boolean {
  return PUBLIC.test(text);
}

/** The words name a body of the administration (县政府, 各部门, 各乡镇, 村委会 …). */
export function namesGovernment(who: string): boolean {
  const w = who.trim().replace(/^(对|凡|如|若|由)/, '');
  if (!w) return false;
  return GOVERNMENT.test(w) || (GOVERNMENT_START.test(w) && !PUBLIC.test(w.replace(GOVERNMENT_START, '')));
}
