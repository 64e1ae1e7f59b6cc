// An approval a clause requires where a law the document names says none is needed. A notice that says "零星采集古生物化石
// 标本的，应当……申领《化石标本采集许可证》" demands leave that 古生物化石保护条例第十六条 waives ("……零星采集古生物化石标本的，不需要申请
// 批准，但是，应当……书面告知……"); one that makes farmers who sell their surplus seed take out a licence demands what 种子法 says
// they need not. The clause is compared with every sentence of the named laws' articles (their text on the document's day)
// that waives an approval or a licence: one whose matter the clause shares is the article the clause departs from. The
// opposite of the waived approval in analyse/denied.ts (the law requires it, the document waives it).
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { keepUpTo } from '../text/memo.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, type LawSentenceMatch } from './named-law-articles.ts';
import { splitClauses, splitSentences } from './units.ts';
import { leadingItems } from '../corpus/article-parser.ts';

/** Words every clause that requires leave holds (the rule's prefilter). */
export const REQUIRED_LEAVE_WORDS = ['许可证', '批准', '审批', '许可', '核准', '注册'];
/** The clause requires leave: a duty to apply for or hold it, or the act allowed only after it ("经……批准后方可"); not the
 *  waiver restated ("……不需要取得经营许可"). */
// … or a registration a licensed professional must change ("均须事先到本局办理变更注册手续": 医师法第十八条 waives it for
// some activities).
const REQUIRES_LEAVE = /(?<![不无免毋需必])(?:应当|必须|须|需|要)(?:事先|另行|重新|先|提前[^，。；]{0,6}?)?(?:(?:向|到)[^，。；]{1,20}?)?(?:申请领取|申领|申请|办理|取得|领取)[^，。；]{0,16}?(?:许可证|批准|审批|许可|核准|变更注册|注册|证)|(?:经|报)[^，。；]{0,20}?(?:批准|审批|核准|许可)(?:后)?(?:方可|才能|才可)/;
/** A law's clause that waives leave for its case. */
const WAIVES = /(?:不需要|不需|无需|无须|不必|免予|免于|可以不)(?:申请|办理|取得|领取|申领)?[^，。；]{0,12}?(?:批准|审批|许可证|许可|核准|注册)/;

/** The law's words that say how, not what. */
const MODAL = /不需要|不需|无需|无须|不必|免予|免于|申请|办理|取得|批准|审批|许可证|许可|核准|应当|但是|可以|的|和|或者|等/g;

/** The same matter: this share of the clause's words in the law's sentence, and this many of them. */
export const MIN_MATTER = 0.3;
const MIN_SHARED = 6;

/** The law's sentence that waives the leave, and the clause's words that require it. */
export type UnneededApproval = LawSentenceMatch;

// A law's sentence is read by its case (the clause before the waiver) and the waiver: "……零星采集古生物化石标本的，不需要申请批准".
const waivingSentences = keepUpTo((text: string): { sentence: string; words: Set<string> }[] => {
  const out: { sentence: string; words: Set<string> }[] = [];
  for (const u of splitSentences(text)) {
    let s = u.text.trim();
    // A waiver that leads a list ("医师从事下列活动的，可以不办理相关变更注册手续：") waives for the cases its items name: they
    // are its case.
    const items = s.endsWith('：') ? leadingItems(text.slice(u.end).split('\n').filter((l) => l.trim())).join('') : '';
    const clauses = splitClauses(s);
    const at = clauses.findIndex((c) => WAIVES.test(c.text));
    if (at < 0) continue;
    // The case is what comes before the waiver: not the licence waived (a clause that requires it names it too), nor what
    // the law still asks after it ("但是，应当……告知").
    const waiver = clauses[at]!.text;
    const matter = clauses.slice(0, at).map((c) => c.text).join('') + waiver.slice(0, WAIVES.exec(waiver)!.index) + items;
    if (items) s += items;
    out.push({ sentence: s, words: cjkBigrams(matter.replace(MODAL, '　')) });
  }
  return out;
}, 20_000);

/** The first requirement of leave in `sentence` that a named law's sentence waives for the same matter; null if none. */
export function unneededApproval(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): UnneededApproval | null {
  const need = REQUIRES_LEAVE.exec(sentence);
  if (!need) return null;
  // The clause's own case, before the leave it requires, is what the law's case is compared with.
  const mine = [...cjkBigrams(sentence.slice(0, need.index).replace(CITATION_PHRASE, '　').replace(MODAL, '　'))];
  if (mine.length < MIN_SHARED) return null;
  let best: UnneededApproval | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    if (!WAIVES.test(article.text)) continue;
    for (const w of waivingSentences(article.text)) {
      const similarity = shareIn(mine, w.words);
      const shared = mine.filter((b) => w.words.has(b)).length;
      if (similarity < MIN_MATTER || shared < MIN_SHARED || (best && similarity <= best.similarity)) continue;
      best = { law, article, sentence: w.sentence, start: need.index, end: need.index + need[0].length, similarity };
    }
  }
  return best;
}
