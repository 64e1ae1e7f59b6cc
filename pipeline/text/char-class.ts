// A one-character regex (a class such as /[。！？；;!?\n]/) as a test of a UTF-16 code unit, answered from a
// table the regex fills the first time each code unit is seen. The splitters test every character of
// every provision: a regex call per character, on a string made for it, cost more than the splitting.

/** `re` must match or not by the one character alone (no flags that keep state between calls). */
export function charTest(re: RegExp): (code: number) => boolean {
  if (re.global || re.sticky) throw new Error(`charTest: /${re.source}/${re.flags} keeps state between calls`);
  // 0: not yet seen; 1: no; 2: yes.
  const table = new Uint8Array(0x10000);
  return (code) => {
    let v = table[code]!;
    if (v === 0) table[code] = v = re.test(String.fromCharCode(code)) ? 2 : 1;
    return v === 2;
  };
}
