// A minimal streaming XML tokenizer for WordprocessingML. We walk document.xml ourselves (instead of
// mammoth) because we need exactly what Word shows: automatic numbering labels, accepted revisions,
// text boxes once (not twice via mc:Fallback), and paragraph positions.

export interface XmlTag {
  type: 'open' | 'close' | 'self';
  name: string; // qualified, e.g. "w:p"
  attrs: string; // raw attribute text; read with attr()
}
export type XmlToken = XmlTag | { type: 'text'; text: string };

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|([^<]+)/g;

export function* tokenize(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2]) {
      if (m[1]) yield { type: 'close', name: m[2], attrs: '' };
      else yield { type: m[4] ? 'self' : 'open', name: m[2], attrs: m[3] ?? '' };
    } else if (m[5] !== undefined) yield { type: 'text', text: m[5] };
    else if (m[6] !== undefined) yield { type: 'text', text: decodeEntities(m[6]) };
  }
}

export function attr(attrs: string, name: string): string | null {
  const i = attrs.indexOf(name + '=');
  if (i < 0) return null;
  // Make sure we matched a whole attribute name (w:val, not w:valx or xw:val).
  const before = i === 0 ? ' ' : attrs[i - 1]!;
  if (!/\s/.test(before)) {
    const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    const m = re.exec(attrs);
    return m ? decodeEntities(m[2] ?? m[3] ?? '') : null;
  }
  const q = attrs[i + name.length + 1];
  if (q !== '"' && q !== "'") return null;
  const end = attrs.indexOf(q, i + name.length + 2);
  return end < 0 ? null : decodeEntities(attrs.slice(i + name.length + 2, end));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/** w:val of a boolean toggle element (<w:b/>, <w:vanish w:val="0"/>). */
export function isOn(attrs: string): boolean {
  const v = attr(attrs, 'w:val');
  return v === null || !/^(0|false|off)$/i.test(v);
}
