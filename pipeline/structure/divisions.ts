// Administrative divisions by name → level, from the generated data/divisions.json (see
// data/build-divisions.ts). Tells a county-level city (义乌市) from a prefecture-level one (苏州市).
import { readFileSync } from 'node:fs';
import type { IssuerLevel } from '../model/types.ts';

let index: Map<string, IssuerLevel> | null = null;
let maxLen = 0;

function load(): Map<string, IssuerLevel> {
  if (index) return index;
  const data = JSON.parse(readFileSync(new URL('./data/divisions.json', import.meta.url), 'utf8')) as {
    province: string[]; city: string[]; county: string[];
  };
  index = new Map();
  for (const n of data.county) index.set(n, 'county');
  for (const n of data.city) index.set(n, 'city');
  for (const n of data.province) index.set(n, 'province');
  for (const n of index.keys()) maxLen = Math.max(maxLen, n.length);
  return index;
}

export interface PlaceMatch {
  name: string;
  level: IssuerLevel;
  length: number;
}

// Placeholder names in drafts and templates: XX县, 某某市, ××镇, A市.
const PLACEHOLDER = /^(?:[XxＸｘ×＊*〇○]{1,4}|某某?|[A-ZＡ-Ｚ]{1,2})(省|自治区|自治州|市|地区|州|盟|自治县|县|旗|区|镇|乡|街道|苏木)/;
const TOWNSHIP = /^([\u4e00-\u9fa5]{1,8}?)(镇|乡|街道|苏木)(?=人民政府|政府|办事处|党委|人大|$|[^\u4e00-\u9fa5])/;
// A township glued to the rest of an organ's name ("坦洲镇道路交通安全工作联席会议办公室"): only a short
// proper name before 镇/乡 — 城镇、集镇、乡镇、重点镇、特色小镇 are not places.
const TOWNSHIP_GLUED = /^([\u4e00-\u9fa5]{2,4}?)(镇|乡|街道|苏木)(?=[\u4e00-\u9fa5]{2})/;
// "住房城乡建委": the department's words, not a township 住房城乡; "关于整治集镇……", "统筹城乡……": a verb of
// the title's matter, and no township's name starts with one.
const NOT_TOWNSHIP_HEAD = /^(?:城|集|村|乡|小|重点|特色|建制|中心|各|全|本|我|该|城乡|乡村|新|农村|市场|城市|有关|相关|所在|所属)$|^住房|^(?:整治|加强|做好|开展|规范|禁止|推进|实施|落实|严禁|调整|公布|建立|明确|切实|全面|深入|集中|统筹|促进|提升|改善|治理|清理|打击|保护|建设|创建|美丽|文明)|[各全本我该的和与及、]/;
// Suffixes that fix the level whatever the name (a 县 or 旗 is always county level, a 省 a province),
// for places missing from the division list: renamed or newly created ones, and fictional ones in
// drafts and training material. 市 and 区 stay ambiguous and need the list.
const UNAMBIGUOUS = /^([\u4e00-\u9fa5]{1,6}?)(自治县|县|自治旗|旗|省|自治区)(?=[\u4e00-\u9fa5])/;
const NOT_A_PLACE = /^(各|本|全|该|所属|有关|相关|外|邻|上级|下级)$/;
const SUFFIX_LEVEL: Record<string, IssuerLevel> = {
  省: 'province', 自治区: 'province', 自治州: 'city', 市: 'city', 地区: 'city', 州: 'city', 盟: 'city',
  自治县: 'county', 县: 'county', 自治旗: 'county', 旗: 'county', 区: 'county', 镇: 'township', 乡: 'township', 街道: 'township', 苏木: 'township',
};

/** The place name at the start of `s` (longest known name, a placeholder, or a township by suffix). */
export function matchPlace(s: string): PlaceMatch | null {
  const idx = load();
  for (let len = Math.min(maxLen, s.length); len >= 2; len--) {
    const cand = s.slice(0, len);
    const level = idx.get(cand);
    if (level) {
      // a 直辖市 is a province; "市场监督管理局" after a name must not be read as part of it
      return { name: cand, level, length: len };
    }
  }
  let m = PLACEHOLDER.exec(s);
  if (m) return { name: m[0], level: SUFFIX_LEVEL[m[1]!]!, length: m[0].length };
  m = UNAMBIGUOUS.exec(s);
  // "红旗乡", "五星红旗村": a 旗 inside the name of a township or village, not a banner.
  if (m && m[2] === '旗' && /^(?:乡|镇|村|街道|社区|苏木|嘎查)/.test(s.slice(m[0].length))) m = null;
  if (m && !NOT_A_PLACE.test(m[1]!)) return { name: m[0], level: SUFFIX_LEVEL[m[2]!] ?? 'county', length: m[0].length };
  m = TOWNSHIP.exec(s);
  // "我乡", "本镇", "全乡": a document speaking of its own place names none.
  if (m && !/^(城|市|县|区|我|本|全|该|各|此|每)$/.test(m[1]!)) return { name: m[1]! + m[2]!, level: 'township', length: m[0].length };
  m = TOWNSHIP_GLUED.exec(s);
  if (m && !NOT_TOWNSHIP_HEAD.test(m[1]!)) return { name: m[1]! + m[2]!, level: 'township', length: m[0].length };
  return null;
}

/** The chain of places at the start of an organisation name: 江苏省苏州市吴中区… → [province, city, county]. */
const RANK: Record<IssuerLevel, number> = { central: 5, province: 4, city: 3, county: 2, township: 1 };

export function placeChain(name: string): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  let rest = name;
  for (let guard = 0; guard < 5 && rest; guard++) {
    const m = matchPlace(rest);
    if (!m) break;
    // Places nest downwards (省 → 市 → 县 → 镇): a "province" after a county is a word that only
    // ends like one ("柳城县争创自治区文明城市……" is not a place in 自治区).
    const prev = out[out.length - 1];
    if (prev && RANK[m.level] >= RANK[prev.level] && !(prev.level === 'city' && m.level === 'city')) break;
    out.push(m);
    rest = rest.slice(m.length);
  }
  return out;
}
