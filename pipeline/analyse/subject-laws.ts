// The laws a document is about without naming them: "关于开展特种设备使用登记集中清理的通知" is under 特种设备安全法,
// "关于加强公共场所卫生许可管理的通告" under 公共场所卫生管理条例, whether or not a 制定依据 cites them. Most township and
// county notices cite nothing, and a clause can only be compared with the articles of laws the check reads: the
// numbers, approvers and duties of the law a notice is about are the ones its clauses restate or depart from.
//
// A law's subject is its title without 中华人民共和国, the kind of act (法, 条例, 办法, 实施细则) and the words every title
// of its kind ends with (管理, 保护, 安全, 促进): 特种设备安全法 → 特种设备, 娱乐场所管理条例 → 娱乐场所. A document is
// about it when its title names the subject after 关于, or when its provisions name it again and again (a body that
// mentions 安全生产 or 教育 once or twice is not about it).
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { stripPrc } from '../corpus/law-metadata.ts';
import { keepUpToBy } from '../text/memo.ts';
import { lawAt } from '../corpus/in-force.ts';
import { AhoCorasick } from '../text/aho-corasick.ts';

/** The kinds of act a title ends with, longest first. */
const KIND = /(?:实施条例|实施细则|实施办法|暂行条例|暂行办法|暂行规定|若干规定|条例|办法|规定|规则|细则|法)$/;
/** The words a title puts between its subject and its kind ("公共场所卫生管理条例", "特种设备安全法"), stripped one by one. */
const TAIL = /(?:监督管理|管理|保护|促进|安全|防治|监督|保障|登记|特别|暂行)$/;
/** The shortest subject: one character names no matter (刑法, 宪法 have none). */
const MIN_SUBJECT = 2;
/** Titles that are not an act of one matter: decisions, amendments, interpretations, lists. */
const NOT_ONE_MATTER = /关于|决定|修正案|解释|目录|清单|批复|通知|意见/;
const LAW_LEVELS: ReadonlySet<CorpusLaw['level']> = new Set(['法律', '行政法规', '部门规章']);
/** The most laws a title is taken to be about: the longest subjects first (特种设备安全监察 before 特种设备). */
const MAX_SUBJECT_LAWS = 4;

/** The subject of a law's title: "特种设备安全法" → "特种设备"; null for a title of no one matter. */
export function lawSubject(title: string): string | null {
  const short = stripPrc(title);
  if (NOT_ONE_MATTER.test(short)) return null;
  let subject = short.replace(KIND, '');
  if (subject === short) return null;
  // "档案法实施条例": the act that implements 档案法 is about its subject.
  for (let prev = ''; prev !== subject;) {
    prev = subject;
    const law = subject.replace(KIND, '');
    if (law !== subject && law.length >= MIN_SUBJECT) { subject = law; continue; }
    const stripped = subject.replace(TAIL, '');
    // 国家安全法, 数据安全法 and 环境保护法 are not about every 国家, 数据 and 环境 a title names; 土地管理法 is about 土地.
    if (stripped.length > MIN_SUBJECT || (stripped.length === MIN_SUBJECT && subject.endsWith('管理'))) subject = stripped;
  }
  // "农村土地承包法" is about every 土地承包, "城市房地产管理法" about 房地产, "中国公民收养子女登记办法" about 收养子女: a notice says
  // 土地承包 of its own villages.
  const general = subject.replace(LEAD, '');
  if (general.length > MIN_SUBJECT) subject = general;
  return subject.length >= MIN_SUBJECT ? subject : null;
}
/** The words a title puts before its subject to say whose or where it is. */
const LEAD = /^(?:农村|城市|城镇|中国公民)/;

/** Each title of the corpus with its subject, longest subject first; worked out once per corpus. */
const subjectsOf = keepUpToBy(
  (corpus: Corpus) => corpus.hash,
  (corpus: Corpus) => {
    const seen = new Map<string, string>();
    for (const law of corpus.laws) {
      if (!LAW_LEVELS.has(law.level) || seen.has(law.title)) continue;
      const subject = lawSubject(law.title);
      if (subject) seen.set(law.title, subject);
    }
    const sorted = [...seen].sort((a, b) => b[1].length - a[1].length);
    // One pass over a body counts every subject in it (a thousand indexOf scans per document cost more than the check).
    const subjects = [...new Set(sorted.map(([, subject]) => subject))];
    const laws = sorted.map(([title, subject]) => ({ title, subject, at: subjects.indexOf(subject) }));
    return { laws, automaton: new AhoCorasick(subjects) };
  },
  4,
);

/**
 * The titles of the laws in force on `date` that the document is about, longest subject first, without the general
 * law whose two-character subject is part of a longer one taken (职业教育 is not also about every article of 教育法;
 * 企业职工带薪年休假 is about 职工带薪年休假条例 as much as about its 实施办法):
 * its title holds the subject after 关于, or its body says it again and again (a notice of a 特种设备安全监察股 "关于开展
 * 场（厂）内专用机动车辆使用登记集中清理的通知" speaks of 特种设备 in every provision).
 */
export function subjectLaws(docTitles: readonly (string | null | undefined)[], body: string, corpus: Corpus, date: string | null): string[] {
  // The matter follows 关于: the issuer before it (县农业农村局, 教育局, 文化广电体育和旅游局) names no matter of this document.
  const about = docTitles.filter((t): t is string => !!t).map((t) => (t.includes('关于') ? t.slice(t.indexOf('关于') + 2) : t))
    .map((t) => t.replace(SOCIAL_INSURANCE_KIND, '社会保险'));
  const { laws, automaton } = subjectsOf(corpus);
  const times = automaton.counts(body.replace(SOCIAL_INSURANCE_KIND, '社会保险'));
  const out: string[] = [];
  const taken: string[] = [];
  for (const { title, subject, at } of laws) {
    if (out.length >= MAX_SUBJECT_LAWS) break;
    if (!about.some((t) => t.includes(subject)) && times[at]! < (subject.length > MIN_SUBJECT ? BODY_TIMES : BODY_TIMES_SHORT)) continue;
    if (subject.length <= MIN_SUBJECT && taken.some((t) => t.includes(subject) && t !== subject)) continue;
    if (!inForce(corpus, title, date)) continue;
    out.push(title);
    taken.push(subject);
  }
  return out;
}

/** The kinds of social insurance a title names ("生育保险待遇支付", "城乡居民基本养老保险"): they are 社会保险法's matter, not
 *  保险法's (the contracts of commercial insurance), whose two-character subject 保险 they hold. */
const SOCIAL_INSURANCE_KIND = /(?:基本)?(?:养老|医疗|生育|工伤|失业)保险/g;

/** How often a body must name a subject to be about it: a two-character one (教育, 劳动, 消防) more often. */
const BODY_TIMES = 3;
const BODY_TIMES_SHORT = 5;

/** The law was in force on the day, in a text the corpus holds: a repealed act (退役士兵安置条例 after 2025) is no law a
 *  document of that day is about, and a text older than the one in force is not what its clauses are compared with.
 *  (A law the document names is compared as named; that is its own choice, told in its citation findings.) */
function inForce(corpus: Corpus, title: string, date: string | null): boolean {
  if (!date) return corpus.findLaw(title)?.status === 'in-force';
  return lawAt(corpus, title, date)?.exact === true;
}

/**
 * The laws a document that names none and whose title names no law's subject is about, read from what its sentences
 * say: the law whose articles retrieval ranks among the first for many of its sentences ("赔偿请求人……赔偿义务机关" in
 * a notice on 行政赔偿案件 is 国家赔偿法's, though no title of a law says 行政赔偿; a notice "整顿农村用电秩序" speaks in
 * 电力供应与使用条例's words). A law must lead in at least MIN_SENTENCES sentences and a share of them; a notice whose
 * sentences scatter over many laws is about none of them.
 */
export function retrievedSubjectLaws(sentences: readonly string[], corpus: Corpus, date: string | null): string[] {
  const considered = sentences.filter((s) => s.length >= MIN_SENTENCE_CHARS).slice(0, MAX_SENTENCES);
  const counts = new Map<string, number>();
  for (const s of considered) {
    const laws = new Set(corpus.related(s, PER_SENTENCE).map((r) => r.law));
    for (const law of laws) counts.set(law, (counts.get(law) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [title, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    if (out.length >= MAX_RETRIEVED_LAWS || n < MIN_SENTENCES || n < considered.length * MIN_SHARE) break;
    const law = corpus.findLaw(title);
    if (!law || !LAW_LEVELS.has(law.level) || !inForce(corpus, title, date)) continue;
    out.push(title);
  }
  return out;
}
/** A sentence of a few words retrieves by chance; a long notice's later sentences add little (and cost retrievals). */
const MIN_SENTENCE_CHARS = 12;
const MAX_SENTENCES = 16;
/** The laws of the first articles retrieved for a sentence. */
const PER_SENTENCE = 3;
/** How many sentences a law must lead in, and what share of them. */
const MIN_SENTENCES = 5;
const MIN_SHARE = 0.35;
const MAX_RETRIEVED_LAWS = 2;

/**
 * The laws an act hands its whole matter to: "耕地占用税的征收管理，依照本法和《中华人民共和国税收征收管理法》的规定执行"
 * (耕地占用税法第十四条), "土地使用税的征收管理，依照《中华人民共和国税收征收管理法》及本条例的规定执行". A notice under
 * 耕地占用税法 that sets a 滞纳金 rate sets what 税收征收管理法第三十二条 sets; the act it names says nothing of it. Only an
 * article that opens with the act's own subject hands it over whole (饲料和饲料添加剂管理条例's "药物饲料添加剂的管理，依照
 * 《兽药管理条例》" hands over a part).
 */
export function deferredLaws(law: CorpusLaw): string[] {
  let out = deferredMemo.get(law);
  if (out) return out;
  out = [];
  const subject = lawSubject(law.title);
  if (subject) {
    for (const a of law.articles) {
      const m = HANDS_OVER.exec(a.text);
      if (m && m[1]!.endsWith(subject) && !out.includes(m[2]!)) out.push(m[2]!);
    }
  }
  deferredMemo.set(law, out);
  return out;
}
const HANDS_OVER = /^([\u4e00-\u9fa5]{2,16})的(?:征收)?管理[，,]依照(?:本法和|本条例和)?《([^》]+)》(?:及本(?:法|条例))?的规定执行/;
const deferredMemo = new WeakMap<CorpusLaw, string[]>();
