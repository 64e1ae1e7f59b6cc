// Derives what a law file does not state in one place: its level, issuer, dates, names and id.
import { createHash } from 'node:crypto';
import type { CorpusArticle, CorpusLawVersion, LawLevel } from '../model/types.ts';

const PRC = '中华人民共和国';

const FOLDER_LEVELS: Record<string, LawLevel> = {
  宪法: '宪法', 行政法规: '行政法规', 部门规章: '部门规章', 地方性法规: '地方性法规', 司法解释: '司法解释',
  宪法相关法: '法律', 民法典: '法律', 民法商法: '法律', 行政法: '法律', 经济法: '法律', 社会法: '法律',
  刑法: '法律', 诉讼与非诉讼程序法: '法律', 其他: '法律',
};

/** Level from the LawRefBook folder when known, else from the title's form. */
export function guessLevel(title: string, folder?: string): LawLevel {
  if (folder && FOLDER_LEVELS[folder]) return FOLDER_LEVELS[folder];
  if (/^(中华人民共和国)?宪法/.test(title)) return '宪法';
  if (/^最高人民(法院|检察院)/.test(title)) return '司法解释';
  if (/^中华人民共和国.*法$/.test(title) || /^[^省市县]*法$/.test(title)) return '法律';
  if (/^[^《]{2,12}?(省|自治区|市|州|县)/.test(title)) return '地方性法规';
  if (/条例$/.test(title)) return '行政法规';
  return '其他';
}

export function guessIssuer(title: string, level: LawLevel, metaLines: string[]): string | undefined {
  const meta = metaLines.join('\n');
  switch (level) {
    case '宪法': return '全国人民代表大会';
    case '法律': return /全国人民代表大会常务委员会/.test(meta) || !/全国人民代表大会/.test(meta) ? '全国人民代表大会常务委员会' : '全国人民代表大会';
    case '行政法规': return /中共中央/.test(meta) ? '中共中央、国务院' : '国务院';
    case '司法解释': return /^最高人民检察院/.test(title) ? '最高人民检察院' : /^最高人民法院/.test(title) ? '最高人民法院' : undefined;
    default: {
      // "2020年6月1日某某市第十五届人民代表大会常务委员会第二十次会议通过" → 某某市人民代表大会常务委员会
      const m = /日\s*([^\s\d]+?)(第[^\s]{1,6}届)?(人民代表大会常务委员会|人民代表大会|人民政府)/.exec(meta);
      return m ? m[1] + m[3] : undefined;
    }
  }
}

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$/;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Adopted/amended/effective dates from the metadata lines, plus the stated 施行 date in the articles. */
export function lawDates(metaLines: string[], articles: CorpusArticle[], fileDate?: string): CorpusLawVersion {
  let adopted: string | undefined;
  let effective: string | undefined;
  let latest: string | undefined;
  for (const line of metaLines) {
    const m = DATE.exec(line);
    if (!m) continue;
    const date = iso(m[1], m[2], m[3]);
    if (/^施行$|起施行/.test(m[4].trim())) {
      effective = date;
      continue;
    }
    if (!adopted) adopted = date;
    if (!latest || date > latest) latest = date;
    if (/公布施行/.test(m[4])) effective ??= date;
  }
  const version = fileDate ?? latest;
  // The closing article says when the text takes effect; an amendment decision's date is later
  // than that, so it only counts when it is not older than the version.
  for (const a of articles.slice(-4)) {
    const m = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/.exec(a.text);
    if (m) {
      const d = iso(m[1], m[2], m[3]);
      if (!version || d >= version) effective ??= d;
    } else if (/自公布之日起施行/.test(a.text) && version) effective ??= version;
  }
  return { version: version ?? effective ?? 'unknown', ...(adopted ? { adopted } : {}), ...(effective ? { effective } : {}) };
}

/** Established abbreviations that are not simply the title without 中华人民共和国. */
const ABBREVIATIONS: Record<string, string[]> = {
  地方各级人民代表大会和地方各级人民政府组织法: ['地方组织法'],
  全国人民代表大会和地方各级人民代表大会选举法: ['选举法'],
  各级人民代表大会常务委员会监督法: ['监督法'],
};

export function stripPrc(title: string): string {
  return title.startsWith(PRC) && title.length > PRC.length + 1 ? title.slice(PRC.length) : title;
}

export function lawNames(title: string, level: LawLevel): { shortNames: string[]; aliases: string[] } {
  const bare = stripPrc(title);
  const shortNames = [...new Set([bare !== title ? bare : undefined, ...(ABBREVIATIONS[bare] ?? [])].filter((s): s is string => !!s))];
  const aliases = [title, bare !== title ? bare : undefined];
  if (level === '行政法规') aliases.push(`国务院《${title}》`, ...(bare !== title ? [`国务院《${bare}》`] : []));
  return { shortNames, aliases: [...new Set(aliases.filter((s): s is string => !!s))] };
}

/** Stable ASCII id: a hash of the title, plus the version. */
export function lawId(title: string, version: string): string {
  return `law-${createHash('sha1').update(title).digest('hex').slice(0, 10)}-${version}`;
}
