// `pattern` rules: matchers over a provision, its sentences or the whole document, filtered by
// the built-in precision guards (citation, negation, referral, 备案, subject).
import type { Provision } from '../../model/types.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import { forbiddenByLeadIn, isFilingOnly, isGovernmentDuty, isNegated, isOwnActOfPublic, isReferralOnly } from '../guards.ts';
import { addedBeyondList, addedToArticle, fullSentenceStart, leadCitedArticles, namedLaws, restatesCitation, restatesNamedLawVerbatim, subjectLawsOf } from '../restatement.ts';
import type { ResolvedArticle } from '../../model/types.ts';
import { sentenceAround, type Unit } from '../../analyse/units.ts';
import { judgeFrame, type FrameVerdict } from '../../analyse/frames.ts';
import { articleSaying } from '../../analyse/named-law-articles.ts';
import { fillTemplate } from '../template.ts';
import { toChineseNumber } from '../../text/chinese-numbers.ts';
import { conditionsArticle } from '../../analyse/licence-conditions.ts';
import { designationBanArticle } from '../../analyse/designation-ban.ts';
import { closestNamedArticle } from '../../analyse/closest-named-article.ts';
import type { MeasureMention } from '../../analyse/annotate.ts';
import { unitsOf } from '../match.ts';
import { RELIEF_WORDS, reliefRestated } from '../../analyse/tax-relief.ts';
import { afterMarker } from '../../structure/markers.ts';
import { imposedByTownship } from '../township-imposer.ts';

/** Is this match (offsets inside `text`, which starts at document offset `base`) kept by the rule's guards? */
export function passesGuards(rule: CompiledRule, ctx: DocContext, text: string, base: number, start: number, end: number): boolean {
  // Names are not norms: a match inside 《…》 is the title of another document, and a sentence
  // announcing "现就有关事项通知如下：" or the document's own title states a subject, not a rule.
  if (insideBookTitle(text, start)) return false;
  if (isAnnouncement(text, start, end, ctx.doc.meta.title)) return false;
  if (isCaption(text, start, end)) return false;
  const g = rule.guards;
  if (g.negation && isNegated(text, start, end, rule.ownNegations)) return false;
  // A list the lead-in forbids to the body it addresses ("……不得含有下列内容：") prohibits each item, also for rules
  // whose own words are prohibitions (no negation guard).
  if (forbiddenByLeadIn(ctx.text, base + start)) return false;
  if (g.referral && isReferralOnly(text, start, end)) return false;
  if (g.filing && isFilingOnly(text, start, end)) return false;
  if (g.subject === 'public' && isGovernmentDuty(text, start, end)) return false;
  if (g.actor === 'administration' && isOwnActOfPublic(text, start, end)) return false;
  if (g.citation) {
    // A sentence that is word for word an article's own restates it, whatever law it names (渔业法实施细则 cites
    // 渔业法 by its 1986 numbers) or if it names none.
    if (copiesUpperLaw(ctx, text, start, end)) return false;
    // A tax relief the tax's own act grants for the same case (契税法第六条's 法定继承人 免征) is restated, in whatever words.
    if (restatesRelief(ctx, text, start, end)) return false;
    // A vocabulary measure is judged by comparing frames with the article it restates (frames.ts); other
    // matches by the citation itself.
    const verdict = frameVerdict(ctx, base + start, base + end);
    // A range beyond the article's is not a restatement: the document sets the higher measure (and the
    // conflict rules compare it with that article). A measure no article was found for is still covered
    // by a provision that opens with a citation lead ("二、依照《……》第×条的规定，……。确需……的，……").
    if (verdict?.kind === 'creates' && !verdict.cited) return !restatesCitation(ctx, text, base, start, end);
    // What a sentence adds after repeating a law's list is not restated by the article that holds the list.
    if (verdict && !(verdict.kind === 'restates' && addedBeyondList(ctx.text, base + start))) return verdict.kind !== 'restates';
    if (restatesCitation(ctx, text, base, start, end)) return false;
    if (restatesNamedLawVerbatim(text, start, end, namedLaws(ctx))) return false;
  }
  return true;
}

/** The sentence holding [start, end) is one of an upper-law article in force on the document's day. A later part
 *  of a sentence (after ；) copies the law only when its first part does too: "没有违法所得或者违法所得不足2万元的，
 *  处3万元以上10万元以下的罚款" is word for word in 道路运输条例第六十三条, but for 危险货物; a sentence that opens with
 *  普通货物 and then copies it applies another item's range. */
function copiesUpperLaw(ctx: DocContext, text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  const date = ctx.date ?? undefined;
  if (!ctx.corpus.holdsSentence(s.text, date)) return false;
  const from = fullSentenceStart(text, s.start);
  if (from >= s.start) return true;
  const first = sentenceAround(text, from, from);
  return ctx.corpus.holdsSentence(first.text, date);
}

function restatesRelief(ctx: DocContext, text: string, start: number, end: number): boolean {
  if (!RELIEF_WORDS.some((w) => text.includes(w))) return false;
  const s = sentenceAround(text, start, end);
  return reliefRestated(s.text, start - s.start, end - s.start, [...namedLaws(ctx).map((l) => l.title), ...subjectLawsOf(ctx)], ctx.corpus, ctx.date);
}

const verdictMemo = new WeakMap<DocContext, Map<string, FrameVerdict | null>>();

/** The frame verdict for the measure mention at document offsets [start, end), if the match is one. */
export function frameVerdict(ctx: DocContext, start: number, end: number): FrameVerdict | null {
  let memo = verdictMemo.get(ctx);
  if (!memo) verdictMemo.set(ctx, (memo = new Map()));
  const key = `${start}:${end}`;
  if (memo.has(key)) return memo.get(key)!;
  const analysis = ctx.analysis();
  // The mention the match is: the one with its very offsets, else the one it overlaps most. Not merely the first
  // that overlaps: "处五百元以下罚款或者五日以下拘留" is a detention that lists a fine at its own start, and the
  // fine's verdict (the regulation provides it) says nothing of the detention.
  let m: MeasureMention | undefined;
  let most = 0;
  for (const x of analysis.measures) {
    if (x.family === 'criterion' || x.family === 'support') continue;
    const overlap = Math.min(end, x.end) - Math.max(start, x.start);
    if (overlap <= 0) continue;
    if (x.start === start && x.end === end) { m = x; break; }
    if (overlap > most) { m = x; most = overlap; }
  }
  let v: FrameVerdict | null = null;
  if (m) {
    // The full sentence (across ；): "拒绝、阻碍……执行公务的，由公安机关依法予以处罚；情节严重的，处五日以上
    // 十日以下拘留" states the conduct before the ；.
    const s = analysis.sentences[m.sentence]!;
    const from = fullSentenceStart(ctx.text, s.start);
    v = judgeFrame(m, { text: ctx.text.slice(from, s.end), start: from }, {
      corpus: ctx.corpus, vocabulary: ctx.vocabulary, text: ctx.text, namedLaws: [...namedLaws(ctx).map((l) => l.title), ...subjectLawsOf(ctx)], date: ctx.date,
      citations: ctx.citations(), leadCited: (at) => leadCitedArticles(ctx, ctx.text, 0, at),
      enforcer: ctx.issuers.length > 0 && ctx.issuers.every((i) => i.kind === 'department'),
      ownProvision: (n) => ownProvisionText(ctx, n),
    });
  }
  memo.set(key, v);
  return v;
}

/** The text of the document's own provision numbered n — its 第n条, or its item "n、" — which a sanction names as the
 *  conduct it punishes ("违反本通告第二条规定的"); null when the document has no such provision. */
function ownProvisionText(ctx: DocContext, n: number): string | null {
  const names = new Set([`第${toChineseNumber(n)}条`, `${toChineseNumber(n)}、`]);
  const text = ctx.provisions.filter((p) => p.path.some((seg) => names.has(seg))).map((p) => p.text).join('');
  return text ? text.slice(0, OWN_PROVISION_CHARS) : null;
}
/** Enough of a provision to say what it forbids or requires; a long one is read from its start. */
const OWN_PROVISION_CHARS = 300;

/** The hit with the article it departs from; null for a rule that speaks only where a named law's article says
 *  otherwise (namedLawArticle.required) and none does. */
function comparedHit(h: Hit, ctx: DocContext): Hit | null {
  if (h.rule.def.compareWith === 'frame-conflict') {
    const v = frameVerdict(ctx, h.start, h.end);
    // Only an article the clause cites or the document names: one retrieved by words alone may be another law's for a
    // neighbouring setting (草原防火条例第四十四条's 野外用火 for a forest notice), which a note may offer but a conflict may not.
    if ((v?.kind !== 'conflicts' && v?.kind !== 'drops-condition') || v.how === 'retrieved') return null;
  }
  const compared = withComparison(h, ctx);
  return h.rule.def.namedLawArticle?.required && !compared.compared ? null : compared;
}

/** The article the clause departs from, when the frames found one: the reviewer reads the finding with it. Where none was
 *  found, the article of the laws the document names that governs the clause's matter, if one shares most of its words. */
function withComparison(h: Hit, ctx: DocContext): Hit {
  const compared = comparedByFrames(h, ctx);
  if (compared.compared || !CLOSEST_FOR.has(h.rule.def.category)) return compared;
  const added = addedToArticle(ctx, h.start, h.end);
  if (added) return { ...compared, compared: { article: added, note: `本条在《${added.law}》${added.article}规定的条件之外另行作出要求，该条没有这一规定。` } };
  const sentence = sentenceAround(ctx.text, h.start, h.end).text;
  // The laws the document names, then those it is about without naming them (its title's matter).
  const closest = closestNamedArticle(sentence, [...namedLaws(ctx).map((l) => l.title), ...subjectLawsOf(ctx)], ctx.corpus, ctx.date);
  const article = closest && ctx.corpus.resolve(closest.law.title, closest.article.label);
  if (!article) return compared;
  const note = `${inLaw(ctx, article.law)}${article.article}对相关事项作了规定，请对照。`;
  return { ...compared, compared: { article, note } };
}
/** Where a compared article is found, as the note says it: a law the document cites, or one its matter falls under
 *  without naming it (analyse/subject-laws.ts). */
function inLaw(ctx: DocContext, law: string): string {
  return namedLaws(ctx).some((l) => l.title === law) ? `本文件援引的《${law}》中，` : `本文件所涉事项适用的《${law}》中，`;
}
/** The categories whose basis is a general rule that a named law's own article can sharpen. */
const CLOSEST_FOR = new Set<string>(['licensing', 'rights', 'penalty', 'coercion', 'fees', 'equality']);

function comparedByFrames(h: Hit, ctx: DocContext): Hit {
  // Without such an article in the laws the document names, the frames may still find the one it departs from.
  if (h.rule.def.namedLawArticle) {
    const named = withNamedLawArticle(h, ctx, h.rule.def.namedLawArticle);
    if (named !== h) return named;
  }
  if (h.rule.def.compareWith === 'licence-conditions') return withConditionsArticle(h, ctx);
  if (h.rule.def.compareWith === 'designation-ban') return withDesignationBan(h, ctx);
  if (!h.rule.guards.citation) return h;
  const v = frameVerdict(ctx, h.start, h.end);
  if (!v) return h;
  if (v.kind === 'creates' && v.compared?.article && v.comparedAs === 'filing') {
    const filing = /备案/.test(v.compared.text) ? '备案' : '登记';
    const note = `对照《${v.compared.law}》${v.compared.article}：该条对相同事项只规定了${filing}，本条改为须经批准，实质上增设了许可。`;
    return { ...h, compared: { article: v.compared, note } };
  }
  if (v.kind === 'creates' && v.compared && v.comparedAs === 'barred') {
    // Found by its words, or as the only article of the laws the document rests on that bars the measure (whose case may
    // be another's: 民法典第九百四十四条 bars a property company's cutting water to collect its fee).
    const note = v.comparedHow === 'document'
      ? `${inLaw(ctx, v.compared.law)}只有${v.compared.article}禁止此项措施，其适用的主体和情形可能与本条不同，请对照。`
      : `对照《${v.compared.law}》${v.compared.article}：该条对相近事项禁止此项措施，本条却作了规定。`;
    return { ...h, compared: { article: v.compared, note } };
  }
  if (v.kind === 'creates' && v.compared && v.comparedAs === 'other-measures') {
    const note = `对照《${v.compared.law}》${v.compared.article}：该条对相同行为规定的是${v.provides?.map((x) => `“${x}”`).join('、') ?? '其他措施'}，没有规定本条的这项措施。`;
    return { ...h, compared: { article: v.compared, note } };
  }
  if (v.kind === 'creates' && v.compared) {
    const where = `《${v.compared.law}》${v.compared.article}`;
    // Found by its words, or in a law the clause names.
    if (v.comparedHow === 'document') {
      const note = `${inLaw(ctx, v.compared.law)}只有${v.compared.article}规定了此项措施，其适用的行为和条件与本条不同，请对照。`;
      return { ...h, compared: { article: v.compared, note } };
    }
    if (v.comparedHow === 'document-law') {
      const note = `${inLaw(ctx, v.compared.law)}${v.compared.article}对相近行为规定了此项措施，请对照该条的行为、条件、实施机关和幅度。`;
      return { ...h, compared: { article: v.compared, note } };
    }
    const which = v.comparedHow === 'retrieved' ? `上位法中，${where}`
      : namedLaws(ctx).some((l) => l.title === v.compared!.law) ? `本条所称的${where.replace(/》.*$/, '》')}中，${v.compared.article}`
      : `${inLaw(ctx, v.compared.law)}${v.compared.article}`;
    const note = `${which}对相近行为规定了此项措施，但行为、条件或者幅度与本条不同，请对照。`;
    return { ...h, compared: { article: v.compared, note } };
  }
  if (v.kind !== 'conflicts' && v.kind !== 'drops-condition') return h;
  const where = `《${v.article.law}》${v.article.article}`;
  const note = v.kind === 'conflicts'
    ? (v.bound === 'min'
      ? `对照${where}：该条对相同行为规定的下限为${v.limit.raw}，本条为${v.value.raw}，低于上位法规定的幅度。`
      : `对照${where}：该条对相同行为规定的上限为${v.limit.raw}，本条为${v.value.raw}，超出上位法规定的幅度。`)
    : `对照${where}：该条仅对“${v.condition}”的情形规定此项处罚，本条未写明这一条件，扩大了适用范围。`;
  return { ...h, compared: { article: v.article, note } };
}

/** Each rule's article of the named laws, once per document (the same for every finding of the rule there). */
const namedLawArticleMemo = new WeakMap<DocContext, Map<string, ResolvedArticle | null>>();
/** `says` compiled once per rule definition. */
const compiledSays = new WeakMap<readonly string[], RegExp[]>();
function saysOf(says: readonly string[]): RegExp[] {
  let out = compiledSays.get(says);
  if (!out) compiledSays.set(says, (out = says.map((r) => new RegExp(r))));
  return out;
}

/** The article of a named law that says what the clause departs from (RuleDef.namedLawArticle). */
function withNamedLawArticle(h: Hit, ctx: DocContext, spec: { says: string[]; note: string }): Hit {
  let byRule = namedLawArticleMemo.get(ctx);
  if (!byRule) namedLawArticleMemo.set(ctx, (byRule = new Map()));
  let article = byRule.get(h.rule.def.id);
  if (article === undefined) byRule.set(h.rule.def.id, (article = articleSaying(namedLaws(ctx).map((l) => l.title), saysOf(spec.says), ctx.corpus, ctx.date)));
  if (!article) return h;
  return { ...h, compared: { article, note: fillTemplate(spec.note, { law: article.law, article: article.article }) } };
}

/** A provider kept for the ones the document picks, set against the named law's ban on designating one. */
function withDesignationBan(h: Hit, ctx: DocContext): Hit {
  // The provision says what the service is ("报告书应当由列入名录库的单位编制。……名录库外单位编制的……不予受理").
  const where = h.provision?.text ?? sentenceAround(ctx.text, h.start, h.end).text;
  const article = designationBanArticle(where, namedLaws(ctx).map((l) => l.title), ctx.corpus, ctx.date);
  if (!article) return h;
  const note = `对照《${article.law}》${article.article}：该条禁止为此指定经营者或者服务机构，本条限定了提供者。`;
  return { ...h, compared: { article, note } };
}

const EARLIER_CONDITIONS = /前款|上述|以上|前述|前项/;

/** Conditions added to a licence, set against the article of a named law that lists the licence's conditions. */
function withConditionsArticle(h: Hit, ctx: DocContext): Hit {
  const s = sentenceAround(ctx.text, h.start, h.end);
  // "除具备前款条件外": the conditions added to are the paragraph's before, which name the licence.
  const i = h.provision ? ctx.provisions.indexOf(h.provision) : -1;
  const before = EARLIER_CONDITIONS.test(s.text) && i > 0 ? ctx.provisions[i - 1]!.text : '';
  const article = conditionsArticle(before + s.text, namedLaws(ctx).map((l) => l.title), ctx.corpus, ctx.date);
  if (!article) return h;
  const note = `对照《${article.law}》${article.article}：该条规定了此项许可的条件或者申请人应当提交的材料，本条在其之外另设条件。`;
  return { ...h, compared: { article, note } };
}

/** A name in 《》 that is a certificate or a form (《机动车驾驶员培训经营许可证》, 《营业执照》, 《婚前医学检查证明》,
 *  《外出申请表》): what the clause demands, not a title. No law or regulation is named so. */
const CERTIFICATE_NAME = /(?:证|证书|证明|执照|牌照|申请表|登记表)$/;

function insideBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  if (open < 0 || open <= text.lastIndexOf('》', at - 1)) return false;
  const close = text.indexOf('》', at);
  return close >= 0 && !CERTIFICATE_NAME.test(text.slice(open + 1, close));
}

const TITLE_RE = /^[^。；]{0,60}关于[^。；]{2,80}的(?:通知|通告|公告|决定|意见|办法|规定|实施方案|方案|批复|函)$/;

function isAnnouncement(text: string, start: number, end: number, title: string | null): boolean {
  const s = sentenceAround(text, start, end);
  const body = s.text.trim();
  if (/(?:如下|下列事项)[：:]?$/.test(body) && /(?:通知|通告|公告|决定|规定|明确|要求)如下|有关事项|现将/.test(body)) return true;
  // The line holding the match is the document title.
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  const line = text.slice(ls, le).trim();
  return (!!title && line === title.trim()) || TITLE_RE.test(line);
}

/** The match lies in an item's caption: a few words after its number that name what the item is about ("二、申请审批。",
 *  "四、供养金管理。"), not a rule. A caption that states a rule ("一、严禁燃放烟花爆竹。") has words that bind. */
function isCaption(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  const body = s.text.trim();
  const rest = afterMarker(body);
  if (rest.length === body.length) return false;
  // The item goes on after its caption, on the same line: a short item of a list ("（二）已婚已育者优先。") is all there is.
  const lineEnd = text.indexOf('\n', s.end);
  const after = text.slice(s.end, lineEnd < 0 ? text.length : lineEnd);
  if (!/[\u4e00-\u9fa5]/.test(after)) return false;
  const words = rest.replace(/[。：:]$/, '');
  return words.length <= CAPTION_CHARS && /^[\u4e00-\u9fa5、和与及]+$/.test(words) && (!BINDING.test(words) || TOPIC.test(words));
}
/** A caption that names a kind of case or matter ("禁止从业情形", "不予受理事项") is a topic, whatever verb it holds. */
const TOPIC = /(?:情形|事项|范围|条件|程序|内容)$/;
const CAPTION_CHARS = 8;
const BINDING = /应当|须|必须|不得|禁止|严禁|一律|可以|方可|不准|不许|只能|统一|要/;

function units(text: string, scope: string | undefined, ctx: DocContext): Unit[] {
  return scope === 'sentence' ? unitsOf('sentence', text, ctx) : [{ text, start: 0, end: text.length }];
}

/** Matches in one provision, as document offsets. */
export function patternHitsInProvision(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const out: Hit[] = [];
  for (const u of units(p.text, rule.def.scope, ctx)) {
    for (const s of rule.match!.find(u.text, ctx, p.start + u.start)) {
      const start = u.start + s.start;
      const end = u.start + s.end;
      if (!passesGuards(rule, ctx, p.text, p.start, start, end)) continue;
      const hit: Hit = { rule, start: p.start + start, end: p.start + end, match: p.text.slice(start, end), provision: p, vars: {} };
      if (rule.def.imposedByTownship && imposedByTownship(ctx, hit.start, hit.end)) hit.byTownship = true;
      const compared = comparedHit(hit, ctx);
      if (compared) out.push(compared);
    }
  }
  return out;
}

/** Document scope: the whole text is one unit; the location is the provision holding the match. */
export function patternHitsInDocument(rule: CompiledRule, ctx: DocContext): Hit[] {
  const out: Hit[] = [];
  for (const s of rule.match!.find(ctx.text, ctx, 0)) {
    if (!passesGuards(rule, ctx, ctx.text, 0, s.start, s.end)) continue;
    const provision = ctx.provisions.find((p) => p.start <= s.start && s.start < p.end) ?? null;
    const compared = comparedHit({ rule, start: s.start, end: s.end, match: ctx.text.slice(s.start, s.end), provision, vars: {} }, ctx);
    if (compared) out.push(compared);
  }
  return out;
}
