// Tests validate reports with the same validator `beishen render` uses on its input.
export { reportErrors as reportSchemaErrors } from '../../reports/schemas/report-validator.ts';
