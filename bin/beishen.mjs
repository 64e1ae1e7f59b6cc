#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step, so `npx beishen` works right
// after `npm install` and always runs what is in the tree.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
