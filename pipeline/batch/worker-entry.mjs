// Worker-thread entry. Worker threads do not inherit the TypeScript loader that bin/beishen.mjs
// (tsx) or vitest installed in the main thread, so each worker registers tsx itself before
// loading the TypeScript worker module. Plain .mjs so that Node can start it as is.
import { register } from 'tsx/esm/api';

register();
await import('./worker-thread.ts');
