// What is wrong with a citation on a given day: a repealed act (quoting the clause that repealed it and
// naming the successor and, where the citing sentence says enough, its corresponding article), an
// article that does not exist, an older or wrong article number (naming the right one — by the
// correspondence of the text the document was written under with the text applied, or by what the
// citing sentence says), a non-standard or damaged name, a newer text the law base does not hold.
// A missed finding is better than a wrong one: every judgement needs the text in force that day.
import { correspondingArticle, loadDeclaredCorrespondences } from '../corpus/correspondence.ts';
import type { Corpus, RepealedLaw } from '../corpus/corpus.ts';
import { lawAt } from '../corpus/in-force.ts';
import { revisionNote } from '../corpus/later-revisions.ts';
import { lawId, stripPrc } from '../corpus/law-metadata.ts';
import { normalizeLawName } from '../corpus/names.ts';
import type { CorpusLaw, ResolvedArticle } from '../model/types.ts';
import { chineseDate } from '../text/dates.ts';
import { parseDigitString } from '../structure/numerals.ts';
import { NUM_CLASS, toChineseNumber } from '../text/chinese-numbers.ts';
import { convertTraditional, looksTraditional } from '../text/traditional.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { lawSubject } from './subject-laws.ts';
import { keepLast } from '../text/memo.ts';
import type { ArticleRef } from './article-refs.ts';
import { clauseAround } from './units.ts';
import type { LawState } from './citation-resolve.ts';
import { resolvedOf } from './citation-resolve.ts';
import type { CitationProblem } from './citation-types.ts';
import type { Mention } from './citation-scan.ts';
import { citingSentence, closestArticle, matchContext, scoreOf, scoresOf, sentenceBounds } from './citations-match.ts';
import { USABLE_CONFIDENCE, type NameMatch } from './law-names.ts';

export interface JudgeContext {
  text: string;
  corpus: Corpus;
  /** Where every named citation starts (a sentence citing several laws is not judged by its words). */
  starts: number[];
}

const year = (v: string) => (v === 'unknown' ? '' : `${v.slice(0, 4)}年`);

/** The name as written is not the standard one, or is damaged (a fuzzy match to verify). */
export function nameProblem(m: Mention, canonical: string | undefined, match: NameMatch | undefined, corpus: Corpus): CitationProblem | undefined {
  const shown = m.form === 'bracketed' ? `${m.issuerPrefix ?? ''}《${m.written}》` : m.written;
  // A right name in traditional characters (a mirror's copy) is the right name.
  if (match && looksTraditional(m.written) && [match.name, stripPrc(match.name)].map(normalizeLawName).includes(normalizeLawName(convertTraditional(m.written)))) return undefined;
  if (match) {
    const usable = match.confidence >= USABLE_CONFIDENCE && !match.ambiguousWith;
    const repealed = corpus.findRepealed(match.name);
    return {
      code: 'non-standard-name',
      verified: false,
      message: `法规名称“${shown}”不规范，可能是《${match.name}》${repealed ? `（已于${chineseDate(repealed.repealedOn)}废止）` : ''}之误`
        + `（相似度${match.confidence.toFixed(2)}${match.ambiguousWith ? `，也可能是《${match.ambiguousWith}》` : ''}），请核实`
        + (usable ? '。' : '；未据此核对所引条文。'),
      suggestion: `核实后改为《${match.name}》。`,
      meant: match.name,
    };
  }
  if (!canonical) return unknownLawName(m, shown, corpus);
  const written = normalizeLawName(m.written);
  const standard = [canonical, stripPrc(canonical)].map(normalizeLawName);
  if (standard.includes(written) && (m.form === 'bracketed' || !m.written.startsWith('国务院'))) return undefined;
  const alt = canonical !== stripPrc(canonical) ? `（或《${stripPrc(canonical)}》）` : '';
  return {
    code: 'non-standard-name',
    message: `法规名称“${shown}”不规范，应当使用全称《${canonical}》${alt}。`,
    suggestion: `改为《${canonical}》。`,
    meant: canonical,
  };
}

/** Words ending in 法 that are no law's title ("依照办法", "执法"). */
const NOT_A_LAW = /(?:办法|方法|做法|立法|司法|执法|合法|违法|依法|守法|想法|手法|章法|语法|算法|疗法)$/;
const LOCAL_ACT = /^(?!中华人民共和国)[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区|经济特区|市|自治州|州|盟|县|区|旗)/;

/**
 * A name in 《》 that reads as a law (…法) but is the title of no national law the law base lists
 * (《土地法》 for 土地管理法). Every law is national: a name the list lacks is wrong, unless the law is
 * newer than the base, which the message says.
 */
function unknownLawName(m: Mention, shown: string, corpus: Corpus): CitationProblem | undefined {
  if (m.form !== 'bracketed' || !corpus.knownTitles.length) return undefined;
  const name = normalizeLawName(m.written).replace(/^国务院/, '');
  if (!/法$/.test(name) || NOT_A_LAW.test(name) || LOCAL_ACT.test(name) || name.length < 3) return undefined;
  const upTo = corpus.lawBase.date ? `（法规库截至${chineseDate(corpus.lawBase.date)}）` : '';
  return {
    code: 'non-standard-name',
    verified: false,
    message: `“${shown}”不是现行任何一部法律的名称${upTo}，请核实所引法律的准确名称`,
    suggestion: '核实后改为所引法律的全称。',
  };
}

/**
 * An article beyond the last of every text the snapshot has of an act the base holds no text of
 * (《快递暂行条例》第五十二条; the regulation has 48 articles). On a day after the snapshot a later revision
 * may have added articles: the message says how far the base reaches.
 */
export function unheldArticleProblems(corpus: Corpus, title: string, refs: ArticleRef[], date: string): CitationProblem[] {
  const last = corpus.lastArticleOf(title);
  if (!last) return [];
  const base = corpus.lawBase.date;
  const reach = base && date > base ? `；法规库截至${chineseDate(base)}，此后如有修改请核实` : '';
  const beyond = [...new Set(refs.filter((r) => r.number > last).map((r) => r.label))];
  return beyond.map((label) => ({
    code: 'nonexistent-article' as const, article: label, verified: !reach,
    message: `《${title}》没有${label}（法规库所载该法的各个文本最多为第${toChineseNumber(last)}条${reach}）。`,
  }));
}

/** The repealing clause as a basis article: the held article that states it, else the clause as the registry quotes it.
 *  Found once per corpus and repealed act: the clause is often the last article of a large code (民法典第一千二百六十条
 *  repeals 合同法), searched article by article, and every document that still cites the act asks again. */
export function repealBasis(corpus: Corpus, r: RepealedLaw): ResolvedArticle[] {
  let found = repealBases.get(corpus);
  if (!found) repealBases.set(corpus, (found = new WeakMap()));
  let basis = found.get(r);
  if (!basis) found.set(r, (basis = findRepealBasis(corpus, r)));
  return basis;
}
const repealBases = new WeakMap<Corpus, WeakMap<RepealedLaw, ResolvedArticle[]>>();

function findRepealBasis(corpus: Corpus, r: RepealedLaw): ResolvedArticle[] {
  const e = r.evidence;
  if (!e) return [];
  const clause = e.quote.replace(/\s/g, '');
  for (const v of [...corpus.versionsOf(e.law)].reverse()) {
    const a = v.articles.find((x) => x.text.replace(/\s/g, '').includes(clause));
    if (a) return [resolvedOf(v, a)];
  }
  return [{ law: e.law, lawId: lawId(e.law, e.version), version: e.version, article: e.article, text: e.quote }];
}

export function repealedProblem(ctx: JudgeContext, m: Mention, r: RepealedLaw, date: string): CitationProblem {
  const succ = r.replacedBy;
  const successorLaw = succ ? lawAt(ctx.corpus, succ, date)?.law : undefined;
  const successorArticle = successorLaw ? correspondingSuccessorArticle(ctx, m, successorLaw) : undefined;
  // The clause itself is the finding's basis, quoted there in full.
  const clause = r.evidence ? `（《${r.evidence.law}》${r.evidence.article}）` : '';
  const proof = r.verified ? '' : `（${r.note ?? '废止条款未能在法规库中核实'}，请核实）`;
  const message = `《${r.name}》已于${chineseDate(r.repealedOn)}废止${clause}${succ ? `，现行规定为《${succ}》${successorArticle ? `（相应规定可能是${successorArticle}，请核对）` : ''}` : ''}${proof}，不能再作为依据。`;
  return {
    code: r.verified ? 'repealed' : 'repealed-unverified',
    message,
    verified: r.verified,
    basis: repealBasis(ctx.corpus, r),
    ...(succ ? { successor: succ } : {}),
    ...(successorArticle ? { successorArticle } : {}),
    suggestion: succ ? `改为引用《${succ}》${successorArticle ?? '的相应条款'}。` : '删除该依据或改为引用现行有效的规定。',
  };
}

/** The successor's article the citing sentence is about: only a clear best match (as for renumbering). */
function correspondingSuccessorArticle(ctx: JudgeContext, m: Mention, law: CorpusLaw): string | undefined {
  if (law.partial || !m.articles.length) return undefined;
  const context = citingSentence(ctx.text, m.start, m.end);
  const { best, keywords } = matchContext(law, context, '');
  if (!best || keywords < 4 || best.score < MIN_BEST || best.shared.length < 3) return undefined;
  return best.article.label;
}

/** The year a version note names: "2008年修订" → 2008, "二〇一九年修正" → 2019; null when it names none. */
function noteYear(note: string): number | null {
  const m = /(\d{4}|[〇一二三四五六七八九零]{4})\s*年/.exec(note);
  if (!m) return null;
  const y = parseDigitString(m[1]!);
  return y && y >= 1949 && y <= 2100 ? y : null;
}

/** The year of the text in force on the day judged, as far as the law base knows it. */
function inForceYear(state: LawState): number | null {
  const at = state.at;
  if (!at) return null;
  // A newer text the law base does not hold is known by its year; otherwise the held text, or the history
  // date of the text that was in force.
  if (state.revision && !at.exact) return state.revision.year;
  const version = at.exact ? at.law.version : at.inForceVersion;
  return version && version !== 'unknown' ? Number(version.slice(0, 4)) : null;
}

/**
 * The document names a version of the law ("《中华人民共和国消防法》（2008年修订）") that a later text had
 * replaced by the day judged: it cites words no longer in force. A note naming the text in force, or one
 * the law base cannot date, is left alone.
 */
export function supersededVersionProblem(m: Mention, state: LawState, day: string): CitationProblem | undefined {
  if (!m.versionNote || !state.law) return undefined;
  const named = noteYear(m.versionNote);
  const current = inForceYear(state);
  if (!named || !current || named >= current) return undefined;
  const name = state.law.title;
  return {
    code: 'superseded-version',
    message: `文件所称的《${name}》（${m.versionNote}）在${chineseDate(day)}已被${current}年修改后的文本取代，引用的不是当时有效的文本`,
    suggestion: `改为引用现行有效的《${name}》，不注明已被取代的版本；核对所引条文在现行文本中的条号和内容。`,
  };
}

export function outdatedProblem(state: LawState): CitationProblem | undefined {
  if (!state.revision) return undefined;
  return { code: 'law-base-outdated', verified: false, message: revisionNote(state.revision), suggestion: '核对该法律的现行文本后再引用。' };
}

// A cited article is "about something else" only when the sentence has enough keywords, the best
// article shares clearly more of them, and the cited one shares few.
const MIN_BEST = 6;
const RATIO = 0.35;
/** How close another act's article of the cited number must come to the cited act's best article, in retrieval score, for
 *  the sentence to be read as citing that act by the wrong name rather than the right act by the wrong number. */
const MISNAMED_RATIO = 0.8;
/** Two acts' names share a word of their matter (analyse/subject-laws.ts: 森林防火条例 → 森林防火, 森林法 → 森林). */
export function namesAlike(a: string, b: string): boolean {
  const core = (n: string) => cjkBigrams(lawSubject(n) ?? stripPrc(n));
  const x = core(a);
  for (const w of core(b)) if (x.has(w)) return true;
  return false;
}
const GENERAL = /总则/;
const NAMED_FOR_PART = new RegExp(`^(?:第${NUM_CLASS}+[款项]|[（(]${NUM_CLASS}+[)）])*所?(?:规定|列明|列举)的?(?:条件|要求|标准|程序|情形|材料|期限|范围|事项|资格)`);

const SANCTIONS = /罚款|警告|拘留|没收|吊销|责令停产停业|责令停业|责令关闭|处分/;
const REFERRAL_AFTER = /^(?:的)?(?:有关|相关)?规定(?:依法)?(?:予以|进行|作出)?(?:处理|处罚|查处|追究|处置)/;
const HANDED_TO = /^(?:并|再|则)?(?:由|交由|移交|移送)?.{0,24}?(?:依照|依据|按照|根据)《?$/;

/** The citation stands in a clause that only refers the case to it: "由该部门依照《X》第N条的规定处理". */
function handsOver(text: string, m: { start: number; end: number }): boolean {
  if (!REFERRAL_AFTER.test(text.slice(m.end, m.end + 16))) return false;
  return HANDED_TO.test(text.slice(clauseAround(text, m.start, m.end).start, m.start));
}

/** Nonexistent or renumbered articles, judged in the text in force on the day (state.at.exact).
 *  `byContent: false` — only what the correspondence of two texts shows (what changed since a document's
 *  date), not what the citing sentence suggests (that was judged on the document's own date). */
export function articleProblems(ctx: JudgeContext, m: Mention, refs: ArticleRef[], state: LawState, citedOn: string | null, byContent = true): CitationProblem[] {
  const law = state.law;
  const at = state.at;
  const problems: CitationProblem[] = [];
  if (!law || !at?.exact || state.repealed || !refs.length) return problems;
  const version = law.version === 'unknown' ? '' : `（${year(law.version)}文本）`;
  // The document was written under an earlier text: its numbers are that text's.
  const datedEarlier = !!citedOn && citedOn < at.span.from;
  const earlier = datedEarlier ? lawAt(ctx.corpus, law.title, citedOn!) : undefined;
  const earlierVersion = earlier ? (earlier.exact ? earlier.law.version : earlier.inForceVersion) : undefined;
  // A document dated under an earlier text is told by the correspondence of the two texts (above); one dated under the
  // text in force may still cite the earlier text's numbers.
  const earlierNumbers = byContent && !datedEarlier ? numbersOfEarlierText(ctx, law, refs) : new Map<string, EarlierNumber>();
  // … or the sentence itself quotes what one of its numbers said in the earlier text, where the document cites several.
  const quoted = byContent && !datedEarlier && refs.length > 1 ? numbersQuotedFromEarlierText(ctx, m, law, refs) : new Map<string, EarlierNumber>();
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = `${ref.label}|${ref.paragraph ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (earlierVersion && earlierVersion !== law.version) {
      const corr = correspondingArticle(ctx.corpus, law.title, ref.label, earlierVersion, law);
      if (corr?.article && corr.article !== ref.label) {
        problems.push(renumbered(law, ref.label, corr.article, corr.verified,
          `引用的${ref.label}是文件制定时适用的《${law.title}》${year(earlierVersion)}文本的条号；现行文本${version}中相应规定为${corr.article}`
            + (corr.verified ? '。' : `（对应关系未经逐字核实，请核实）。`),
          `改为《${law.title}》${corr.article}。`));
      }
      if (corr) continue;
    }
    if (!byContent) continue;
    const moved = earlierNumbers.get(ref.label) ?? quoted.get(ref.label);
    if (moved) {
      problems.push(renumbered(law, ref.label, moved.article, moved.verified,
        `引用的${ref.label}是《${law.title}》${year(moved.older)}文本的条号（该文本${ref.label}的内容与本文件相符）；现行文本${version}的${ref.label}规定的是其他事项，相应规定在${moved.article}`
          + (moved.verified ? '。' : '（对应关系未经逐字核实，请核实）。'),
        `改为《${law.title}》${moved.article}。`));
      continue;
    }
    const article = law.articles.find((a) => a.label === ref.label);
    if (!article) {
      if (law.partial) continue; // only some articles are shipped: absence proves nothing
      const last = law.articles[law.articles.length - 1];
      const p: CitationProblem = {
        code: 'nonexistent-article', article: ref.label,
        message: `《${law.title}》${version}没有${ref.label}${last ? `（共${law.articles.length}条，最后一条为${last.label}）` : ''}。`,
      };
      const better = refs.length === 1 ? betterArticle(ctx, m, law, ref.label, true) : undefined;
      if (better) {
        p.successor = better.label;
        p.suggestion = `根据上下文，可能应为《${law.title}》${better.label}，请核对。`;
      }
      problems.push(p);
      continue;
    }
    if (refs.length !== 1 || law.partial) continue;
    if (ref.paragraph && ref.paragraph > article.paragraphs.length) {
      problems.push({
        code: 'nonexistent-article', article: ref.label,
        message: `《${law.title}》${version}${ref.label}只有${article.paragraphs.length}款，没有第${ref.paragraph}款。`,
      });
      continue;
    }
    const better = betterArticle(ctx, m, law, ref.label, false);
    if (better) {
      problems.push(renumbered(law, ref.label, better.label, better.verified,
        better.older
          ? `引用的${ref.label}是《${law.title}》${better.older}的条号；现行文本${version}中相应规定在${better.label}${better.verified ? '' : '（对应关系未经逐字核实，请核实）'}。`
          : `引用的《${law.title}》${ref.label}与本句内容不符；现行文本${version}中相应规定在${better.label}，条文序号可能因修订而变化。`,
        `核对后改为《${law.title}》${better.label}。`));
    }
  }
  return problems;
}

/** A renumbered article, quoting the article that holds its rule now. */
function renumbered(law: CorpusLaw, article: string, successor: string, verified: boolean, message: string, suggestion: string): CitationProblem {
  const now = law.articles.find((a) => a.label === successor);
  return { code: 'renumbered', article, successor, verified, message, suggestion, ...(now ? { basis: [resolvedOf(law, now)] } : {}) };
}

interface EarlierNumber { article: string; older: string; verified: boolean }

/** Article numbers a document cites from the text before the one in force ("本通知依据《文物保护法》第十七条、第十八条、
 *  第六十六条制定", written after the 2024 revision came into force): every number cited is, in the earlier text, an
 *  article the document itself is about (its words are in the document) and, in the text in force, an article about
 *  something else; the correspondence of the two texts says where each went. All numbers must say so, and the earlier
 *  article must be the document's by a clear margin: one number alone may be a coincidence. */
function numbersOfEarlierText(ctx: JudgeContext, law: CorpusLaw, refs: ArticleRef[]): Map<string, EarlierNumber> {
  const out = new Map<string, EarlierNumber>();
  const labels = [...new Set(refs.map((r) => r.label))];
  if (labels.length < MIN_EARLIER_REFS || law.partial) return out;
  const older = previousText(ctx, law);
  if (!older) return out;
  const doc = documentBigrams(ctx.text);
  const share = (text: string) => shareIn([...cjkBigrams(text)], doc);
  for (const label of labels) {
    const now = law.articles.find((a) => a.label === label);
    const then = older.articles.find((a) => a.label === label);
    if (!now || !then) return new Map();
    const before = share(then.text);
    if (before < EARLIER_SHARE || share(now.text) * EARLIER_MARGIN > before) return new Map();
    const corr = correspondingArticle(ctx.corpus, law.title, label, older.version, law);
    if (!corr?.article || corr.article === label) return new Map();
    out.set(label, { article: corr.article, older: older.version, verified: corr.verified });
  }
  return out;
}
/** Numbers of a citation of several whose earlier text the citing sentence nearly quotes ("根据《文物保护法》第五十三条、
 *  第五十五条的规定，除经批准的文物商店、经营文物拍卖的拍卖企业外，其他单位或者个人不得从事文物的商业经营活动", written after
 *  the 2024 revision: the 2017 text's 第五十五条, now 第七十二条 on another matter) while the text in force under that number
 *  says something else. One number is enough here: the sentence's own words are the evidence, not the document's. */
function numbersQuotedFromEarlierText(ctx: JudgeContext, m: Mention, law: CorpusLaw, refs: ArticleRef[]): Map<string, EarlierNumber> {
  const out = new Map<string, EarlierNumber>();
  if (law.partial) return out;
  const older = previousText(ctx, law);
  if (!older) return out;
  const [a, b] = sentenceBounds(ctx.text, m.start, m.end);
  const sentence = cjkBigrams(ctx.text.slice(a, b));
  for (const label of new Set(refs.map((r) => r.label))) {
    const now = law.articles.find((x) => x.label === label);
    const then = older.articles.find((x) => x.label === label);
    if (!now || !then) continue;
    const quotedThen = Math.max(...then.paragraphs.map((p) => shareIn([...cjkBigrams(p)], sentence)));
    if (quotedThen < QUOTED_SHARE || shareIn([...cjkBigrams(now.text)], sentence) * EARLIER_MARGIN > quotedThen) continue;
    const corr = correspondingArticle(ctx.corpus, law.title, label, older.version, law);
    if (corr?.article && corr.article !== label) out.set(label, { article: corr.article, older: older.version, verified: corr.verified });
  }
  return out;
}
/** Share of an earlier paragraph's words the citing sentence must hold to quote it. */
const QUOTED_SHARE = 0.6;

/** The text of the law the corpus holds just before `law`'s, if any. */
function previousText(ctx: JudgeContext, law: CorpusLaw): CorpusLaw | undefined {
  return ctx.corpus.versionsOf(law.title).filter((v) => v.version < law.version).pop();
}

const MIN_EARLIER_REFS = 2;
/** Share of an earlier article's words the document must hold for it to be the document's, and how many times the
 *  share of the article now bearing the number (measured: 0.29–0.50 for the articles two notices restated — a long
 *  list of sanctions shares least — against 0.00–0.11 for the unrelated articles that now bear their numbers). */
const EARLIER_SHARE = 0.25;
const EARLIER_MARGIN = 3;

/** A document's words, kept for its next citation. */
const documentBigrams = keepLast(cjkBigrams);

interface Better {
  label: string;
  /** The older text whose number the document used ("2021年修订前"), when known. */
  older?: string;
  verified: boolean;
}

/** One article cited, then what it is cited for: "第三十九条关于未取得采矿许可证擅自采矿的规定", "第十五条第二款关于……的要求". */
const DESCRIBED = /^(?:第[一二三四五六七八九十百零〇两\d]{1,8}条(?:第[一二三四五六七八九十\d]{1,3}[款项])*)?关于([^，。；《》]{4,40}?)的(?:有关)?(?:规定|要求)/;

/** The article of `law` closest both to what the document says it cites for and to the old text's paragraph that says
 *  it (each score taken relative to the best article's for it): the description alone is a few words that other
 *  articles share too (未取得采矿许可证擅自采矿), the paragraph alone may be closer to an article on another matter in the
 *  same words (当地平均生活水平). */
function describedArticle(law: CorpusLaw, described: string, paragraph: string): CorpusLaw['articles'][number] | undefined {
  const byDescription = scoresOf(law, described);
  const byParagraph = scoresOf(law, paragraph);
  const top = [Math.max(...byDescription), Math.max(...byParagraph)];
  if (!top[0] || !top[1]) return undefined;
  let best = -1;
  let at = -1;
  byDescription.forEach((d, i) => {
    const both = d / top[0]! + byParagraph[i]! / top[1]!;
    if (both > best) { best = both; at = i; }
  });
  return law.articles[at];
}

/** The paragraph of an article that shares most words with what the document says it cites the article for. */
function describedParagraph(article: { text: string; paragraphs: readonly string[] }, described: string): string {
  const words = [...cjkBigrams(described)];
  let best = article.text;
  let most = 0;
  for (const p of article.paragraphs) {
    const share = shareIn(words, cjkBigrams(p));
    if (share > most) { most = share; best = p; }
  }
  return best;
}

function betterArticle(ctx: JudgeContext, m: Mention, law: CorpusLaw, label: string, missing: boolean): Better | undefined {
  const [a, b] = sentenceBounds(ctx.text, m.start, m.end);
  // "第三十九条关于未取得采矿许可证擅自采矿的规定": the document says what it cites the article for, in whatever sentence.
  const described = DESCRIBED.exec(ctx.text.slice(m.end, m.end + 80))?.[1];
  // Else a sentence that cites several laws (制定依据) says too little about any one article.
  if (!described && ctx.starts.filter((s) => s >= a && s < b).length > 1) return undefined;
  if (!described && /制定本|通告如下|规定如下|结合本.{0,3}实际/.test(ctx.text.slice(a, b))) return undefined;
  const context = described ?? citingSentence(ctx.text, m.start, m.end);
  // An older text in the corpus the document may have been written against: where did its article go?
  for (const old of ctx.corpus.versionsOf(law.title).filter((v) => v.version < law.version).reverse()) {
    const r = matchContext(old, context, label);
    const oldArticle = r.cited?.article;
    if (!oldArticle || !r.best || r.cited!.score < Math.max(MIN_BEST / 2, 0.8 * r.best.score)) continue;
    // Where the document says what it cites the article for, the article of the text applied that says it: a revision
    // may have split the old article's paragraphs among several (军人抚恤优待条例 2019 第三十三条's 优待金 is 第四十二条 in
    // 2024, its 复工复职 第四十五条); failing that, the article closest to the paragraph described.
    const moved = described ? describedArticle(law, described, describedParagraph(oldArticle, described)) : closestArticle(law, oldArticle)?.article;
    if (moved && moved.label !== label) return { label: moved.label, older: `${year(old.version)}文本`, verified: true };
  }
  // An older numbering the corpus does not hold (declared correspondences): the article the old number
  // became, when the sentence is about it and not about the article now bearing that number.
  for (const d of loadDeclaredCorrespondences()) {
    if (normalizeLawName(d.law) !== normalizeLawName(law.title) || d.newer !== law.version) continue;
    const to = d.articles[label];
    if (!to || to === label) continue;
    const target = scoreOf(law, context, to);
    const own = scoreOf(law, context, label);
    if (target && target.shared.length >= 2 && target.score > 2 * (own?.score ?? 0)) {
      return { label: to, older: `${year(d.newer)}修订前文本`, verified: d.verified };
    }
  }
  // "附送符合《X》第三十八条规定条件的材料": the article is named for one thing it states (conditions, a procedure);
  // the rest of the sentence is about something else, and says nothing of whether the number is right.
  if (NAMED_FOR_PART.test(ctx.text.slice(m.end, m.end + 12))) return undefined;
  const { cited, best, keywords } = matchContext(law, context, label);
  if (!best || keywords < 4 || best.score < MIN_BEST) return undefined;
  if (best.article.label === label) return undefined;
  // "……劝阻无效的，由该部门依照《X》第八十二条的规定处理": a clause that hands the case to a body under the article
  // cites it for its sanctions; an article that sanctions nothing (the one on 劝阻、调解 the rest of the sentence
  // speaks of) is no better reading of the number.
  if (handsOver(ctx.text, m) && cited && SANCTIONS.test(cited.article.text) && !SANCTIONS.test(best.article.text)) return undefined;
  // A general principle (总则) says a little of everything a document restates: it is no evidence that
  // a specific article cited was renumbered ("扰乱公共秩序……依照治安管理处罚法第二十三条" is not 第二条).
  if (GENERAL.test(best.article.chapter ?? '') && cited && !GENERAL.test(cited.article.chapter ?? '')) return undefined;
  const citedWords = new Set(cited?.shared ?? []);
  if (best.shared.length < 3 || best.shared.filter((w) => !citedWords.has(w)).length < 2) return undefined;
  if (!missing && cited && cited.score > RATIO * best.score) return undefined;
  // The same number in another act says what the sentence says ("依据《森林法》第五十条，对在森林防火期内野外用火的，
  // 处二百元以上三千元以下罚款" means 森林防火条例第五十条): the act is misnamed, not the article renumbered, and the
  // cited act's closest article would be a wrong citation of our own.
  // Not where the cited act's own article says it clearly better: 畜禽规模养殖污染防治条例第二十一条 shares words with a sentence
  // on 病死畜禽 that 动物防疫法第五十七条 states almost word for word (retrieval scores 54 against 94).
  const named = normalizeLawName(law.title);
  const related = ctx.corpus.related(context, 5);
  const own = related.find((r) => r.article === best.article.label && normalizeLawName(r.law) === named);
  // … and only an act whose name could be confused with the one cited (森林防火条例 for 森林法): a regulation's boilerplate
  // article of the same number (印刷业管理条例第四十六条 on 罚款决定与罚款收缴分离) names no act the document meant.
  if (related.some((r) => r.article === label && normalizeLawName(r.law) !== named && namesAlike(r.law, law.title)
    && (!own || r.score >= MISNAMED_RATIO * own.score))) return undefined;
  return { label: best.article.label, verified: true };
}
