// The upper-law basis a reviewer label names, parsed from the free form reviewers write:
//   《中华人民共和国行政处罚法》第十四条(2017年修正)
//   《中华人民共和国反垄断法》第三十二条(2008年版,现第三十九条)
//   《中华人民共和国行政强制法》第十条第四款、第十七条第一款
//   《中华人民共和国消防法》第六十条;《中华人民共和国行政强制法》第三十五条
//   国务院《血吸虫病防治条例》(国务院令第463号)   (a name-only basis: no article)
// One label may name several laws (";") and several articles of one law ("、"): any of them,
// cited by a finding, is the right basis.
import { parseArticleLabel } from '../text/chinese-numbers.ts';

export interface LabelBasis {
  law: string;
  /** Article labels as written ("第十四条"); empty when the label names only the law. */
  articles: string[];
  /** Year of the version the label judges by ("2017" of "2017年修正", "2008" of "2008年版"). */
  versionYear?: string;
  /** "现第三十九条": the article's number in the current version, when the label says it. */
  currentArticles: string[];
}

const ARTICLE = /[第笫]\s*[0-9零〇一二三四五六七八九十百千两]+\s*条(?:之[一二三四五六七八九十]+)?/g;

function articleLabels(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(ARTICLE)) {
    const a = parseArticleLabel(m[0]);
    if (a) out.push(m[0].replace(/\s+/g, '').replace('笫', '第'));
  }
  return out;
}

/** Every law and article a label's basis text names; [] when it names none. */
export function parseLabelBasis(text: string): LabelBasis[] {
  const out: LabelBasis[] = [];
  for (const part of text.split(/[;；]/)) {
    const m = /《([^》]+)》(.*)$/.exec(part.trim());
    if (!m) continue;
    const law = m[1]!.trim();
    const rest = m[2]!;
    // Notes in brackets: a version year, and "现第X条" (the article in the current version).
    const notes = [...rest.matchAll(/[（(]([^)）]*)[)）]/g)].map((x) => x[1]!);
    const body = rest.replace(/[（(][^)）]*[)）]/g, '');
    const note = notes.join(',');
    const year = /((?:19|20)\d\d)年/.exec(note)?.[1];
    const current = /现\s*([第笫][^,，)）]*)/.exec(note);
    const basis: LabelBasis = {
      law,
      // 第十条第四款 → 第十条 (a paragraph of the article is the article).
      articles: articleLabels(body),
      currentArticles: current ? articleLabels(current[1]!) : [],
    };
    if (year) basis.versionYear = year;
    out.push(basis);
  }
  return out;
}
