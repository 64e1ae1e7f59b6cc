// Text normalisation with an offset map back to the raw extraction. Every pass rewrites the text
// and carries, for each output UTF-16 unit, the raw offset it came from — so a finding located in the
// normalised text can still be pointed at in the original.
//
// Passes (in order): invisible characters and odd spaces; full-width ASCII letters/digits → half-width
// (Chinese punctuation stays full-width, it is the norm in 公文); Kangxi radicals, CJK radicals
// supplement and compatibility ideographs from PDF fonts → unified ideographs (radicals.ts); pinyin glosses 鎮(zhèn), and
// toneless ones 鎮(zhen) where a text is full of them; stray chunk
// markers left by mirror sites / splitters; traditional → simplified (OpenCC tw→cn with Taiwan phrases:
// 檔案→文件, 程式→程序), only when the text really is traditional; ASCII stops between Chinese words → 。/；;
// stray blanks inside sentences dropped.
import { convertTraditional, looksTraditional } from './traditional.ts';
import { foldRadicalChar, RADICAL_OR_COMPAT } from './radicals.ts';
import { isBareMarker, readMarker } from '../structure/markers.ts';
import { DATE_ONLY } from '../structure/patterns.ts';

export interface Normalized {
  text: string;
  /** Offset in the raw input for an offset in `text` (end offsets map to the raw end). */
  toOriginal(offset: number): number;
}

export interface NormalizeOptions {
  /** 'auto' (default): convert only when the text contains traditional-only characters. */
  traditional?: boolean | 'auto';
}

interface Mapped {
  text: string;
  map: Int32Array; // map[i] = raw offset of text[i]; map[text.length] = raw end
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/;
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

// A pinyin syllable group in brackets right after a hanzi; it must carry a tone mark or tone digit so
// that ordinary bracketed Latin (WTO, PM2.5, ABC) is never touched.
const TONE = '\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u00fc';
const SYL = `[a-z${TONE}]+[1-5]?`;
const ONE_GLOSS = `[（(]\\s*(${SYL}(?:[\\s'-]+${SYL})*)\\s*[)）]`;
// One gloss or a run of them ("管(guan)(guan)(guan)理"), right after a hanzi.
const PINYIN_GLOSS = new RegExp(`(?<=[\\u4e00-\\u9fff])(?:${ONE_GLOSS})+`, 'g');
const ONE_GLOSS_RE = new RegExp(ONE_GLOSS, 'g');
const glossesOf = (run: string) => [...run.matchAll(ONE_GLOSS_RE)].map((g) => g[1]!);
const HAS_TONE = new RegExp(`[${TONE}]|[a-z][1-5]\\b`);
// Mirror sites also gloss without tones ("城(cheng)鄉(xiang)管(guan)(guan)理"). A toneless gloss is dropped
// only when each of its syllables is a pinyin syllable and the text holds many such glosses: one "(km)" or
// "(a)" after a hanzi is ordinary text.
const PINYIN_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|v|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn|ang|eng|ing|ong|ia|iao|ian|iang|iong|ua|uo|uai|uan|uang)$/;
const MIN_TONELESS_GLOSSES = 5;
const isToneless = (group: string) => group.length >= 2 && group.split(/[\s'-]+/).every((x) => PINYIN_SYLLABLE.test(x));

// Markers inserted by text splitters and scraping tools: [chunk 3], <!-- chunk 3 -->, 【片段3】, ---chunk 3---.
const CHUNK_MARKER =
  /\[\s*(?:chunk|片段|分块|分段)\s*[#:：]?\s*\d+(?:\s*\/\s*\d+)?\s*\]|<!--\s*(?:chunk|片段|分块)[^>]{0,40}-->|【\s*(?:chunk|片段|分块|分段)\s*\d+(?:\s*\/\s*\d+)?\s*】|-{3,}\s*(?:chunk|片段|分块)\s*\d+\s*-{3,}/gi;

function identity(text: string): Mapped {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/** Character pass: drops invisibles, folds odd spaces, full-width alphanumerics and radicals. Length-preserving except drops. */
function foldChars(src: Mapped): Mapped {
  const { text, map } = src;
  if (!INVISIBLE.test(text) && !ODD_SPACE.test(text) && !FULLWIDTH_ALNUM.test(text) && !RADICAL_OR_COMPAT.test(text)) return src;
  let out = '';
  const m = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if (INVISIBLE.test(ch)) continue;
    let rep = ch;
    if (ODD_SPACE.test(ch)) rep = ' ';
    else if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) rep = String.fromCharCode(c - 0xfee0);
    else if (c >= 0x2e80) rep = foldRadicalChar(ch);
    out += rep;
    m[n++] = map[i]!;
  }
  m[n] = map[text.length]!;
  return { text: out, map: m.slice(0, n + 1) };
}

// OCR and some retyped copies end Chinese sentences with ASCII stops: "……燃放烟花爆竹.违者……", "……的;". Between
// Chinese words such a stop is the sentence's end (。/；), which the splitter, the clause reader and the rules look
// for; "1.5万元", "PM2.5", "www.x.gov.cn" and a numbering "一." (at a line's start, or after a sentence's end in a
// copy that lost its line breaks) keep theirs. One character for one, so offsets do not move. ("一." is no numbering
// readMarker knows, which wants 一、, so the labels it may stand after are spelled here.)
const ASCII_STOP = /(?<=[\u4e00-\u9fff）」”》\]])[.．;](?![0-9A-Za-z])/g;
const NUMBERING_BEFORE = /(?:^|[\n。；;！？!?，,：:\s\u3000])[ \t\u3000]*(?:[一二三四五六七八九十百]+|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百零〇\d]+[章节条])$/;

function foldAsciiStops(src: Mapped): Mapped {
  if (!/[.．;]/.test(src.text)) return src;
  const text = src.text.replace(ASCII_STOP, (stop, at: number, whole: string) =>
    NUMBERING_BEFORE.test(whole.slice(Math.max(0, at - 12), at)) ? stop : stop === ';' ? '；' : '。');
  return text === src.text ? src : { text, map: src.map };
}

// OCR and PDF text put stray blanks inside sentences: "公民 人身、财 产安全", "处 5 0 0 元罚款". A lone space between two
// Chinese characters or figures inside a sentence is no word boundary in Chinese, and words the rules look for
// would be cut by it. It is dropped only on lines that carry a sentence's punctuation (，。；): a title, joint
// issuers' names side by side ("XX厅 XX法院"), a 落款 ("XX人民政府 2023年5月1日") and the blank after a
// numbering label ("第一条 本办法") or before one keep theirs; a date alone on its line is one word.
const STRAY_SPACE = /(?<=[\u4e00-\u9fff0-9]) (?=[\u4e00-\u9fff0-9])/g;
const SENTENCE_LINE = /[，。；,;]/;
const RUN_ON_BREAKS = /[。！？；：!?;:][ \u3000]/;
const ORGAN_END = /(?:人民政府|政府|办公室|办公厅|办事处|委员会|指挥部|领导小组|联席会议|管委会|局|厅)$/;

function dropStraySpaces(src: Mapped): Mapped {
  if (!src.text.includes(' ')) return src;
  let lineStart = -1;
  let inSentence = false;
  let dateLine = false;
  return dropMatches(src, STRAY_SPACE, (m) => {
    const text = m.input;
    const start = text.lastIndexOf('\n', m.index) + 1;
    if (start !== lineStart) {
      lineStart = start;
      const end = text.indexOf('\n', m.index);
      const line = text.slice(start, end < 0 ? text.length : end);
      // A date alone on its line (a 落款's) is one word too: "2021年5 月1日", "二〇二一年 五月一日".
      dateLine = DATE_ONLY.test(line.trim().replace(/ /g, ''));
      // A line with blanks after its sentences' ends is a copy whose line breaks became blanks: its blanks are
      // boundaries ("……的通知 某县人民政府关于……"), not strays.
      inSentence = dateLine || (SENTENCE_LINE.test(line) && !RUN_ON_BREAKS.test(line));
    }
    if (dateLine) return true;
    if (!inSentence || isBareMarker(text.slice(start, m.index))) return false;
    // A blank before a numbering or after an organ's name is a boundary: a copy that lost its line breaks keeps
    // "……予以暂扣 五、违反……" and "特此通告。 某县林业局 某县公安局 2021年……".
    if (readMarker(text.slice(m.index + 1, m.index + 16)) || ORGAN_END.test(text.slice(Math.max(start, m.index - 6), m.index))) return false;
    // Between figures, only lone ones ("5 0 0 元"): "电话65582045 2011年" is two numbers.
    const digit = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
    return !(digit(m.index - 1) && digit(m.index + 1)) || (!digit(m.index - 2) && !digit(m.index + 2));
  });
}

/** Deletes every match of `re` for which `keep` returns false. */
function dropMatches(src: Mapped, re: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): Mapped {
  const { text, map } = src;
  re.lastIndex = 0;
  const cuts: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (accept(m)) cuts.push([m.index, m.index + m[0].length]);
  }
  if (!cuts.length) return src;
  let out = '';
  const parts: Int32Array[] = [];
  let pos = 0;
  for (const [a, b] of cuts) {
    out += text.slice(pos, a);
    parts.push(map.subarray(pos, a));
    pos = b;
  }
  out += text.slice(pos);
  parts.push(map.subarray(pos, text.length + 1));
  const m = new Int32Array(out.length + 1);
  let k = 0;
  for (const p of parts) { m.set(p, k); k += p.length; }
  return { text: out, map: m };
}

/** OpenCC conversion; positions are kept 1:1 where lengths agree, line by line otherwise. */
function toSimplified(src: Mapped): Mapped {
  const conv = convertTraditional(src.text);
  if (conv.length === src.text.length) return { text: conv, map: src.map };
  // A phrase changed length somewhere: convert line by line and map each line proportionally.
  const lines = src.text.split('\n');
  let out = '';
  const m: number[] = [];
  let pos = 0;
  lines.forEach((line, li) => {
    const c = convertTraditional(line);
    for (let j = 0; j < c.length; j++) {
      const rel = c.length === line.length ? j : Math.floor((j * line.length) / Math.max(1, c.length));
      m.push(src.map[pos + rel]!);
    }
    out += c;
    pos += line.length;
    if (li < lines.length - 1) { m.push(src.map[pos]!); out += '\n'; pos += 1; }
  });
  m.push(src.map[src.text.length]!);
  return { text: out, map: Int32Array.from(m) };
}

export function normalize(raw: string, opts: NormalizeOptions = {}): Normalized {
  let cur = foldChars(identity(raw));
  if (/[（(]/.test(cur.text)) {
    let toneless = 0;
    for (const m of cur.text.matchAll(PINYIN_GLOSS)) if (glossesOf(m[0]).every(isToneless) && ++toneless >= MIN_TONELESS_GLOSSES) break;
    const manyToneless = toneless >= MIN_TONELESS_GLOSSES;
    cur = dropMatches(cur, PINYIN_GLOSS, (m) => glossesOf(m[0]).every((g) => g.length <= 40 && (HAS_TONE.test(g) || (manyToneless && isToneless(g)))));
  }
  if (/chunk|片段|分块|分段/i.test(cur.text)) cur = dropMatches(cur, CHUNK_MARKER);
  const trad = opts.traditional ?? 'auto';
  if (trad === true || (trad === 'auto' && looksTraditional(cur.text))) cur = toSimplified(cur);
  cur = dropStraySpaces(foldAsciiStops(cur));
  const { text, map } = cur;
  return {
    text,
    toOriginal(offset: number): number {
      if (offset <= 0) return map[0] ?? 0;
      if (offset >= text.length) return map[text.length]!;
      return map[offset]!;
    },
  };
}
