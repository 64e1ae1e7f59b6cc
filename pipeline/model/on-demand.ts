// The YAML parser and the JSON Schema compiler, required on first use. Importing them statically put
// them in the start-up of every `check` (yaml ~70 ms and ajv ~50 ms of CPU in the main process, yaml again
// in each worker) though a check reads YAML or compiles a schema only when the user gives it a config,
// a review file or a report to re-render. Both are CommonJS packages: require returns what import did.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const yamlLib = (): typeof import('yaml') => require('yaml') as typeof import('yaml');
export const ajvLib = (): typeof import('ajv') => require('ajv') as typeof import('ajv');
export const ajv2020Lib = (): typeof import('ajv/dist/2020.js') => require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
export const ajvFormatsLib = (): typeof import('ajv-formats') => require('ajv-formats') as typeof import('ajv-formats');
