/**
 * The PipelineSpec validators. This is the source form, which compiles the schema with Ajv on
 * first use (tests, type checks); scripts/build.mjs replaces this module in dist/ with ajv's
 * standalone code generated from the same Ajv at build time, exporting the same names, so the
 * shipped action compiles no schema when it runs. Pure.
 */
import type { ValidateFunction } from 'ajv';
import { PIPELINE_SPEC_REFS, pipelineSpecAjv } from './ajv.js';

export interface PipelineSpecValidators {
  readonly pipeline: ValidateFunction;
  readonly platform: ValidateFunction;
}

let compiled: PipelineSpecValidators | undefined;

export function pipelineSpecValidators(): PipelineSpecValidators {
  if (compiled) return compiled;
  const ajv = pipelineSpecAjv();
  compiled = {
    pipeline: ajv.getSchema(PIPELINE_SPEC_REFS.pipeline)!,
    platform: ajv.getSchema(PIPELINE_SPEC_REFS.platform)!,
  };
  return compiled;
}

/** True in dist/ (the standalone form), false here. */
export const PRECOMPILED = false;
