import { describe, expect, it } from 'vitest';
import { charTest } from '../../pipeline/text/char-class.ts';

describe('charTest', () => {
  it('answers as the regex does for every code unit, the first time and from its table after', () => {
    const re = /[。！？；;!?\n]/;
    const test = charTest(re);
    for (let pass = 0; pass < 2; pass++) {
      for (let code = 0; code < 0x10000; code++) {
        if (test(code) !== re.test(String.fromCharCode(code))) throw new Error(`differs at U+${code.toString(16)} (pass ${pass})`);
      }
    }
    expect(test('。'.charCodeAt(0))).toBe(true);
    expect(test('，'.charCodeAt(0))).toBe(false);
  });

  it('refuses a regex that keeps state between calls', () => {
    expect(() => charTest(/[。]/g)).toThrow(/keeps state/);
    expect(() => charTest(/[。]/y)).toThrow(/keeps state/);
  });
});
