// Kept answers of pure functions of one string, for the hot paths that ask the same question again: a
// function's answer for the last argument (a clause compared with every paragraph of a law, one after
// another), or its answers per argument up to a bound (texts that recur across documents: the corpus's
// articles, the numerals of headings and dates). The functions must not return undefined.

/** `fn` with its answer for the last argument kept. */
export function keepLast<R>(fn: (key: string) => R): (key: string) => R {
  let lastKey: string | undefined;
  let last: R;
  return (key) => {
    if (key !== lastKey) {
      last = fn(key);
      lastKey = key;
    }
    return last;
  };
}

/** `fn` with its answers kept per argument; all are forgotten when `limit` are kept. */
export function keepUpTo<R>(fn: (key: string) => R, limit: number): (key: string) => R {
  const kept = new Map<string, R>();
  return (key) => {
    let r = kept.get(key);
    if (r === undefined) {
      if (kept.size >= limit) kept.clear();
      kept.set(key, (r = fn(key)));
    }
    return r;
  };
}
