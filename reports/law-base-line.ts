// The law base in one line for people (text summary, HTML header, `beishen corpus`): the date of its
// texts, the --as-of day, and the later texts it is known to lack.
import type { LawBaseInfo } from '../pipeline/model/types.ts';
import { chineseDate } from './html/labels.ts';

export function lawBaseLine(b: Pick<LawBaseInfo, 'date' | 'dateFrom' | 'missing'> & { asOf?: string; acts?: number }): string {
  const held = b.acts ? `（${b.acts} 部法律、法规）` : '';
  const date = b.date ? `法规库${held}截至${chineseDate(b.date)}${b.dateFrom === 'newest-text' ? '（所收最新文本的日期）' : ''}` : `法规库${held}日期不明`;
  const asOf = b.asOf ? `；按${chineseDate(b.asOf)}的法律审查` : '';
  const missing = b.missing.length
    ? `；已知有新文本尚未收录：${b.missing.map((m) => `《${m.law}》${m.inForce ? `（${chineseDate(m.inForce)}起施行）` : `（${m.year}年）`}`).join('、')}`
    : '';
  return `${date}${asOf}${missing}。`;
}
