// Kept answers of pure functions of one string, for the hot paths that ask the same question again: a
// function's answer for the last argument (a clause compared with every paragraph of a law, one after
// another), or its answers per argument up to a bound (texts that recur across documents: the corpus's
// articles, the numerals of headings and dates; the named laws' articles on a day). The functions must not return
// undefined.

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
  return keepUpToBy((key: string) => key, fn, limit);
}

/** `fn` of several arguments with its answers kept per `key` of them (a string that stands for everything the answer
 *  depends on); all are forgotten when `limit` are kept. */
export function keepUpToBy<A extends unknown[], R>(key: (...args: A) => string, fn: (...args: A) => R, limit: number): (...args: A) => R {
  const kept = new Map<string, R>();
  return (...args) => {
    const k = key(...args);
    let r = kept.get(k);
    if (r === undefined) {
      if (kept.size >= limit) kept.clear();
      kept.set(k, (r = fn(...args)));
    }
    return r;
  };
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/** A number for an object, the same for as long as it lives: a key's way to name an object it was asked about (a law's
 *  text, a list of retrieved articles) without the object's contents. */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}
