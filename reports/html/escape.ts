// The one escape function for everything that goes into the HTML report. Document text is untrusted:
// every string from a report passes through escapeHtml (text and attribute values alike, always quoted).
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a <script type="application/json"> block: "<", ">" and "&" as \u escapes so no "</script>" or
 * "<!--" can end or confuse the block, and U+2028/2029 escaped for older JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
