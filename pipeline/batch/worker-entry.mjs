// Worker-thread entry. Worker threads do not inherit the module loader of the main thread, so each
// loads the worker module the way the main thread loaded its own: the compiled copy of the sources
// that bin/beishen.mjs found (BEISHEN_COMPILED, see bin/compiled-sources.mjs), or the TypeScript
// through tsx (vitest, bin/run-ts.mjs). Plain .mjs so that Node can start it as is.
import { pathToFileURL } from 'node:url';

const compiled = process.env.BEISHEN_COMPILED;
if (compiled) {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(`${compiled}/pipeline/batch/worker-thread.js`).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./worker-thread.ts');
}
