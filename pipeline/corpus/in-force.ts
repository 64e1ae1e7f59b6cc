// Which text of a law was in force on a day. Every held version has an interval: from the day it took
// effect to the day before the next text took effect — the next held version, an amendment the law's
// own history names but the corpus does not hold, a later revision the registry knows of, or the repeal.
// A date outside every held interval is answered with the nearest held text and the reason it is not
// the one in force (the older text is not held, the newer text is not held, the law was not yet made,
// or it was repealed), so nothing silently judges a 2012 document by a 2021 text.
import type { CorpusLaw, CorpusLawVersion } from '../model/types.ts';
import { dayBefore } from '../text/dates.ts';
import type { Corpus, LaterRevision } from './corpus.ts';
import { revisionStart } from './later-revisions.ts';
import { lenientForms } from './names.ts';

/** The day a history entry's text took effect. An amended text repeats the original 施行 date in its
 *  closing article, so an effective date older than the text itself is not the text's; the text's own
 *  date is then the best known (amendment decisions mostly take effect on or soon after it). */
function entryStart(v: CorpusLawVersion): string {
  return v.effective && v.effective >= v.version ? v.effective : v.version;
}

/** The day a held text took effect. */
export function startOf(law: CorpusLaw): string {
  const own = law.versions.find((v) => v.version === law.version) ?? { version: law.version };
  return entryStart(own);
}

export interface VersionSpan {
  law: CorpusLaw;
  from: string;
  /** Last day in force (inclusive); null while in force. */
  to: string | null;
  /** What ended it. */
  endedBy?: 'next-version' | 'text-not-held' | 'later-revision' | 'repeal';
}

export type GapReason = 'before-law' | 'text-not-held' | 'later-revision' | 'repealed';

export interface LawAtDate {
  /** The held text used for that day. */
  law: CorpusLaw;
  span: VersionSpan;
  /** The held text is the text in force on the day. */
  exact: boolean;
  gap?: GapReason;
  /** text-not-held: the history date of the text that was in force (e.g. 2017-09-01 for 行政处罚法 in 2019). */
  inForceVersion?: string;
  /** later-revision: the newer text the corpus does not hold. */
  revision?: LaterRevision;
}

function history(versions: CorpusLaw[]): CorpusLawVersion[] {
  const all = new Map<string, CorpusLawVersion>();
  for (const v of versions) for (const h of v.versions) if (h.version !== 'unknown') all.set(h.version, { ...all.get(h.version), ...h });
  return [...all.values()].sort((a, b) => a.version.localeCompare(b.version));
}

const AMENDED = /修正|修订|修改/;
/** Adoption and publication of one text lie weeks apart, amendments years. */
const SAME_TEXT_DAYS = 90;

/** The oldest held text is the law's original text: nothing before it but its own adoption and
 *  publication (优化营商环境条例: 通过 2019-10-08, 公布 2019-10-22). An amendment whose history line is
 *  missing ("根据……决定修订" lines carry no leading date) shows as an entry years before the text. */
function heldFromOriginal(oldest: CorpusLaw, hist: CorpusLawVersion[]): boolean {
  const oldestDay = Date.parse(oldest.version);
  return !hist.some((h) => h.version < oldest.version
    && (AMENDED.test(h.note ?? '') || (oldestDay - Date.parse(h.version)) / 86_400_000 > SAME_TEXT_DAYS))
    && !AMENDED.test(oldest.versions.find((v) => v.version === oldest.version)?.note ?? '');
}

/** The later revisions of a title, by any of its names. */
export function revisionsOf(corpus: Corpus, title: string): LaterRevision[] {
  const forms = new Set(lenientForms(title));
  return corpus.laterRevisions.filter((r) => lenientForms(r.law).some((f) => forms.has(f)));
}

const spanMemo = new WeakMap<Corpus, Map<string, VersionSpan[]>>();
// The spans of each name asked about: the name's versions are looked up (its lenient forms, a filtered list) once,
// not on every question of the text in force (a frame asks for each law that enforces what it compares, for every
// clause). Names come from documents: forgotten when too many are kept.
const spansByName = new WeakMap<Corpus, Map<string, VersionSpan[]>>();
const NAMES_KEPT = 20_000;

/** The held versions of a law with their intervals, oldest first. */
export function spansOf(corpus: Corpus, name: string): VersionSpan[] {
  let named = spansByName.get(corpus);
  if (!named) spansByName.set(corpus, (named = new Map()));
  let spans = named.get(name);
  if (!spans) {
    if (named.size >= NAMES_KEPT) named.clear();
    named.set(name, (spans = spansOfVersions(corpus, corpus.versionsOf(name))));
  }
  return spans;
}

function spansOfVersions(corpus: Corpus, versions: CorpusLaw[]): VersionSpan[] {
  if (!versions.length) return [];
  const title = versions[0]!.title;
  let memo = spanMemo.get(corpus);
  if (!memo) spanMemo.set(corpus, (memo = new Map()));
  const hit = memo.get(title);
  if (hit) return hit;
  const held = new Set(versions.map((v) => v.version));
  const hist = history(versions);
  const starts = versions.map(startOf);
  const lastStart = starts[starts.length - 1]!;
  const revision = revisionsOf(corpus, title)
    .map((r) => ({ r, start: revisionStart(r) }))
    .filter((x) => x.start > lastStart)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  const repeal = corpus.findRepealed(title);
  const spans = versions.map((law, i): VersionSpan => {
    const from = starts[i]!;
    const ends: { day: string; by: VersionSpan['endedBy'] }[] = [];
    if (i + 1 < versions.length) ends.push({ day: starts[i + 1]!, by: 'next-version' });
    const missing = hist.find((h) => h.version > law.version && !held.has(h.version) && entryStart(h) > from);
    if (missing) ends.push({ day: entryStart(missing), by: 'text-not-held' });
    if (i === versions.length - 1 && revision) ends.push({ day: revision.start, by: 'later-revision' });
    // A name re-used by a later act (a repeal before this text took effect) does not end this text.
    if (repeal && repeal.repealedOn > from) ends.push({ day: repeal.repealedOn, by: 'repeal' });
    // On the same day, a later revision the registry describes says more than a bare history entry.
    const end = ends.sort((a, b) => a.day.localeCompare(b.day) || Number(b.by === 'later-revision') - Number(a.by === 'later-revision'))[0];
    return { law, from, to: end ? dayBefore(end.day) : null, ...(end ? { endedBy: end.by } : {}) };
  });
  memo.set(title, spans);
  return spans;
}

/** The text of `name` in force on `date` (YYYY-MM-DD), or the nearest held text and why it is not. */
export function lawAt(corpus: Corpus, name: string, date: string): LawAtDate | undefined {
  const spans = spansOf(corpus, name);
  if (!spans.length) return undefined;
  const inSpan = spans.find((s) => s.from <= date && (s.to === null || date <= s.to));
  if (inSpan) return { law: inSpan.law, span: inSpan, exact: true };
  const hist = history(spans.map((s) => s.law));
  const first = spans[0]!;
  if (date < first.from) {
    const before = heldFromOriginal(first.law, hist) ? [] : hist.filter((h) => entryStart(h) <= date && h.version < first.law.version);
    if (!before.length) return { law: first.law, span: first, exact: false, gap: 'before-law' };
    return { law: first.law, span: first, exact: false, gap: 'text-not-held', inForceVersion: before[before.length - 1]!.version };
  }
  // After a held text ended: the last span that started on or before the day.
  const prev = [...spans].reverse().find((s) => s.from <= date)!;
  if (prev.endedBy === 'repeal') return { law: prev.law, span: prev, exact: false, gap: 'repealed' };
  if (prev.endedBy === 'later-revision') {
    const revision = revisionsOf(corpus, prev.law.title).filter((r) => revisionStart(r) <= date).sort((a, b) => revisionStart(b).localeCompare(revisionStart(a)))[0];
    return { law: prev.law, span: prev, exact: false, gap: 'later-revision', ...(revision ? { revision } : {}) };
  }
  const missing = hist.filter((h) => h.version > prev.law.version && entryStart(h) <= date);
  return { law: prev.law, span: prev, exact: false, gap: 'text-not-held', ...(missing.length ? { inForceVersion: missing[missing.length - 1]!.version } : {}) };
}

/** The later text in force on `date` that the corpus does not hold, for a law the corpus may not hold at all. */
export function missingRevisionAt(corpus: Corpus, name: string, date: string): LaterRevision | undefined {
  const versions = corpus.versionsOf(name);
  const title = versions[0]?.title ?? name;
  const starts = versions.map(startOf);
  return revisionsOf(corpus, title)
    .filter((r) => revisionStart(r) <= date && !starts.some((s) => s >= revisionStart(r)))
    .sort((a, b) => revisionStart(b).localeCompare(revisionStart(a)))[0];
}

/** The day the law first took effect, as far as its history says (the rule basis may not apply before). */
export function firstInForce(corpus: Corpus, name: string): string | undefined {
  const versions = corpus.versionsOf(name);
  if (!versions.length) return undefined;
  const hist = history(versions);
  if (heldFromOriginal(versions[0]!, hist) || !hist.length) return startOf(versions[0]!);
  // The original text is not held: its adoption is the best known start.
  return entryStart(hist[0]!);
}

const eventMemo = new WeakMap<Corpus, string[]>();

/**
 * The last day on or before `day` on which the law base changes what is in force: a text takes effect,
 * an act is repealed, a later revision takes effect. Two days with the same epoch are judged alike, so
 * a cache may key on it rather than on the calendar day.
 */
export function lawBaseEpoch(corpus: Corpus, day: string): string {
  let events = eventMemo.get(corpus);
  if (!events) {
    const all = new Set<string>();
    for (const l of corpus.laws) for (const v of l.versions) for (const d of [v.version, v.effective]) if (d && d !== 'unknown') all.add(d);
    for (const r of corpus.repealedLaws) all.add(r.repealedOn);
    for (const r of corpus.laterRevisions) all.add(revisionStart(r));
    events = [...all].sort();
    eventMemo.set(corpus, events);
  }
  let epoch = '';
  for (const e of events) {
    if (e > day) break;
    epoch = e;
  }
  return epoch;
}

/** The later texts of the registry that this corpus does not hold (for a report's law base). */
export function missingRevisions(corpus: Corpus): LaterRevision[] {
  return corpus.laterRevisions.filter((r) => !corpus.versionsOf(r.law).some((v) => startOf(v) >= revisionStart(r)));
}
