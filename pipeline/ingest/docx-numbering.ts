// Word automatic numbering (numbering.xml): mammoth drops these labels, but in 公文 they ARE the
// provision numbers (第一条, （一）, 一、). We rebuild them as Word renders them: abstractNum levels
// (start, numFmt, lvlText "第%1条", suff), num → abstractNum with lvlOverride/startOverride,
// counters shared by nums of one abstractNum unless a num restarts, deeper levels reset by shallower.
import { attr, isOn, tokenize } from './docx-xml.ts';
import { formatNumber } from './docx-numfmt.ts';

export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: 'tab' | 'space' | 'nothing';
  isLgl: boolean;
  restart: number | null; // lvlRestart
}

interface Num {
  abstractId: string;
  startOverride: Map<number, number>;
  levelOverride: Map<number, Partial<Level>>;
}

export interface NumberingModel {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
  /** abstractNum whose levels live in another abstractNum via a numbering style (numStyleLink). */
  styleLinks: Map<string, string>;
}

function defaultLevel(): Level {
  return { start: 1, numFmt: 'decimal', lvlText: '', suff: 'tab', isLgl: false, restart: null };
}

export function parseNumbering(xml: string | null): NumberingModel {
  const model: NumberingModel = { abstracts: new Map(), nums: new Map(), styleLinks: new Map() };
  if (!xml) return model;
  let abs: Map<number, Level> | null = null;
  let absId = '';
  let num: Num | null = null;
  let lvl: Partial<Level> | null = null;
  let lvlIdx = 0;
  let overrideIlvl = -1;
  let depth = 0; // inside w:pPr / w:rPr of a level we ignore nested w:start etc. (there are none, but be safe)
  for (const t of tokenize(xml)) {
    if (t.type === 'text') continue;
    const n = t.name;
    if (t.type === 'close') {
      if (n === 'w:abstractNum') abs = null;
      else if (n === 'w:num') num = null;
      else if (n === 'w:lvl' && lvl) {
        if (abs) abs.set(lvlIdx, { ...defaultLevel(), ...lvl });
        else if (num && overrideIlvl >= 0) num.levelOverride.set(overrideIlvl, lvl);
        lvl = null;
      } else if (n === 'w:lvlOverride') overrideIlvl = -1;
      else if (n === 'w:pPr' || n === 'w:rPr') depth--;
      continue;
    }
    const self = t.type === 'self';
    const val = attr(t.attrs, 'w:val');
    switch (n) {
      case 'w:abstractNum':
        absId = attr(t.attrs, 'w:abstractNumId') ?? '';
        abs = new Map();
        model.abstracts.set(absId, abs);
        break;
      case 'w:numStyleLink':
        if (abs && val) model.styleLinks.set(absId, val);
        break;
      case 'w:num':
        num = { abstractId: '', startOverride: new Map(), levelOverride: new Map() };
        model.nums.set(attr(t.attrs, 'w:numId') ?? '', num);
        break;
      case 'w:abstractNumId':
        if (num && val !== null) num.abstractId = val;
        break;
      case 'w:lvlOverride':
        overrideIlvl = Number(attr(t.attrs, 'w:ilvl') ?? 0);
        break;
      case 'w:startOverride':
        if (num && overrideIlvl >= 0 && val !== null) num.startOverride.set(overrideIlvl, Number(val));
        break;
      case 'w:lvl':
        lvlIdx = Number(attr(t.attrs, 'w:ilvl') ?? 0);
        lvl = {};
        if (self) { if (abs) abs.set(lvlIdx, defaultLevel()); lvl = null; }
        break;
      case 'w:pPr': case 'w:rPr':
        if (!self) depth++;
        break;
      default:
        if (!lvl || depth > 0) break;
        if (n === 'w:start' && val !== null) lvl.start = Number(val);
        else if (n === 'w:numFmt' && val !== null) lvl.numFmt = val;
        else if (n === 'w:lvlText') lvl.lvlText = val ?? '';
        else if (n === 'w:suff' && val !== null) lvl.suff = val === 'space' ? 'space' : val === 'nothing' ? 'nothing' : 'tab';
        else if (n === 'w:isLgl') lvl.isLgl = isOn(t.attrs);
        else if (n === 'w:lvlRestart' && val !== null) lvl.restart = Number(val);
    }
  }
  return model;
}

/** Keeps the counters while walking the document in order and produces each paragraph's label. */
export class NumberingState {
  private counters = new Map<string, number[]>();
  private started = new Set<string>();

  constructor(private readonly model: NumberingModel, private readonly numStyles: Map<string, string> = new Map()) {}

  private levelsOf(absId: string, hops = 0): Map<number, Level> | undefined {
    const link = this.model.styleLinks.get(absId);
    if (link && hops < 3) {
      const numId = this.numStyles.get(link);
      const target = numId ? this.model.nums.get(numId)?.abstractId : undefined;
      if (target && target !== absId) return this.levelsOf(target, hops + 1);
    }
    return this.model.abstracts.get(absId);
  }

  private level(num: Num, ilvl: number): Level | undefined {
    const base = this.levelsOf(num.abstractId)?.get(ilvl);
    const ov = num.levelOverride.get(ilvl);
    if (!base && !ov) return undefined;
    return { ...defaultLevel(), ...base, ...ov };
  }

  /** Label for a paragraph with numPr (numId, ilvl), e.g. "第三条　", "（二）", "" when not numbered. */
  next(numId: string, ilvl: number): string {
    if (numId === '0') return ''; // numId 0 = numbering explicitly removed
    const num = this.model.nums.get(numId);
    if (!num) return '';
    const lvl = this.level(num, ilvl);
    if (!lvl) return '';
    // A num with overrides restarts on its own; otherwise nums sharing an abstractNum continue.
    const restarts = num.startOverride.size > 0 || num.levelOverride.size > 0;
    const key = restarts ? `num:${numId}` : `abs:${num.abstractId}`;
    let c = this.counters.get(key);
    if (!c) { c = []; this.counters.set(key, c); }
    const startKey = `${key}:${ilvl}`;
    const start = num.startOverride.get(ilvl) ?? lvl.start;
    if (c[ilvl] === undefined || (restarts && !this.started.has(startKey))) c[ilvl] = start;
    else c[ilvl]!++;
    this.started.add(startKey);
    // Deeper levels restart after a shallower one is used (lvlRestart 0 = never restart).
    for (let d = ilvl + 1; d < 9; d++) {
      const dl = this.level(num, d);
      if (dl?.restart === 0) continue;
      if (dl?.restart != null && dl.restart - 1 < ilvl) continue;
      c[d] = undefined as unknown as number;
    }
    if (lvl.numFmt === 'bullet' || lvl.numFmt === 'none') return '';
    const label = lvl.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const d = Number(k) - 1;
      const dl = d === ilvl ? lvl : this.level(num, d);
      const value = c![d] ?? dl?.start ?? 1;
      const fmt = lvl.isLgl ? 'decimal' : (dl?.numFmt ?? 'decimal');
      return formatNumber(value, fmt);
    });
    if (!label) return '';
    return label + suffix(label, lvl.suff);
  }
}

/**
 * Word draws the suffix as a tab or a space; as text we write what a typist would have typed in a
 * 公文: an ideographic space after "第一条" / "第一章", nothing after closing punctuation （一） 一、,
 * and an ordinary space after Latin labels like "1." or "(a)".
 */
function suffix(label: string, suff: Level['suff']): string {
  if (suff === 'nothing') return '';
  const last = label[label.length - 1]!;
  if (/[\u4e00-\u9fff]/.test(last)) return '\u3000';
  if (/[、）)．.:：]/.test(last) && /[\u4e00-\u9fff（]/.test(label)) return '';
  return ' ';
}
