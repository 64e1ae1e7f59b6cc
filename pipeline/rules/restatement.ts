// The citation guard's reach: which text around a match counts as "restating an upper-law article
// with an exact citation". A restatement is not always one sentence that names the article:
//  - the provision may open with it ("依照《…》第×条的规定，" governs every sentence of the provision);
//  - a sentence may carry it across ；: "依照《水法》第六十九条的规定，由…处…罚款；情节严重的，吊销其取水
//    许可证。" — the clause after ； continues the cited article, it does not add a rule of its own;
//  - a later sentence may point back at it: "…依照《消防法》第六十条的规定处理；经责令改正拒不改正的，
//    依照该条第三款的规定强制执行。" (该条、该款、同条、该法第N条、上述规定 …).
// The citations are the document's, from the one citation scanner (pipeline/analyse/citations.ts),
// resolved on the day the document is judged; pointers are resolved over the whole document there.
// Beyond its own sentence a citation only covers what the cited article itself says.
import { citedText, citesUpperLaw, type Citation, type CitedArticle } from '../analyse/citations.ts';
import type { CorpusArticle, CorpusLaw, ResolvedArticle } from '../model/types.ts';
import type { DocContext } from './context.ts';
import { clauseAround, sentenceAround } from '../analyse/units.ts';
import { afterMarker } from '../structure/markers.ts';
import { charTest } from '../text/char-class.ts';
import { deferredLaws, retrievedSubjectLaws, subjectLaws } from '../analyse/subject-laws.ts';
import { stripPrc } from '../corpus/law-metadata.ts';

const LEAD_WORD = '(?:依照|根据|依据|按照)';
// A provision opening with a citation lead: "（一）依照《…》第×条的规定，…" / "第五条 根据…第×条规定".
/** A provision that opens (after its numbering) with a citation lead: "依照《XX法》第N条规定，". */
const LEADING = new RegExp(`^${LEAD_WORD}[^。；\\n]{2,100}?规定`);
const LED = new RegExp(`${LEAD_WORD}[^，。；]{0,6}$`);
const FOLLOWED_BY_RULE = /^[^，。；]{0,16}?规定/;
const isFullStop = charTest(/[。！？\n]/);

/** Where the full sentence (across ；) holding `at` starts. */
export function fullSentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !isFullStop(text.charCodeAt(s - 1))) s--;
  return s;
}

/** The document's citations overlapping [start, end) (document offsets). */
function within(ctx: DocContext, start: number, end: number): Citation[] {
  return ctx.citations().filter((c) => c.start < end && c.end > start);
}

const direct = (c: Citation) => c.form !== 'anaphor' && citesUpperLaw(c);

const JOINED = /^[、，,和及与或以及\s]*$/;

/** A citation introduced as the rule being applied: "依照《X》第N条（、《Y》第M条）的规定" — a lead word
 *  before the first citation of the chain, 规定 after the last. */
function isLead(ctx: DocContext, c: Citation): boolean {
  const all = ctx.citations();
  let i = all.indexOf(c);
  let j = i;
  while (i > 0 && JOINED.test(ctx.text.slice(all[i - 1]!.end, all[i]!.start))) i--;
  while (j + 1 < all.length && JOINED.test(ctx.text.slice(all[j]!.end, all[j + 1]!.start))) j++;
  const first = all[i]!;
  const last = all[j]!;
  return LED.test(ctx.text.slice(Math.max(0, first.start - 10), first.start)) && FOLLOWED_BY_RULE.test(ctx.text.slice(last.end, last.end + 20));
}

/** The cited article (or an unknown law's) says the matched words. */
function coversMatch(c: Citation, match: string): boolean {
  if (!c.law) return citesUpperLaw(c);
  return c.articles.some((a) => a.resolved && !a.partMissing && saysIt(citedText(a), match));
}

/** Does the text around [start, end) (offsets in `text`, which starts at document offset `base`) restate a cited upper-law article? */
export function restatesCitation(ctx: DocContext, text: string, base: number, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  const match = text.slice(start, end);
  // "除具备《…》第三十四条规定的条件外，还须……": the article cited is what the sentence adds to; it covers only what it says.
  if (within(ctx, base + sentence.start, base + sentence.end).some((c) => direct(c) && (!addsTo(ctx.text, c) || coversMatch(c, match)))) return true;
  const body = afterMarker(text);
  const lead = LEADING.exec(body);
  const leadEnd = lead ? text.length - body.length + lead[0].length : 0;
  if (lead && leadEnd <= start && within(ctx, base, base + leadEnd).some(direct)) return true;
  // A citation lead earlier in the same full sentence (across ；): its article must say the matched words.
  const from = fullSentenceStart(text, start);
  for (const c of within(ctx, base + from, base + start)) {
    if (c.end <= base + start && direct(c) && isLead(ctx, c) && coversMatch(c, match)) return true;
  }
  // 依照该条/该款/该法第N条/上述规定: the article pointed back at must say the matched words (a 款 it
  // does not have protects nothing). A pointer to the document's own provisions protects nothing.
  for (const c of within(ctx, base + sentence.start, base + sentence.end)) {
    if (c.form !== 'anaphor' || c.own || !LED.test(ctx.text.slice(Math.max(0, c.start - 10), c.start))) continue;
    return !c.repealed && coversMatch(c, match);
  }
  return false;
}

/** The articles cited by a citation lead earlier in the same full sentence as `start` (across ；):
 *  "依照《兵役法》第五十七条第二款的规定，……；五年内不准出境" — the clause after ； still carries out the
 *  cited article, so its numbers are compared with that article's. */
export function leadCitedArticles(ctx: DocContext, text: string, base: number, start: number): CitedArticle[] {
  const from = fullSentenceStart(text, start);
  return within(ctx, base + from, base + start)
    .filter((c) => c.end <= base + start && !c.own && !c.repealed && isLead(ctx, c))
    .flatMap((c) => c.articles.filter((a) => a.resolved));
}

/** The article a sentence adds to ("除具备《X》第N条规定的条件外，还须……") that does not say the matched words: what the
 *  finding compares the addition with. (Document offsets.) */
export function addedToArticle(ctx: DocContext, start: number, end: number): ResolvedArticle | undefined {
  const sentence = sentenceAround(ctx.text, start, end);
  const match = ctx.text.slice(start, end);
  for (const c of within(ctx, sentence.start, sentence.end)) {
    if (!direct(c) || !addsTo(ctx.text, c) || coversMatch(c, match)) continue;
    const a = c.articles.find((x) => x.resolved && !x.partMissing);
    if (a?.resolved) return a.resolved;
  }
  return undefined;
}

/** The citation names what the sentence adds to: "除具备《X》第N条规定的条件外，", "除《X》规定的情形外，". */
function addsTo(text: string, c: Citation): boolean {
  return EXCEPT_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) && EXCEPT_AFTER.test(text.slice(c.end, c.end + 16));
}
const EXCEPT_BEFORE = /除(?:具备|符合|满足|依照|按照|依据|执行)?$/;
const EXCEPT_AFTER = /^[^，。；,;]{0,12}?外[，,]/;

/** Everything but Chinese characters and figures. */
const CJK = /[^\u4e00-\u9fff\d]/g;

/** Most of the match is in the cited text: at least half of its three-character runs. One shared run
 *  is not enough — "五年内不得在本县办理营业执照" shares only "年内不" with "两年内不准出境", and
 *  restates nothing; a restated sanction ("吊销其取水许可证") is nearly word for word. */
function saysIt(cited: string, match: string): boolean {
  return saysWords(cited, match.replace(CJK, ''));
}

/** saysIt for a match already reduced to its characters and figures. */
function saysWords(cited: string, m: string): boolean {
  if (m.length < 3) return cited.includes(m);
  let found = 0;
  const runs = m.length - 2;
  for (let i = 0; i + 3 <= m.length; i++) if (cited.includes(m.slice(i, i + 3))) found++;
  return found * 2 >= runs;
}

const MIN_VERBATIM_CHARS = 15;
/** The competent organ as a law names it ("当地县（市）级人民政府计量行政部门", "县级以上地方人民政府农业农村主管部门") and as a
 *  county's notice names the same organ ("县市场监督管理局", "县农业农村局"): one word, so that a notice restating the
 *  article with its own organ's name ("应当向县市场监督管理局指定的计量检定机构申请周期检定", 计量法实施细则第十一条)
 *  still restates it word for word. (Text without punctuation: CJK above.) */
const LAW_ORGAN = /(?:当地|所在地)?(?:县市级|县级以上地方各级|县级以上地方|县级以上|设区的市级|省级|县级|市级)?人民政府[\u4e00-\u9fa5]{0,10}?(?:主管部门|行政部门|管理部门)/g;
const LOCAL_ORGAN = /(?:省|市|县|区|州|旗)[\u4e00-\u9fa5]{1,10}?(?:局|委员会)/g;
function organsAsOne(text: string): string {
  return text.replace(LAW_ORGAN, '主管部门').replace(LOCAL_ORGAN, '主管部门');
}
const VERBATIM_SHARE = 0.75;
/** Where a sentence turns from what it repeats to what it adds: "……外，还应当", "……外，另须" (its comma optional, as in a
 *  text read without punctuation). */
const ADDED_TURN = /外[，,]?(?:还|另|并|同时)(?:应当|应|须|需|必须|要)?/;
const MIN_ADDED_CHARS = 8;

/** The words at `at` are what a sentence adds to a list it repeats ("除提交营业执照……外，还应当提交……同意的意见"): a law
 *  that holds the repeated list does not hold them, however close the whole sentence is to it. */
export function addedBeyondList(text: string, at: number): boolean {
  const s = sentenceAround(text, at, at);
  const turn = ADDED_TURN.exec(s.text);
  return !!turn && s.text.slice(0, turn.index).includes('除') && s.start + turn.index < at + 2;
}
const MAX_NAMED = 20;

/** The laws the document names (its 制定依据 and any other reference) that the corpus holds, in the text applied. */
export function namedLaws(ctx: DocContext): CorpusLaw[] {
  let laws = namedMemo.get(ctx);
  if (laws) return laws;
  const out = new Map<string, CorpusLaw>();
  // A repealed act the document still rests on (收养法, 侵权责任法): its matters are now the successor's (民法典), which the
  // document's clauses are judged against — after the laws it names itself, which speak more closely to its matters.
  const successors = new Map<string, CorpusLaw>();
  for (const c of ctx.citations()) {
    if (out.size >= MAX_NAMED) break;
    if (c.own || c.form === 'anaphor') continue;
    if (c.law && !c.repealed) out.set(c.law.id, c.law);
    const successor = c.repealed?.replacedBy ? ctx.corpus.findLawAt(c.repealed.replacedBy, ctx.date ?? undefined) : undefined;
    if (successor) successors.set(successor.id, successor);
  }
  for (const [id, law] of successors) if (out.size < MAX_NAMED && !out.has(id)) out.set(id, law);
  namedMemo.set(ctx, (laws = [...out.values()]));
  return laws;
}
/** Once per document: every rule and every frame asks. */
const namedMemo = new WeakMap<DocContext, CorpusLaw[]>();

/** The laws the document is about without naming them (analyse/subject-laws.ts: its title's matter, or the matter its
 *  provisions name again and again), the named ones left out: what a clause is compared with where the laws it names
 *  say nothing of its matter. A notice about 特种设备 that cites nothing is still under 特种设备安全法. */
export function subjectLawsOf(ctx: DocContext): string[] {
  let laws = subjectMemo.get(ctx);
  if (laws) return laws;
  const named = new Set(namedLaws(ctx).map((l) => l.title));
  const meta = ctx.doc.meta;
  // A national law the document names that the base does not hold may be the one that speaks of the matter (a notice on
  // 劳动人事争议 under 劳动争议调解仲裁法, where the base holds only 劳动法 and its older 六十日): the general law its title
  // is about would then be compared in the special law's place. Better no comparison than the wrong law's.
  const unheld = ctx.citations().some(namesUnheldLaw);
  laws = unheld ? [] : subjectLaws([meta.title, meta.attachedTitle], ctx.text, ctx.corpus, ctx.date).filter((t) => !named.has(t));
  // A notice that names no law and whose title names no law's subject: the law its sentences speak in, if one leads.
  if (!laws.length && !named.size && !unheld) {
    laws = retrievedSubjectLaws(ctx.analysis().sentences.map((s) => s.text), ctx.corpus, ctx.date);
  }
  // … and the laws those hand their whole matter to (耕地占用税法第十四条: 税收征收管理法), as held on the document's day.
  const handed = [...namedLaws(ctx), ...laws.map((t) => ctx.corpus.findLaw(t)).filter((l): l is CorpusLaw => !!l)]
    .flatMap((l) => deferredLaws(l)).map((t) => ctx.corpus.findLawAt(t, ctx.date ?? undefined)?.title)
    .filter((t): t is string => !!t && !named.has(t) && !laws!.includes(t));
  laws = [...laws, ...new Set(handed)];
  subjectMemo.set(ctx, laws);
  return laws;
}
const subjectMemo = new WeakMap<DocContext, string[]>();
function namesUnheldLaw(c: Citation): boolean {
  return !c.own && c.form !== 'anaphor' && !c.law && !c.repealed && NATIONAL_ACT.test(c.name) && !LOCAL_ACT.test(stripPrc(c.name));
}
/** A law or an administrative regulation by its name (not 办法/规定: most of those a notice names are local); a province's
 *  or a city's act names its place first. */
const NATIONAL_ACT = /(?:法|条例)$/;
const LOCAL_ACT = /^[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|州|县)/;

/** An article's characters and figures, worked out once per article: a match is compared with every
 *  article of each law the document names. */
const articleWords = new WeakMap<CorpusArticle, string>();
function wordsOf(a: CorpusArticle): string {
  let w = articleWords.get(a);
  if (w === undefined) articleWords.set(a, (w = organsAsOne(a.text.replace(CJK, ''))));
  return w;
}

/** A restatement without the article number: the full sentence around the match is, nearly word for
 *  word, an article of a law the document itself names ("根据《老年人权益保障法》…制定本办法" and later
 *  "……逾期不改正的，责令停业整顿", 老年人权益保障法 第四十五条). The match itself must be in that article too,
 *  so words the document adds to the article ("五年内不得在本县办理营业执照") are still judged. */
export function restatesNamedLawVerbatim(text: string, start: number, end: number, laws: CorpusLaw[]): boolean {
  if (!laws.length) return false;
  const from = fullSentenceStart(text, start);
  let to = end;
  while (to < text.length && !isFullStop(text.charCodeAt(to))) to++;
  // The sentence, or its first part (up to ；) where the match is in it: "学校、幼儿园……占用耕地，免征耕地占用税；占用耕地建设
  // 农田水利设施的，不缴纳耕地占用税" copies two articles, one in each part. Not a later part alone: it copies the law only with
  // the conduct its first part states (copiesUpperLaw).
  const semi = text.slice(from, to).search(/[；;]/);
  const spans = semi >= 0 && from + semi >= end ? [text.slice(from, to), text.slice(from, from + semi)] : [text.slice(from, to)];
  const match = text.slice(start, end).replace(CJK, '');
  if (spans.some((span) => copiesWordsOf(organsAsOne(span.replace(CJK, '')), match, laws))) return true;
  // … or the match's own clause, where the sentence's other words are the law's too but from another article ("……属于大型
  // 群众性活动，实行安全许可制度": 大型群众性活动安全管理条例第二条's definition, then 第十一条's regime). A clause says little,
  // so nearly all of it must be the article's, and it must say more than the words every such clause shares.
  const c = clauseAround(text, start, end);
  return copiesWordsOf(organsAsOne(text.slice(c.start, c.end).replace(CJK, '')), match, laws, COPIED_CLAUSE);
}
/** How much of a sentence, and of a clause, must be an article's words (three-character runs), and how long it must be. */
const COPIED_SENTENCE = { share: VERBATIM_SHARE, minChars: MIN_VERBATIM_CHARS };
const COPIED_CLAUSE = { share: 0.9, minChars: 7 };
function copiesWordsOf(whole: string, match: string, laws: CorpusLaw[], { share, minChars } = COPIED_SENTENCE): boolean {
  if (whole.length < minChars) return false;
  // "除提交……外，还应当提交……": what the sentence adds after the article's own list is what it says; that part must be the
  // article's words too.
  const added = ADDED_TURN.exec(whole);
  const sentence = added && whole.length - added.index >= MIN_ADDED_CHARS ? whole.slice(added.index) : whole;
  const runs = sentence.length - 2;
  for (const law of laws) {
    for (const a of law.articles) {
      const body = wordsOf(a);
      if (!saysWords(body, match)) continue;
      let found = 0;
      for (let i = 0; i + 3 <= sentence.length; i++) if (body.includes(sentence.slice(i, i + 3))) found++;
      if (found >= runs * share) return true;
    }
  }
  return false;
}
