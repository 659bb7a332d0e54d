/**
 * The config file's JSON Schema (schema/kfp-action.schema.json, shipped for editors) compiled
 * once with ajv. Pure.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schema/kfp-action.schema.json' with { type: 'json' };

let compiled: ValidateFunction | undefined;

/** Schema errors of a parsed config (empty when it conforms). */
export function schemaErrors(value: unknown): ErrorObject[] {
  compiled ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
  return compiled(value) ? [] : [...(compiled.errors ?? [])];
}
