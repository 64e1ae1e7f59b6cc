// CSV as spreadsheets open it: UTF-8 with a byte-order mark (Excel and WPS read Chinese correctly only
// with it), CRLF lines, every cell quoted; a cell that starts like a formula (= + - @, tab, CR) gets a
// leading apostrophe, because document text is untrusted and "=HYPERLINK(…)" must stay text.
export function csvCell(value: string | number | null | undefined): string {
  if (typeof value === 'number') return String(value);
  let s = value ?? '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvText(header: string[], rows: (string | number | null | undefined)[][]): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
