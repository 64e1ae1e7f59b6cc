// What one document says in numbers about a matter other documents may also regulate: the fine for a
// conduct ("露天焚烧秸秆的，……处五百元罚款") and the deadline of a procedure ("自受理之日起十个工作日
//内办结"). Quantities come from the shared extractor (pipeline/rules/quantities.ts); the matter is the
// words of the clause around them. When the analysis stage annotates provisions with quantities,
// measures and actors, this is the one module to switch to it.
import type { Provision, StructuredDocument } from '../model/types.ts';
import { extractQuantities } from '../rules/quantities.ts';
import { splitSentences } from '../analyse/units.ts';
import type { QuantityUnit } from '../rules/types.ts';

export interface Statement {
  kind: 'fine' | 'deadline';
  /** The conduct fined, or the procedure and its act: what two documents must share to disagree. */
  subject: string;
  /** The procedure's act (办结, 作出决定 …) for deadlines; '罚款' for fines. */
  measure: string;
  /** The quantity's words as written (处五百元罚款, 十个工作日内办结). */
  raw: string;
  min: number;
  max: number;
  unit: QuantityUnit;
  provision: Provision;
  /** Document offsets of `raw`. */
  start: number;
  end: number;
}

/** A continuation names no conduct of its own ("拒不改正的，处……"): its conduct is in an earlier sentence. */
const CONTINUATION = /^(?:拒不|逾期(?:不|未)|情节|造成|再次|多次|屡次|经(?:责令|劝阻|教育))/;
/** A conduct named relative to its own document says nothing across documents (违反本办法规定的). */
const SELF_RELATIVE = /本(办法|规定|通告|通知|条例|细则|意见|决定|公告|方案)|前款|上述|本条|第[一二三四五六七八九十百]+条/;
const DEADLINE_ACT = /(办结|作出(?:书面)?决定|作出答复|答复|完成|审核|审批|审查|核发|颁发|受理|办理|支付|反馈|公示|告知|送达|登记|备案|回复|处理完毕)/;
const LEAD_IN = /^[\s（(]*(?:第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十]+）|\d+[.．、])?[\s\u3000]*(?:对于?|凡|在[^，]{0,12}范围内，?)?/;

/** The conduct of a fine clause: the words before its first "的，" (处…罚款 must follow). */
function conductOf(sentence: string): string | null {
  const at = sentence.search(/的[，,]/);
  if (at < 2) return null;
  const conduct = sentence.slice(0, at).replace(LEAD_IN, '')
    // "违反本办法规定，露天焚烧秸秆的": the conduct is what follows the reference to the document itself.
    .replace(/^违反本(?:办法|规定|通告|通知|条例|细则|意见|决定|公告)(?:第[一二三四五六七八九十百]+条)?(?:的)?(?:有关)?(?:规定)?[，,]?/, '')
    .replace(/^(?:有下列行为之一|有前款行为)/, '').trim();
  if (conduct.length < 3 || SELF_RELATIVE.test(conduct) || CONTINUATION.test(conduct)) return null;
  return conduct;
}

function fineOf(sentence: string, offset: number, provision: Provision): Statement | null {
  const measure = /处(?:以)?([^，。；]{0,40}?)罚款/.exec(sentence);
  if (!measure) return null;
  const conduct = conductOf(sentence.slice(0, measure.index));
  if (!conduct) return null;
  const amounts = extractQuantities(measure[0], ['amount']);
  if (!amounts.length) return null;
  const values = amounts.map((a) => a.value);
  return {
    kind: 'fine', subject: conduct, measure: '罚款', raw: measure[0],
    min: Math.min(...values), max: Math.max(...values), unit: 'yuan',
    provision, start: offset + measure.index, end: offset + measure.index + measure[0].length,
  };
}

function deadlineOf(sentence: string, offset: number, provision: Provision): Statement | null {
  for (const q of extractQuantities(sentence, ['period'])) {
    const after = sentence.slice(q.end, q.end + 16);
    if (!/^\s*(?:以)?内/.test(after)) continue;
    const act = DEADLINE_ACT.exec(after);
    if (!act) continue;
    // The procedure: the sentence without its quantities, its numbering and its lead-in.
    const subject = sentence.replace(LEAD_IN, '').replace(q.raw, '').replace(/[\d一二三四五六七八九十百千]+个?(?:工作日|日|天|月|年)/g, '');
    if (SELF_RELATIVE.test(subject) && subject.length < 20) continue;
    const end = q.end + after.indexOf(act[0]) + act[0].length;
    return {
      kind: 'deadline', subject, measure: act[1]!, raw: sentence.slice(q.start, end),
      min: q.value, max: q.value, unit: q.unit, provision, start: offset + q.start, end: offset + end,
    };
  }
  return null;
}

export function extractStatements(doc: StructuredDocument): Statement[] {
  const out: Statement[] = [];
  for (const p of doc.provisions) {
    for (const s of splitSentences(p.text)) {
      const offset = p.start + s.start;
      const fine = fineOf(s.text, offset, p);
      if (fine) out.push(fine);
      const deadline = deadlineOf(s.text, offset, p);
      if (deadline) out.push(deadline);
    }
  }
  return out;
}
