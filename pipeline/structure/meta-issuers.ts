// Issuers: name → {level, kind}. Level comes from the places the name starts with (the last,
// most specific one wins) or from central-organ names; kind from the organ's ending.
import type { Issuer, IssuerKind, IssuerLevel } from '../model/types.ts';
import { placeChain } from './divisions.ts';

const CENTRAL = /^(国务院|全国人民代表大会|全国人大|最高人民法院|最高人民检察院|中华人民共和国|中国人民银行|国家|海关总署|审计署|中共中央|中央)/;
// Ministries of the State Council, today's and those before the 2008 and 2018 reforms (documents of
// 2007 are signed 建设部办公厅, 劳动和社会保障部, 卫生部 …).
const CENTRAL_MINISTRY = /^(外交|国防|教育|科学技术|工业和信息化|公安|国家安全|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理|监察|建设|劳动和社会保障|劳动|人事|卫生|国土资源|环境保护|农业|文化|铁道|交通|信息产业)部/;
const DEPARTMENT_COMMITTEE = /(发展和改革|发展改革|卫生健康|卫生和计划生育|计划生育|教育|民族宗教事务|民族事务|宗教事务|住房和城乡建设|城乡建设|经济和信息化|经济信息化|工业和信息化|国有资产监督管理|科学技术|交通|商务|农业|建设|体育|保密)委员会$/;
/** How the names of coordination bodies (议事协调机构) and their offices end: the one list of them. */
export const COORDINATION_NAMES = '领导小组|领导小组办公室|小组办公室|指挥部|指挥部办公室|联席会议|联席会议办公室|工作小组|工作专班|专班|委员会办公室|协调小组|推进小组|工作组';
const COORDINATION = new RegExp(`(${COORDINATION_NAMES})$`);
const INTERNAL_TAIL = /(科|股|室|处|中队|大队|支队|所|站|队|中心)$/;
const DEPARTMENT_TOKEN = /(局|厅|委员会|委|办公室|办|部|署|中心)/;

function levelOf(name: string): IssuerLevel | null {
  if (CENTRAL.test(name) || CENTRAL_MINISTRY.test(name)) return 'central';
  const chain = placeChain(name.replace(/^中共/, '').replace(/^中国共产党/, ''));
  if (chain.length) return chain[chain.length - 1]!.level;
  // organs named without their place: 县财政局, 市政府办公室, 省教育厅, 镇政府
  const m = /^(省|市|县|区|镇|乡|旗|州)(?!场)/.exec(name);
  if (m) return ({ 省: 'province', 市: 'city', 县: 'county', 区: 'county', 旗: 'county', 州: 'city', 镇: 'township', 乡: 'township' } as const)[m[1] as '省'];
  return null;
}

function kindOf(name: string): IssuerKind {
  const n = name.replace(/\s+/g, '');
  if (/人民法院$|法院$/.test(n)) return 'court';
  if (/人民检察院$|检察院$/.test(n)) return 'procuratorate';
  if (/(人民代表大会|人大)(常务委员会|常委会)?(办公厅|办公室)?$|人大常委会.*$/.test(n)) return 'people-congress';
  if (/(村民委员会|居民委员会|村委会|居委会)$/.test(n)) return 'other';
  if (/^中共|党委$|党组$|(县|市|省|区)委$|委员会(党委|党组)$/.test(n)) return 'other';
  if (COORDINATION.test(n)) return 'coordination-body';
  if (/委员会$/.test(n) && !DEPARTMENT_COMMITTEE.test(n) && !/管理委员会$/.test(n)) return 'coordination-body';
  if (/(人民政府办公(厅|室)|政府办公(厅|室)|政府办)$|^国务院办公厅$/.test(n)) return 'general-office';
  if (/(人民政府|政府|街道办事处|办事处)$|^国务院$/.test(n)) return 'government';
  if (/管理委员会$/.test(n)) return 'other'; // 开发区管委会 and similar 派出机构
  if (/办公室$/.test(n)) {
    // 县财政局办公室 is a unit of the bureau; 县人民政府金融工作办公室 a government department
    return /(局|厅|委|委员会|部|中心|院)办公室$/.test(n) ? 'internal-unit' : 'department';
  }
  // The traffic police (公安机关交通管理部门) enforce road traffic law in their own name
  // (道路交通安全法第五条): 交警支队/大队 are not internal units of the 公安局.
  if (/(?:交通警察|交警)(?:支队|大队|总队)$/.test(n)) return 'department';
  // a unit inside a department: the department's name is followed by more (…管理局综合执法股)
  const tail = INTERNAL_TAIL.exec(n);
  if (tail) {
    const head = n.slice(0, n.length - tail[0].length);
    if (/(科|股)$/.test(n) || DEPARTMENT_TOKEN.test(head.replace(/^.*?(人民政府|政府)/, ''))) {
      if (!/(局|厅|委|办公室|部)$/.test(n)) return 'internal-unit';
    }
    if (/中心$/.test(n)) return 'other';
    return 'other';
  }
  if (/(局|厅|委员会|委|办公室|办|部|署|总局|总署)$/.test(n)) return 'department';
  return 'other';
}

export function classifyIssuer(name: string): Issuer {
  const clean = name.replace(/[\s\u3000]+/g, '').replace(/(文件|文 件)$/, '');
  const level = levelOf(clean);
  let kind = kindOf(clean);
  // a township government has no departments: its 党政办公室, 财政所, 综治中心 are its own units, and so are its
  // offices named without the government ("桃源镇综治办", "桃源镇党政综合办公室")
  if (level === 'township' && kind === 'department'
    && (/(人民政府|政府)[\u4e00-\u9fa5]{1,10}(办公室|办|所|站|中心)$/.test(clean) || /(镇|乡|街道)[\u4e00-\u9fa5]{1,8}(办公室|办)$/.test(clean))) kind = 'internal-unit';
  return { name: clean, level, kind };
}

/** The level a body's name places it at (its place, or a central organ), or null: "县农业农村局" → county. */
export function bodyLevel(name: string): IssuerLevel | null {
  return levelOf(name.replace(/[\s\u3000]+/g, ''));
}

/** Whether a string looks like an organisation name we can classify. */
export function looksLikeIssuer(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && /(政府|办公室|办公厅|办事处|[\u4e00-\u9fa5]{2}办|局|委员会|委|厅|部|署|院|常委会|中心|指挥部|小组|联席会议|所|队|科|股|站|处|室|专班)$/.test(name);
}
