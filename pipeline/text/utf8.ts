// UTF-8 validation, in one place: format sniffing (is this text?), text decoding (a few bad bytes in
// an otherwise UTF-8 notice are damage, not another encoding) and file names (display-path.ts).

/**
 * Length of the valid UTF-8 sequence starting at i (no overlong forms, no surrogates, ≤ U+10FFFF),
 * 0 when it is not valid, -1 when a sequence that is valid so far is cut by the end of the bytes.
 */
export function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number;
  let min: number;
  if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
  else return 0;
  let cp = c & (0x3f >> n);
  for (let k = 1; k <= n; k++) {
    const d = b[i + k];
    if (d === undefined) return -1;
    if ((d & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n + 1;
}

/**
 * Bytes that are not part of a valid UTF-8 sequence. A sequence cut at the end counts as invalid
 * unless `truncated` says the bytes are a sample of a longer file.
 */
export function invalidUtf8Bytes(b: Uint8Array, truncated = false): number {
  let bad = 0;
  for (let i = 0; i < b.length;) {
    const n = utf8SequenceLength(b, i);
    if (n > 0) i += n;
    else if (n === -1 && truncated) break;
    else {
      bad++;
      i++;
    }
  }
  return bad;
}

/** Strict UTF-8 validation; a sequence cut at the end is accepted when the bytes are a truncated sample. */
export function isValidUtf8(b: Uint8Array, truncated = false): boolean {
  return invalidUtf8Bytes(b, truncated) === 0;
}
