/**
 * The config file's validator. Source form: compiles schema/kfp-action.schema.json with Ajv on
 * first use; in dist/ scripts/build.mjs replaces this module with standalone code generated at
 * build time (see ./pipeline-spec.ts). Pure.
 */
import type { ValidateFunction } from 'ajv';
import { CONFIG_REFS, configAjv } from './ajv.js';

let compiled: ValidateFunction | undefined;

export function configValidator(): ValidateFunction {
  compiled ??= configAjv().getSchema(CONFIG_REFS.config)!;
  return compiled;
}

/** True in dist/ (the standalone form), false here. */
export const PRECOMPILED = false;
