/**
 * The config file's JSON Schema (schema/kfp-action.schema.json, shipped for editors); its
 * validator is compiled at build time (src/core/schemas/config.ts). Pure.
 */
import type { ErrorObject } from 'ajv';
import { configValidator } from '../schemas/config.js';

/** Schema errors of a parsed config (empty when it conforms). */
export function schemaErrors(value: unknown): ErrorObject[] {
  const validate = configValidator();
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
