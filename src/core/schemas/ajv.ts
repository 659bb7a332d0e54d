/**
 * How the two JSON Schemas (the PipelineSpec and the config file) are compiled: one Ajv per
 * schema, its options and its `kfpOneof` keyword. Used twice: at build time, where
 * scripts/build.mjs turns these Ajv instances into standalone code (dist/ compiles no schema at
 * run time), and by the source form of ./pipeline-spec.ts and ./config.ts (tests, tsc). Pure.
 */
import { _, Ajv, str, type CodeKeywordDefinition, type KeywordErrorDefinition } from 'ajv';
import configSchema from '../../../schema/kfp-action.schema.json' with { type: 'json' };
import pipelineSpecSchema from '../../../schema/pipeline-spec.schema.json' with { type: 'json' };

/** Exported name → schema reference, per Ajv (the standalone module exports these names). */
export const PIPELINE_SPEC_REFS = {
  pipeline: 'pipeline-spec',
  platform: 'pipeline-spec#/definitions/PlatformSpec',
} as const;
export const CONFIG_REFS = { config: 'kfp-action-config' } as const;

const oneofError: KeywordErrorDefinition = {
  message: ({ params }) =>
    str`sets ${params.setText}, but only one of ${params.groupText} may be set`,
  params: ({ params }) => _`{set: ${params.set}, group: ${params.group}}`,
};

/**
 * Proto `oneof` groups: at most one member of each group may be set. Runs on every message
 * object, so the generated code counts the members first and allocates only on a conflict.
 */
const kfpOneof: CodeKeywordDefinition = {
  keyword: 'kfpOneof',
  type: 'object',
  schemaType: 'array',
  error: oneofError,
  code(cxt) {
    const { gen, data } = cxt;
    for (const group of cxt.schema as string[][]) {
      const count = group
        .map((f) => _`(Object.hasOwn(${data}, ${f}) ? 1 : 0)`)
        .reduce((a, b) => _`${a} + ${b}`);
      gen.if(_`${count} > 1`, () => {
        const fields = _`[${group.map((f) => _`${f}`).reduce((a, b) => _`${a}, ${b}`)}]`;
        const set = gen.const('set', _`${fields}.filter((f) => Object.hasOwn(${data}, f))`);
        const setText = gen.const('setText', _`${set}.map((f) => '"' + f + '"').join(' and ')`);
        cxt.setParams({ set, group: fields, setText, groupText: _`${group.join(', ')}` });
        cxt.error(true);
      });
    }
  },
};

/** `code.source` and `code.esm` let standalone code be generated from the instance. */
export function pipelineSpecAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  ajv.addKeyword(kfpOneof);
  ajv.addSchema(pipelineSpecSchema, PIPELINE_SPEC_REFS.pipeline);
  return ajv;
}

export function configAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    code: { source: true, esm: true },
  });
  ajv.addSchema(configSchema, CONFIG_REFS.config);
  return ajv;
}
