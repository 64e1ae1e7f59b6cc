// Validates a report.json against the published contract (reports/report.schema.json) before it is
// re-rendered: `beishen render` must never draw a report from a file it does not understand.
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { ajv2020Lib, ajvFormatsLib } from '../../pipeline/model/on-demand.ts';

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8'));
    const ajv = new (ajv2020Lib().default)({ allErrors: true, strict: true, strictRequired: false });
    ajvFormatsLib().default(ajv);
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
