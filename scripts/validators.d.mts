import type { Plugin } from 'esbuild';

/** ajv standalone ES modules, generated from src/core/schemas/ajv.ts, keyed by module name. */
export declare function generateValidators(
  root: string,
): Promise<{ 'pipeline-spec': string; config: string }>;
/** esbuild plugin serving src/core/schemas/{pipeline-spec,config}.ts as the generated code. */
export declare function precompiledValidatorsPlugin(root: string): Promise<Plugin>;
