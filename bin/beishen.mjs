#!/usr/bin/env node
// Runs the TypeScript sources without a build step: from the content-keyed compiled copy when it can
// be had (compiled-sources.mjs: plain Node, no loader thread), else through tsx. Either way what runs
// is what is in the tree, so `npx beishen` works right after `npm install`.
import { pathToFileURL } from 'node:url';
import { compiledSources } from './compiled-sources.mjs';

const compiled = await compiledSources();
let main;
if (compiled) {
  // Worker threads (worker-entry.mjs) load the same copy.
  process.env.BEISHEN_COMPILED = compiled;
  process.setSourceMapsEnabled(true);
  ({ main } = await import(pathToFileURL(`${compiled}/pipeline/cli/main.js`).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
