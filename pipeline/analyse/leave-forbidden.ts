// What a clause forbids that a law the document names allows the public. 道路交通安全法第七十条第二款 lets the parties to an
// accident in which no one was hurt "即行撤离现场，恢复交通，自行协商处理损害赔偿事宜"; a notice that says "不论是否造成人员伤亡，
// 当事人……不得自行撤离现场或者自行协商处理" forbids what the law allows. The clause is compared with every sentence of the named
// laws' articles (their text on the document's day) that gives the public leave (可以): one whose act the clause forbids in
// the same words (a run of four characters), for the same matter and in the law's own case, is the article it departs
// from. The counterpart of analyse/permitted.ts (leave given where the law forbids).
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, lawSentencesWhere, type LawSentenceMatch } from './named-law-articles.ts';
import { clauseAround, splitClauses } from './units.ts';
import { ORGAN_END } from './grammar.ts';

/** The words that forbid (also the rule's prefilter). */
export const BAN_WORDS = ['不得', '禁止', '严禁', '不准', '不允许'];
/** A ban and the act it forbids, up to the clause's end: "不得自行撤离现场或者自行协商处理". */
const BANS = /(?:不得|禁止|严禁|不准|不允许)([\u4e00-\u9fa5]{4,30})/g;
/** A law's leave and the act it allows, up to the clause's end: "可以即行撤离现场". Not leave refused. */
const LEAVE = /(?<!不|不得|不再)可以([\u4e00-\u9fa5]{4,30})/g;
/** The body a law's leave is given to: leave to the administration ("公安机关……可以扣留") is its power, which a document
 *  may narrow for itself. */
const GOVERNMENT = new RegExp(`(?:${ORGAN_END}|机关|机构|法院|检察院)`);
/** The parties a law gives leave to and a clause bans, named first in the words before the leave or the ban. Not the
 *  subject classifier's list of the public (rules/subject.ts PUBLIC): its 人员 is also the 人员 of "人员伤亡". */
const PARTY = /当事人|劳动者|用人单位|申请人|被申请人|经营者|消费者|投保人|被保险人|驾驶人|权利人|所有人|承包方|发包方|业主|村民|农民|公民|法人|个人/;
/** The clause states the ban in every case ("不论是否造成人员伤亡", "一律", "均不得"). */
const EVERY_CASE = /不论|无论|不管|一律|均不得|任何情况/;
/** How many of the allowed act's last characters the ban must name ("撤离现场"), none of them words every sentence has. */
const ACT_RUN = 4;
const COMMON_RUN = /的|任何|单位|个人|规定|以上|以下|人民政府|部门|申请|办理|进行/;
/** The law's words that say how, not what or whom. */
const MODAL = /可以|应当|不得|依法|按照|有关|规定|的|和|或者|等/g;

/** The same matter: this share of the law sentence's words in the clause's sentence, and this many of them; and how much
 *  of the law's case a conditional ban must state. Thin margins, measured on the labelled sets. */
export const MIN_MATTER = 0.3;
const MIN_SHARED = 5;
const CASE_STATED = 0.6;

const leavingSentences = lawSentencesWhere((s) => s.includes('可以'));

/** The law's case of its leave: the clauses before it that end with 的 ("未造成人身伤亡，当事人对事实及成因无争议的"). */
function caseOf(sentence: string, at: number): string {
  return splitClauses(sentence.slice(0, at)).filter((c) => c.condition).map((c) => c.text).join('');
}

/** The first act `sentence` forbids that a named law's sentence lets the public do, for the same matter; null if none. */
export function leaveForbidden(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): LawSentenceMatch | null {
  const bans = [...sentence.matchAll(BANS)];
  if (!bans.length) return null;
  const mine = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: LawSentenceMatch | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of leavingSentences(article.text)) {
      let words: string[] | undefined;
      for (const leave of s.matchAll(LEAVE)) {
        // The acts allowed: the clause after 可以 and those that follow it in the sentence ("可以即行撤离现场，恢复交通，自行
        // 协商处理损害赔偿事宜"), each by its last words.
        const runs = s.slice(leave.index! + 2).split(/[，,]/).map((c) => /[\u4e00-\u9fa5]+/.exec(c)?.[0]?.slice(-ACT_RUN) ?? '')
          .filter((r) => r.length === ACT_RUN && !COMMON_RUN.test(r));
        // The first ban whose act names one of them.
        let ban: RegExpMatchArray | undefined;
        let run = '';
        for (const b of bans) {
          const r = runs.find((x) => b[1]!.includes(x));
          if (r) { ban = b; run = r; break; }
        }
        if (!ban) continue;
        // Leave to a body of the administration is its power: a document may narrow its own.
        const holder = clauseAround(s, leave.index!, leave.index!);
        if (GOVERNMENT.test(s.slice(holder.start, leave.index!))) continue;
        // … and leave to one party is not forbidden by a ban on another ("劳动者……可以解除劳动合同" against "用人单位不得解除").
        const theirs = PARTY.exec(s.slice(0, leave.index!))?.[0];
        const ours = PARTY.exec(sentence.slice(0, ban.index!))?.[0];
        if (theirs && ours && theirs !== ours) continue;
        words ??= [...cjkBigrams(s.replace(MODAL, '　'))];
        const similarity = shareIn(words, mine);
        if (similarity < MIN_MATTER || words.filter((w) => mine.has(w)).length < MIN_SHARED || (best && similarity <= best.similarity)) continue;
        // Leave in one case ("未造成人身伤亡……的，可以……") is forbidden only by a ban in every case or in that case; a ban
        // in another case ("造成人身伤亡的，不得撤离现场") is the law's own.
        const lawCase = caseOf(s, leave.index!);
        const banCase = caseOf(sentence, ban.index!);
        const coversCase = !lawCase || !banCase || EVERY_CASE.test(sentence) || shareIn([...cjkBigrams(lawCase)], cjkBigrams(banCase)) >= CASE_STATED;
        if (!coversCase) continue;
        // A ban the law itself states in another case ("在试用期中，除……外，用人单位不得解除劳动合同", 劳动合同法第二十一条)
        // is the law's, however the clause shortens it.
        if (lawBans(run, laws, corpus, date)) continue;
        best = { law, article, sentence: s, start: ban.index!, end: ban.index! + ban[0].length, similarity };
      }
    }
  }
  return best;
}

/** Some article of the named laws forbids the act itself (不得 or 禁止 with the act's words in the same clause). */
function lawBans(run: string, laws: readonly string[], corpus: Corpus, date: string | null): boolean {
  for (const { article } of articlesOfLaws(laws, corpus, date)) {
    if (!article.text.includes(run)) continue;
    for (const c of splitClauses(article.text)) {
      const at = c.text.indexOf(run);
      if (at > 0 && /不得|禁止|严禁/.test(c.text.slice(0, at))) return true;
    }
  }
  return false;
}
