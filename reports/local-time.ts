// Times as a reviewer reads them: in the office's time zone (Asia/Shanghai unless configured), never
// UTC — a run before 08:00 Beijing time would otherwise carry yesterday's date.
import { DEFAULT_TIME_ZONE } from '../pipeline/config/review-config.ts';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  time: string; // HH:MM:SS
}

export function localParts(at: Date | string, timeZone = DEFAULT_TIME_ZONE): LocalParts {
  const d = typeof at === 'string' ? new Date(at) : at;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), time: `${get('hour')}:${get('minute')}:${get('second')}` };
}

/** "2025年3月1日" in the time zone. */
export function localChineseDate(at: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, timeZone);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** "2025年3月1日 07:30:00（北京时间）"; other zones are named by their IANA id. */
export function localChineseDateTime(at: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, timeZone);
  const zone = timeZone === 'Asia/Shanghai' ? '北京时间' : timeZone;
  return `${p.year}年${p.month}月${p.day}日 ${p.time}（${zone}）`;
}

/** YYYY-MM-DD in the time zone (for file names and review records). */
export function localIsoDate(at: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
