// Law-name normalisation shared by the corpus lookup and the citation checker.
const PRC = '中华人民共和国';

/** Removes book-title marks, spaces and full-width variants: 《中华人民共和国行政处罚法》 → 中华人民共和国行政处罚法. */
export function normalizeLawName(name: string): string {
  return name
    .replace(/[《》〈〉<>\s\u3000"“”]/g, '')
    .replace(/[（(]/g, '（')
    .replace(/[）)]/g, '）')
    .trim();
}

/** Forms of a name that may denote the same law in lenient lookups: without 国务院 / 中华人民共和国. */
export function lenientForms(name: string): string[] {
  const n = normalizeLawName(name);
  const out = [n];
  let m = n;
  if (m.startsWith('国务院') && m.length > 5) out.push((m = m.slice(3)));
  if (m.startsWith(PRC) && m.length > PRC.length + 1) out.push(m.slice(PRC.length));
  else if (!m.startsWith(PRC)) out.push(PRC + m);
  return out;
}
