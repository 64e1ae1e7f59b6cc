// The wording of a 审查意见书 draft, as plain structured text: kept apart from the .docx layout so the
// content can be tested and reused without Word. The letter follows what 备案审查 offices send: who
// reviewed under which grounds, each problem (the clause quoted exactly, the problem, the basis article
// quoted, the suggested handling), an overall 审查结论 and 处理意见, the deadline, 联系人, 抄送. What
// the reviewer must fill in (文号 number, 联系人 when not configured) is marked ××.
import type { DocumentReport } from '../../pipeline/model/types.ts';
import { CATEGORY_NAMES } from '../../pipeline/model/types.ts';
import { DEFAULT_DEADLINE_DAYS, DEFAULT_TIME_ZONE } from '../../pipeline/config/review-config.ts';
import type { RenderOptions } from '../index.ts';
import { fileStem } from '../html/labels.ts';
import { localChineseDate, localParts } from '../local-time.ts';
import { groundsFor, reviewingKind, supervisionHead, SUPERVISION_HEADS } from './opinion-grounds.ts';
import { opinionFindings, provisionProblems, type ProvisionProblems } from './opinion-items.ts';

export { opinionFindings } from './opinion-items.ts';

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 25 → 二十五 (enough for the problems in one document). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_ORDINALS[n - 1]!;
  if (n < 20) return `十${CHINESE_ORDINALS[n - 11]}`;
  if (n < 100) return `${CHINESE_ORDINALS[Math.floor(n / 10) - 1]}十${n % 10 ? CHINESE_ORDINALS[(n % 10) - 1] : ''}`;
  return String(n);
}

export interface OpinionPoint {
  heading: string | null; // "1.规范性文件设定罚款" when a provision has several problems
  problem: string; // "存在问题：……"
  basis: string[]; // "依据：《……》第十六条规定：“……”"
  suggestion: string; // "处理建议：……"
}

/** One provision with its problems: the provision is quoted once, then each problem. */
export interface OpinionProblem {
  heading: string; // "（一）关于第二部分第（五）项"
  quote: string | null; // "该项规定：“……”"; null for the document as a whole
  points: OpinionPoint[];
}

export type Handling = 'correct' | 'improve';

export interface OpinionDraft {
  title: string;
  numberLine: string;
  salutation: string;
  opening: string;
  problemsHeading: string;
  problems: OpinionProblem[];
  conclusionHeading: string;
  conclusion: string;
  handlingHeading: string;
  handling: Handling;
  handlingText: string;
  contact: string;
  signature: string;
  date: string;
  cc: string | null;
}

function quoteArticle(b: { law: string; article: string; text: string }): string {
  return `《${b.law}》${b.article}规定：“${b.text.split('\n').map((p) => p.trim()).filter(Boolean).join('')}”`;
}

/** Rule messages say "本条" of any provision, at the start of any of their sentences (a note appended to the
 *  message: "本条由乡镇人民政府……实施此项处罚"); the letter names the unit it is about ("该项"). */
function referTo(message: string, unit: string): string {
  return unit !== '该条' && unit !== '该文件' ? message.replace(/(^|[。；])本条/g, `$1${unit}`) : message;
}

/** "第一项、第二项和第四项" */
function listPlaces(places: string[]): string {
  if (places.length <= 1) return places.join('');
  return `${places.slice(0, -1).join('、')}和${places[places.length - 1]}`;
}

/** "该条规定：“……”"; a problem repeated in several provisions quotes each: "第三条规定：“……”；第五条规定：“……”" */
function quoteOf(p: ProvisionProblems): string | null {
  if (!p.quotes.length) return null;
  if (p.quotes.length === 1) return `${p.unit}规定：“${p.quotes[0]!.text}”`;
  return p.quotes.map((q) => `${q.place}规定：“${q.text}”`).join('；');
}

function problemOf(p: ProvisionProblems, k: number): OpinionProblem {
  const several = p.points.length > 1;
  return {
    heading: `（${chineseNumber(k + 1)}）关于${p.place ?? '文件整体'}${several ? '' : `：${p.points[0]!.title}`}`,
    quote: quoteOf(p),
    points: p.points.map((pt, j) => ({
      heading: several ? `${j + 1}.${pt.title}` : null,
      problem: `存在问题：${referTo(pt.message, p.unit)}`,
      basis: pt.basis.map((b) => `依据：${quoteArticle(b)}`),
      suggestion: `处理建议：${pt.suggestion || '请对照上位法规定研究修改。'}`,
    })),
  };
}

function conclusionOf(problems: ProvisionProblems[], grounds: ReturnType<typeof groundsFor>, kind: string): { text: string; handling: Handling } {
  const errors = problems.flatMap((p) => p.points.filter((x) => x.severity === 'error').map((x) => ({ p, x })));
  const places = [...new Set(errors.flatMap(({ p }) => (p.places.length ? p.places : ['文件整体'])))];
  const categories = [...new Set(errors.map(({ x }) => CATEGORY_NAMES[x.category]))];
  if (!errors.length) {
    const warnPlaces = [...new Set(problems.flatMap((p) => (p.places.length ? p.places : ['文件整体'])))];
    return {
      handling: 'improve',
      text: `经审查，该文件未发现同法律、法规相抵触的规定，但${listPlaces(warnPlaces)}存在需要完善之处（见上文），建议予以修改完善。`,
    };
  }
  const subject = places.length === 1 && places[0] === '文件整体' ? '该文件' : `该文件${listPlaces(places)}的规定`;
  if (kind === 'people-congress') {
    const heads = [...new Set(errors.map(({ x }) => supervisionHead(x.category)))].sort();
    const items = heads.map((h) => `第（${chineseNumber(h)}）项规定的“${SUPERVISION_HEADS[h]}”`);
    return {
      handling: 'correct',
      text: `综上，${subject}存在${categories.join('、')}的问题，属于${grounds.standard}${items.join('和')}的情形，应当予以纠正。`,
    };
  }
  return {
    handling: 'correct',
    text: `综上，${subject}存在${categories.join('、')}的问题，属于${grounds.standard}规定的不适当的规定，应当予以纠正。`,
  };
}

export function buildOpinionDraft(d: DocumentReport, opts: RenderOptions = {}): OpinionDraft {
  const config = opts.config;
  const review = config?.review ?? {};
  const tz = config?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = opts.now ?? new Date();
  // For a 印发 notice the review is of the document it issues (the 办法), which the letter names.
  const docTitle = d.meta.attachedTitle ?? d.meta.title ?? fileStem(d.path);
  const number = d.meta.docNumber ? `（${d.meta.docNumber}）` : '';
  const issuers = d.meta.issuers.map((x) => x.name);
  const kind = reviewingKind(d, config);
  const grounds = groundsFor(kind, config);
  const items = provisionProblems(d);
  const { text: conclusion, handling } = conclusionOf(items, grounds, kind);
  const days = review.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
  const handlingText = handling === 'correct'
    ? `请你单位自收到本意见书之日起${chineseNumber(days)}日内，对上述规定予以修改或者废止，并将处理结果书面报送${grounds.self}。` +
      `在修改或者废止前，上述规定应当停止执行。逾期未纠正的，${grounds.self}将依法提请${grounds.revokingBody}予以${kind === 'people-congress' ? '撤销' : '改变或者撤销'}。`
    : `请你单位研究修改上述规定，并自收到本意见书之日起${chineseNumber(days)}日内将处理情况书面报送${grounds.self}。`;
  const contact = review.contact ?? {};
  return {
    title: `关于《${docTitle}》的审查意见书`,
    numberLine: `${review.docNumberPrefix ?? '××'}〔${localParts(now, tz).year}〕××号`,
    salutation: `${issuers.length ? issuers.join('、') : '××（制定机关）'}：`,
    opening: `你单位报送备案的《${docTitle}》${number}收悉。根据${grounds.cited}，${grounds.self}对该文件进行了审查。现将审查意见函告如下：`,
    problemsHeading: '一、审查发现的问题',
    problems: items.map(problemOf),
    conclusionHeading: '二、审查结论',
    conclusion,
    handlingHeading: '三、处理意见',
    handling,
    handlingText,
    contact: `联系人：${contact.name ?? '××'}　　联系电话：${contact.phone ?? '××'}`,
    signature: review.body ?? '××（审查机关）',
    date: localChineseDate(now, tz),
    cc: review.cc?.length ? `抄送：${review.cc.join('，')}。` : null,
  };
}

/** Every paragraph of the letter in reading order (the plain-text form, and what tests read back). */
export function draftParagraphs(draft: OpinionDraft): string[] {
  const out = [draft.title, draft.numberLine, draft.salutation, draft.opening, draft.problemsHeading];
  for (const p of draft.problems) {
    out.push(p.heading);
    if (p.quote) out.push(p.quote);
    for (const pt of p.points) {
      if (pt.heading) out.push(pt.heading);
      out.push(pt.problem, ...pt.basis, pt.suggestion);
    }
  }
  out.push(draft.conclusionHeading, draft.conclusion, draft.handlingHeading, draft.handlingText, draft.contact, draft.signature, draft.date);
  if (draft.cc) out.push(draft.cc);
  return out;
}

/** opinions/<file name>-审查意见书.docx, safe on every file system, unique within the batch. */
export function opinionFileName(d: DocumentReport, taken: Set<string>): string {
  const stem = fileStem(d.path).replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 80) || '文件';
  let name = `opinions/${stem}-审查意见书.docx`;
  for (let n = 2; taken.has(name); n++) name = `opinions/${stem}-${n}-审查意见书.docx`;
  taken.add(name);
  return name;
}

export function hasOpinion(d: DocumentReport): boolean {
  return d.status === 'ok' && opinionFindings(d).length > 0;
}
