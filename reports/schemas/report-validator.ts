// Validates a report.json against the published contract (reports/report.schema.json) before it is
// re-rendered: `beishen render` must never draw a report from a file it does not understand.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictRequired: false });
    addFormats.default(ajv);
    validate = ajv.compile(schema);
  }
  return validate;
}

/** Schema errors as readable lines (empty when the report is valid). */
export function reportErrors(report: unknown): string[] {
  const v = validator();
  if (v(report)) return [];
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
