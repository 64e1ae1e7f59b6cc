// A choice the law gives, narrowed to one of its options. 职业病防治法第四十四条 lets a worker be diagnosed "在用人单位所在地、
// 本人户籍所在地或者经常居住地"; a notice that says "劳动者应当在用人单位所在地申请职业病诊断" and refuses the diagnoses made
// elsewhere takes the choice away. The clause is compared with each sentence of the named laws' articles that offers a
// choice of places or bodies ("可以在……、……或者……", "可以向……或者……"): one on the same matter whose option the clause makes
// the only one is the article it departs from. The counterpart of analyse/denied.ts (a duty refused) for a choice.
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, lawSentencesWhere, type LawSentenceMatch } from './named-law-articles.ts';

/** The words of a choice narrowed (the comparison's prefilter): a duty to go to one place or body. */
export const NARROWING_WORDS = ['应当在', '应当向', '应当到', '须在', '须向', '须到', '只能在', '只能向', '只能到', '一律在', '一律向', '一律到', '统一在', '统一向', '统一到'];
/** A duty to go to one place or body, and the words of it: "应当在用人单位所在地申请", "只能向县医疗保障局申请". */
const NARROWS = /(?:应当|必须|须|只能|一律|统一)(?:在|向|到)([\u4e00-\u9fa5（）()]{3,30})/g;
/** A law's sentence that offers a choice of places or bodies, and its list ("可以在A、B或者C……"). */
const CHOICE = /可以(?:选择)?(?:在|向|到)((?:[\u4e00-\u9fa5（）()]{2,24}、)*[\u4e00-\u9fa5（）()]{2,24}?或者[\u4e00-\u9fa5（）()]{2,40})/;
/** The clause refuses what the other options give ("在本人户籍所在地……取得的诊断结论，本县不予认可"). */
const REFUSED = /不予(?:认可|受理|承认|采信|办理)|不认可|无效|不得/;
/** The words of an option that say which it is: its first characters ("本人户籍所在地" → 本人户籍). */
const OPTION_HEAD = 4;
/** The words every choice of place shares, which tell no matter apart. */
const MODAL = /可以|应当|或者|所在地|的|和|等/g;

/** The same matter: this share of the law sentence's words (its options aside) in the clause's sentence, and this many. */
export const MIN_MATTER = 0.4;
const MIN_SHARED = 5;

const choosingSentences = lawSentencesWhere((s) => CHOICE.test(s));

/** The options of a law's list: "用人单位所在地、本人户籍所在地或者经常居住地依法承担……" → their heads. */
function optionHeads(list: string): string[] {
  return list.split(/、|或者/).map((o) => o.slice(0, OPTION_HEAD)).filter((h) => h.length >= 2);
}

/** The first duty in `sentence` to go to one option of a choice a named law's sentence gives for the same matter, where
 *  the sentence leaves the other options out or refuses them; null if none. */
export function choiceNarrowed(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): LawSentenceMatch | null {
  const duties = [...sentence.matchAll(NARROWS)];
  if (!duties.length) return null;
  const mine = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: LawSentenceMatch | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of choosingSentences(article.text)) {
      const list = CHOICE.exec(s)!;
      const heads = optionHeads(list[1]!);
      if (heads.length < 2) continue;
      // The options are words of the matter too: the list's last option runs on into what is chosen for ("经常居住地依法
      // 承担职业病诊断的医疗卫生机构进行职业病诊断").
      const words = [...cjkBigrams(s.replace(MODAL, '　'))];
      const similarity = shareIn(words, mine);
      if (similarity < MIN_MATTER || words.filter((w) => mine.has(w)).length < MIN_SHARED || (best && similarity <= best.similarity)) continue;
      for (const d of duties) {
        const chosen = heads.findIndex((h) => d[1]!.startsWith(h));
        if (chosen < 0) continue;
        // The other options named in the sentence and not refused: the clause lists the choice, it does not narrow it.
        const others = heads.filter((_, i) => i !== chosen);
        if (others.some((h) => sentence.includes(h)) && !REFUSED.test(sentence.slice(d.index! + d[0].length))) continue;
        best = { law, article, sentence: s, start: d.index!, end: d.index! + d[0].length, similarity };
        break;
      }
    }
  }
  return best;
}
