/**
 * Check an export against the contract schema (contract/analysis.schema.json, draft 2020-12).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';

const SCHEMA_URL = new URL('../../contract/analysis.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema: unknown = JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));
    validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema as object);
  }
  return validator;
}

/** Validate an export; returns readable problems, empty when valid. */
export function validateExport(value: unknown): string[] {
  const validate = getValidator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
