// The damage web and OCR copies do to a notice, applied to documents whose labels are known, so that what the
// damage costs is measured and not guessed: a portal's chrome around the text, lines wrapped at a fixed width,
// line breaks lost, ASCII punctuation, 。 and ； written as . and ;, traditional characters with pinyin glosses,
// stray blanks inside sentences. Each is a pure function of the text; the labels' quotes still locate (the
// evaluation compares text without blanks and with punctuation variants folded).
// Used by eval-damage.ts on the dev part of a labels.jsonl set (the held-out part is never copied or read).
import { createRequire } from 'node:module';
import { charWidth } from '../ingest/text-unwrap.ts';

const require = createRequire(import.meta.url);

export interface Damage {
  id: string;
  /** 中文 for the report. */
  name: string;
  apply(text: string): string;
}

const PORTAL_HEAD = '首页 > 政务公开 > 通知公告\n【字体：大 中 小】  打印本页  关闭窗口\n来源：本站  浏览次数：1024\n分享到：微信 微博 QQ空间\n';
const PORTAL_TAIL = '\n\n相关附件：\n上一篇：关于开展安全生产大检查的通知\n下一篇：关于公布行政许可事项清单的公告\n主办单位：人民政府办公室  网站标识码：1234560001  备案号：ICP备12345678号\n联系我们 | 网站地图 | 隐私声明\n';

/** A line wrapped at a display width, as the unwrapper measures it (a PDF line: CJK one em, ASCII half). */
function wrapAt(line: string, columns: number): string {
  const out: string[] = [];
  let cur = '';
  let w = 0;
  for (const ch of line) {
    if (w + charWidth(ch) > columns) { out.push(cur); cur = ''; w = 0; }
    cur += ch;
    w += charWidth(ch);
  }
  out.push(cur);
  return out.join('\n');
}

/** A seeded generator, so that every run damages the same places. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const GLOSSES: Record<string, string> = { 對: 'duì', 現: 'xiàn', 務: 'wù', 發: 'fā', 處: 'chǔ', 規: 'guī', 內: 'nèi', 應: 'yīng', 違: 'wéi', 嚴: 'yán', 關: 'guān', 問: 'wèn', 動: 'dòng', 進: 'jìn', 責: 'zé' };

let toTraditional: ((s: string) => string) | null = null;

export const DAMAGES: Damage[] = [
  { id: 'portal-chrome', name: '网页外框（导航、工具栏、上一篇/下一篇、页脚）', apply: (t) => PORTAL_HEAD + t + PORTAL_TAIL },
  { id: 'hard-wrap', name: '按固定宽度折行（28 字）', apply: (t) => t.split('\n').map((l) => wrapAt(l, 28)).join('\n') },
  { id: 'no-line-breaks', name: '换行全部丢失', apply: (t) => t.replace(/\r?\n+/g, ' ') },
  { id: 'ascii-punctuation', name: '半角标点（, ; : ( )）', apply: (t) => t.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')') },
  { id: 'ascii-stops', name: '句号、分号写作 . ;', apply: (t) => t.replace(/。/g, '.').replace(/；/g, ';') },
  {
    id: 'traditional-glossed', name: '繁体字镜像并夹注拼音',
    apply: (t) => {
      toTraditional ??= (require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string }).Converter({ from: 'cn', to: 'hk' });
      return toTraditional(t).replace(/[對現務發處規內應違嚴關問動進責]/g, (c) => `${c}(${GLOSSES[c]})`);
    },
  },
  {
    id: 'stray-blanks', name: '句中夹杂空格（约每 16 字一处）',
    apply: (t) => { const r = seeded(7); return t.replace(/(?<=[\u4e00-\u9fff0-9])(?=[\u4e00-\u9fff0-9])/g, () => (r() < 0.06 ? ' ' : '')); },
  },
];
