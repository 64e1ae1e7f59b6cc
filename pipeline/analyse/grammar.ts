// The small grammar the legal vocabulary is written in (rules/vocab/*.yaml). A vocabulary form reads
// like the wording it describes — "{impose}{sanctions}{qty}罚款" — and compiles to one regex. What may
// stand between two words is never a free character window: it is a typed slot (a quantity, a verb of
// imposing, a list of other sanctions, an organ's name, a short noun phrase), defined here once.
import { NUMBER_RE_SOURCE as N } from '../text/chinese-numbers.ts';

const MONEY_UNIT = '(?:亿元|万元|千元|百元|元)';
const PERIOD_UNIT = '(?:个工作日|工作日|个自然月|个月|日|天|周|年|小时)';
/** Between the two ends of a range, or after its first: "以上", "至", "—" (frames read article ranges with it). */
export const RANGE_SEP = '(?:以上|至|到|—+|－|-|～|~|–)';
/** Before a quantity that is a bound of its own: "最高5万元", "不超过三日". */
export const BOUND = '(?:最高|最多|最低|不超过|不高于|不低于|不少于|不满)';
const LIMIT_END = '(?:以上|以下|以内|左右)';

function range(unit: string, short: string, prefix = ''): string {
  // "五百元以上二千元以下", "500-2000元", "1万元以上5万元以下", "200—3000元", "最高5万元", "15日以下",
  // "100元以上、500元以下"; money may be written "人民币2000元".
  const n = prefix ? `(?:${prefix})?\\s*${N}` : N;
  return `(?:${BOUND}?\\s*${n}\\s*(?:${unit}|${short})?\\s*${RANGE_SEP}\\s*、?\\s*${n}\\s*${unit}\\s*${LIMIT_END}?|${BOUND}?\\s*${n}\\s*${unit}\\s*${LIMIT_END}?)`;
}

/** Quantities without a number: "一定数额的罚款", "相应的处罚". */
const VAGUE = '(?:一定数额|一定数量|一定金额|相应|适当|高额)';

/** Verbs and particles that impose a measure: 处以、并处、予以、给予、可处、一律……; a 处 before 处以 is an organ's
 *  ("由景区管理处处以200元罚款"), not a verb. */
const IMPOSE_WORD = '(?:可以|可|应当|将|一律|并|均|再|对其|依法|依规|酌情|从严|严格|直接|统一|坚决|当场|立即|一次性|视情节轻重|视情)?\\s*(?:处以|处(?![以处])|并处|单处|予以|给予|课以|作出|实行|实施|进行|采取|作)';
const IMPOSE = `(?:${IMPOSE_WORD}\\s*){1,2}`;

/** Words that only modify how a measure is taken. */
const ADV = '(?:一律|一次性|当场|立即|统一|直接|坚决|依法|依规|从严|严格|全部|均|一并|即|将|并)';

/** Organs and bodies that approve, receive or act: "报乡集镇办批准", "经县政府研究同意". */
export const ORGAN_END = '(?:人民政府|政府|办事处|办公室|办|局|科|股|处|委员会|委|部门|指挥部|中心|所|站|队|中队|大队|支队|村民委员会|居民委员会|村委会|居委会|村（居）委会|村\\(居\\)委会|管委会|领导小组|联席会议|主管部门|有关部门|相关部门|机关)';
// A body's name holds no modal: "紧要期间生产性用火须防火指挥部批准" is no approval by "期间生产性用火须防火指挥部"
// after the 要 of 紧要.
// A law names the provinces' organ with the list of their kinds ("省、自治区、直辖市人民政府文物行政部门", 文物保护法第五十三条):
// the list is one level, as a province's own notice's "省人民政府文物行政部门" is.
const ORGAN = `(?:(?:省、自治区、直辖市|设区的市、自治州)?(?:(?!须|应当|必须|不得|禁止|严禁)[\\u4e00-\\u9fa5（）()]){0,16}?${ORGAN_END})`;

/** A body of a township, a street office, a village or a community ("乡农业综合服务中心", "桃源镇人民政府", "街道办事处",
 *  "社区居委会"): a level no law lets set a licence, and that issues none of its own. What makes the level is the
 *  乡/镇/街道/社区/村 the name starts its own part with; a county's bureau (局) and the police (派出所) are never one, and
 *  城乡/城镇/农村 inside a county body's name ("县住房和城乡建设局", "县农业农村综合执法大队") are no level.
 *  (bodyLevel in structure/meta-issuers.ts classifies an issuer's whole name; a form needs the slot as a pattern.) */
const TOWNSHIP_ORGAN = `(?:[\\u4e00-\\u9fa5]{0,6}?(?<![城农])(?:乡|镇|街道|社区|村)(?:(?!须|应当|必须|不得|禁止|严禁|局|派出所)[\\u4e00-\\u9fa5（）()]){0,14}?(?:人民政府|政府|办事处|办公室|办|中心|所|站|队|委员会|委会))`;

/** A short noun phrase: CJK letters but no particle or conjunction (an object: "河道采砂许可证"). A name in
 *  quotation marks counts as one word of it: notices quote the names of campaigns and systems ("门前三包"履约保证金,
 *  “安居通”系统, ‘菜篮子’工程). */
const NP = '(?:[“"‘「][\\u4e00-\\u9fa5A-Za-z0-9]{1,10}[”"’」]|(?![的了着和与及或等以])[\\u4e00-\\u9fa5]){1,8}?';

/** An amount of money ("500-2000元", "人民币2000元") and a period ("十五日以下"), alone or as a range. */
const AMOUNT = range(MONEY_UNIT, '万|千|百', '人民币');
const PERIOD = range(PERIOD_UNIT, '日|天');

export const MACROS: Record<string, string> = {
  num: N,
  amount: AMOUNT,
  period: PERIOD,
  rate: `(?:百分之${N}|千分之${N}|万分之${N}|${N}\\s*[%％‰])`,
  qty: `(?:${AMOUNT}|${PERIOD}|${VAGUE})`,
  vague: VAGUE,
  impose: IMPOSE,
  adv: `(?:${ADV}\\s*){1,3}`,
  de: '的?',
  organ: ORGAN,
  townshipOrgan: TOWNSHIP_ORGAN,
  np: NP,
  /** A place a local document names its own certificate after: "《鹤岭县工业产品生产许可证》", "《澜州市……确认书》". */
  place: '(?:[\\u4e00-\\u9fa5]{1,4}?(?:省|市|县|区|州|盟|旗|镇|乡))',
  /** Who a 责令 is addressed to: "责令其停业整顿", "责令该店停止营业", "责令当事人关闭". */
  obj: `(?:其|该${NP}|当事人|违法者|违规者|行为人|责任人|经营者|业主)`,
  /** A unit a sum is stated per: "每平方米50元", "每只羊30元", "每桌100元" (the vocabulary's one list of them). */
  per: '每(?:平方米|平米|立方米|公顷|亩|吨|株|棵|头|只|条|辆|台|车次|车|桌|次|人|户|日|天|张|处|起|个|米|桶|袋|箱|件|批|套|座|间|块)',
  /** The same unit written after the sum: "50元/次", "200元／车". */
  each: '[/／](?:平方米|立方米|亩|吨|头|只|辆|台|车次|车|桌|次|人次|人|户|日|天|张|处|起|个|米|件)',
  /** A colon, full- or half-width (a tariff's "罚款标准：……"): forms spell no punctuation but 、 and ，. */
  colon: '[：:]',
  /** An activity a permission opens: "方可开展", "不得从事", "方准营运" (the licence forms' one list of them). */
  activity: '(?:开展|从事|经营|营业|开业|承接|施工|开工|营运|运输|上岗|执业|进入|收购|销售|招生|收住|收治|入驻)',
  /** A list of short noun phrases: "河道采砂、洗砂、磨砂活动", "经营工具和物品". */
  nps: `${NP}(?:[、和及与]${NP}){0,5}`,
};

/** Filled in by the vocabulary compiler: the names of a family's measures (for {sanctions} lists). */
export type ListSource = (name: string) => string | undefined;

export class FormError extends Error {}

/** Characters a form may spell out literally: CJK, the punctuation inside names, Latin letters and digits (HIV, 985). */
const LITERAL = /[\u4e00-\u9fa5（）“”《》、，·A-Za-z0-9]/;

/**
 * Compiles one form of the vocabulary to a regex source. Syntax: literal CJK words, `{macro}`,
 * `{list:ID}` (any name of another vocabulary list), groups `( a | b )`, and `?` after a group or a
 * macro. Whitespace in the form is ignored; optional whitespace is allowed between all tokens,
 * because web copies put spaces inside sentences ("处 5000 元罚款").
 */
export function compileForm(form: string, lists: ListSource): string {
  let out = '';
  let i = 0;
  const gap = '\\s*';
  const emit = (s: string) => { out += (out && !/[(|]$/.test(out) ? gap : '') + s; };
  while (i < form.length) {
    const ch = form[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '{') {
      const end = form.indexOf('}', i);
      if (end < 0) throw new FormError(`“{”没有闭合：${form}`);
      const name = form.slice(i + 1, end);
      let src: string | undefined;
      if (name.startsWith('list:')) src = lists(name.slice(5));
      else src = MACROS[name];
      if (src === undefined) throw new FormError(`未知的词表槽位“{${name}}”：${form}`);
      emit(`(?:${src})`);
      i = end + 1;
      continue;
    }
    if (ch === '(') { emit('(?:'); i++; continue; }
    if (ch === ')') { out += ')'; i++; continue; }
    if (ch === '|') { out += '|'; i++; continue; }
    if (ch === '?') {
      if (!/[)}]$/.test(out)) throw new FormError(`“?”只能跟在槽位或括号之后：${form}`);
      out += '?';
      i++;
      continue;
    }
    if (LITERAL.test(ch)) {
      // A run of literal characters is one token: no whitespace is inserted inside a word.
      let j = i;
      while (j < form.length && LITERAL.test(form[j]!)) j++;
      // Punctuation matches its full- and half-width forms: web copies mix them ("同意后,方可").
      emit(form.slice(i, j).replace(/[（），]/g, (c) => (c === '，' ? '[，,]' : c === '（' ? '[（(]' : '[）)]')));
      i = j;
      continue;
    }
    throw new FormError(`词表写法中不能使用字符“${ch}”（只能用汉字、{槽位}、括号、| 和 ?）：${form}`);
  }
  return out;
}
