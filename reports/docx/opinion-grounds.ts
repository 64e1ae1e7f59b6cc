// What a reviewing body cites and how it disposes of a document, by kind of body:
// - a 人大常委会 (its 法工委 or 备案审查 office) reviews under the 监督法 (第三十九条: 撤销 for exceeding
//   authority, reducing rights or adding duties; for conflict with law; for other impropriety), the
//   NPC Standing Committee's decision on 备案审查 and its province's 备案审查 regulation;
// - a 人民政府 (its 司法局) reviews under the 地方组织法 (第七十三条第三项: 改变或者撤销 the improper
//   orders of its departments and of lower governments), 国办发〔2018〕37号 and its province's rules.
// Names are the laws' full titles as in ../shared/laws; a province's regulation is named only when the
// reviewer configures it (it differs by province and is never guessed).
import type { Category, DocumentReport } from '../../pipeline/model/types.ts';
import type { ReviewConfig, ReviewingBodyKind } from '../../pipeline/config/review-config.ts';

export const SUPERVISION_LAW = '中华人民共和国各级人民代表大会常务委员会监督法';
export const NPC_FILING_DECISION = '全国人民代表大会常务委员会关于完善和加强备案审查制度的决定';
export const LOCAL_ORGANIC_LAW = '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法';
export const STATE_COUNCIL_NOTICE_37 = '国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）';

/** The reviewing body's kind: configured, or the usual one for the issuer (a government's own documents
 *  go to the standing committee; its departments', offices' and townships' to the government). */
export function reviewingKind(d: DocumentReport, config?: ReviewConfig): ReviewingBodyKind {
  if (config?.review.kind) return config.review.kind;
  const issuers = d.meta.issuers;
  if (!issuers.length) return 'people-congress';
  const toGovernment = issuers.every((i) => i.kind === 'department' || i.kind === 'internal-unit' || i.kind === 'coordination-body'
    || (i.kind === 'government' && i.level === 'township') || i.kind === 'general-office' && i.level === 'township');
  return toGovernment ? 'government' : 'people-congress';
}

/** "《名称》（文号）" from a configured name that may carry its number in brackets. */
export function citeTitle(name: string): string {
  const m = /^《?(.+?)》?((?:（[^（）]*号）)?)$/.exec(name.trim());
  return m ? `《${m[1]}》${m[2]}` : `《${name}》`;
}

export interface Grounds {
  /** "《…》、《…》和《…》" as the opening cites them. */
  cited: string;
  /** The provision that decides what is improper, for the conclusion. */
  standard: string;
  /** Who revokes a document the issuer does not correct. */
  revokingBody: string;
  /** How the letter refers to its sender: 我委, 我局 … */
  self: string;
}

function joinCited(names: string[]): string {
  const cited = names.map(citeTitle);
  if (cited.length <= 1) return cited.join('');
  return `${cited.slice(0, -1).join('、')}和${cited[cited.length - 1]}`;
}

function selfReference(body: string | undefined, kind: ReviewingBodyKind): string {
  if (!body) return kind === 'people-congress' ? '我委' : '我局';
  if (/委员会$|委$/.test(body)) return '我委';
  if (/局$/.test(body)) return '我局';
  if (/办公室$|办$/.test(body)) return '我办';
  if (/厅$/.test(body)) return '我厅';
  if (/人民政府$/.test(body)) return '本府';
  return '我们';
}

export function groundsFor(kind: ReviewingBodyKind, config?: ReviewConfig): Grounds {
  const r = config?.review ?? {};
  const provincial = r.provincialRules ? [r.provincialRules] : [];
  const self = selfReference(r.body, kind);
  if (kind === 'people-congress') {
    const names = r.grounds ?? [SUPERVISION_LAW, NPC_FILING_DECISION, ...provincial];
    return {
      cited: joinCited(names) + (r.grounds || provincial.length ? '' : '以及本省（自治区、直辖市）规范性文件备案审查的有关规定'),
      standard: `《${SUPERVISION_LAW}》第三十九条`,
      revokingBody: r.revokingBody ?? '本级人民代表大会常务委员会',
      self,
    };
  }
  const names = r.grounds ?? [LOCAL_ORGANIC_LAW, STATE_COUNCIL_NOTICE_37, ...provincial];
  return {
    cited: joinCited(names) + (r.grounds || provincial.length ? '' : '以及本省（自治区、直辖市）行政规范性文件管理的有关规定'),
    standard: `《${LOCAL_ORGANIC_LAW}》第七十三条第三项`,
    revokingBody: r.revokingBody ?? '本级人民政府',
    self,
  };
}

/** The 监督法 第三十九条 heads a category falls under (一: beyond authority, rights and duties; 二: conflict). */
export function supervisionHead(category: Category): 1 | 2 | 3 {
  if (category === 'conflict' || category === 'citation') return 2;
  if (category === 'form') return 3;
  return 1;
}

export const SUPERVISION_HEADS: Record<1 | 2 | 3, string> = {
  1: '超越法定权限，限制或者剥夺公民、法人和其他组织的合法权利，或者增加公民、法人和其他组织的义务',
  2: '同法律、法规规定相抵触',
  3: '有其他不适当的情形',
};
