// How a file's name is shown in reports and on the terminal. A name is bytes: it may not be valid
// UTF-8, and it may hold control characters — an escape sequence that retitles the terminal, a
// newline that forges a line of output, a right-to-left override that disguises the extension. The
// shown path escapes all of these (\xNN for a byte that is not UTF-8, \u{…} for a control
// character, \\ for a backslash), so two different names never look alike and nothing in a name acts
// on the terminal or the page. The file itself is read by its real bytes (collect-files.ts).
import { utf8SequenceLength } from '../text/utf8.ts';

/** C0 and C1 controls, DEL, line/paragraph separators, bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** A text name with controls and backslashes escaped. */
export function escapeName(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** The bytes of a name as text: valid UTF-8 decoded, every other byte as \xNN; controls escaped. */
export function displayName(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n <= 0) {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += escapeName(bytes.toString('utf8', i, i + n));
      i += n;
    }
  }
  return out;
}

/** Whether the bytes are valid UTF-8 throughout. */
export { isValidUtf8 as isUtf8 } from '../text/utf8.ts';
