import { collectFiles } from '../pipeline/batch/collect-files.ts';
console.log(await collectFiles([process.argv[2]!]));
