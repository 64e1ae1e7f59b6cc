// Who imposes a measure, when that is a township: the township's government, its offices and its law-enforcement
// team named as the body that acts ("由镇综合执法队处以罚款", "镇政府将依法没收"), or — in a township's own
// document — a measure announced in its own voice with no other body named ("对违规垂钓者将依法没收钓具").
// A township holds a county department's power to punish only where the province has handed it over
// (行政处罚法第二十四条); rules with `imposedByTownship` quote that article when this says so.
import { sentenceAround } from '../analyse/units.ts';
import { namedActor } from '../analyse/actor.ts';
import type { DocContext } from './context.ts';

/** A township body named as acting: 由X镇人民政府/镇政府/镇综合执法队/街道办事处/乡党政办/镇执法中队 …, or one of
 *  its stations and offices (镇交管站, 乡林业站, 镇农业服务中心). Not the county's units that sit in a township and
 *  hold powers of their own (镇派出所, 镇税务所, 镇交警中队, 人民法庭). */
const TOWNSHIP_BODY = /(?:[乡镇]|街道)(?:人民政府|政府|办事处|综合行政执法|综合执法|行政执法|执法|党政办|综治办|城管)|乡镇(?:人民政府|政府|综合执法)|街道办|(?:[乡镇]|街道)(?!派出所|税务|交警|公安|边防|法庭|人民法庭|检察)[\u4e00-\u9fa5]{1,6}?(?:站|所|中心)(?![长])/;
/** Another body named as the one that acts: the police, a county or city department, a court, a committee. */
const OTHER_BODY = /公安|派出所|交警|法院|检察|[县市区省州旗](?:级)?(?:人民政府|政府|[\u4e00-\u9fa5]{0,10}?(?:局|委员会|委|厅|办公室|部门|中心|大队|支队))|有关部门|主管部门|行政机关|执法机关|有权机关|相关部门|职能部门|[\u4e00-\u9fa5]{1,8}(?:局|所|站)(?![长])/;
/** A power the text says was handed to the body that acts: the province's decision that a township exercises a county
 *  department's power (行政处罚法第二十四条: 交由乡镇人民政府、街道办事处行使), 赋权, 下放, 委托 (行政许可法第二十四条),
 *  授权. The level named is then the one the law allows to act for another. */
export const HANDED_OVER = /赋权|赋予|交由乡镇|交由街道|下放|委托|授权|承接/;

/** Does the sentence holding [start, end) have a township impose the measure it names? */
export function imposedByTownship(ctx: DocContext, start: number, end: number): boolean {
  const s = sentenceAround(ctx.text, start, end);
  const before = ctx.text.slice(s.start, start);
  if (HANDED_OVER.test(s.text)) return false;
  const named = namedActor(ctx.text.slice(s.start, end));
  if (named !== null) return isTownshipBody(named);
  if (TOWNSHIP_BODY.test(before) && /(?:人民政府|政府|执法|办事处)(?:也)?(?:将|会|可|依法)/.test(before)) return true;
  // The township's own voice: its own document, no body named before the measure.
  const township = ctx.issuers.some((i) => i.level === 'township') && !ctx.issuers.some((i) => i.level && i.level !== 'township');
  return township && !OTHER_BODY.test(before);
}

/** Whether a named body is a township's: its government, offices, stations or law-enforcement team, and no other
 *  body (the police, a county department) beside it. */
export function isTownshipBody(name: string): boolean {
  return TOWNSHIP_BODY.test(name) && !OTHER_BODY.test(name.replace(TOWNSHIP_BODY, ''));
}

// The same concept as the frames read it, kept here beside the bodies above.
/** A township, a street office or a village named as the body that takes a measure ("由镇综合执法队", "镇政府将依法"). */
export const TOWNSHIP_ACTOR = /由(?:[\u4e00-\u9fa5]{0,8}(?:乡|镇|街道))(?:人民政府|政府|综合执法|执法|办事处|办)|由(?:村委会|村民委员会|居委会|社区|乡镇|镇政府|乡政府)|(?:乡|镇)(?:人民)?政府(?:也)?(?:将|有权|可以|可|应当|负责|依法)|(?:乡|镇|街道)[\u4e00-\u9fa5]{0,6}(?:办事处|综合执法队|执法队|执法中队)(?:也)?(?:将|有权|可以|可|依法)/;
/** A law that itself gives townships the measure (城乡规划法第六十五条: 由乡、镇人民政府……可以拆除). */
export const TOWNSHIP_IN_LAW = /乡、镇人民政府|乡镇人民政府|乡（镇）人民政府|乡\(镇\)人民政府|乡、民族乡、镇|街道办事处|乡级人民政府/;
/** An approval by a township, its offices or a village committee ("经镇人民政府审批同意", "报镇规划办公室审批"). */
export const TOWNSHIP_APPROVER = /(?:乡|镇|街道)(?:人民政府|政府|办事处)|(?:乡|镇)[\u4e00-\u9fa5]{1,8}?(?:办公室|办|所|站)|村委会|村民委员会|居委会|社区/;
