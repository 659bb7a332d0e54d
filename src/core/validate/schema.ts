/**
 * Schema check: the document against schema/pipeline-spec.schema.json (written from the
 * PipelineSpec proto; unknown fields are errors as in the KFP backend). The platform document is
 * checked against the schema's PlatformSpec definition. The validators are compiled at build time
 * (src/core/schemas/).
 */
import type { ErrorObject } from 'ajv';
import { pointerToPath } from '../json-pointer.js';
import { pipelineSpecValidators } from '../schemas/pipeline-spec.js';
import type { SpecPath } from '../spec/load.js';
import type { Check, CheckContext } from './context.js';

function describe(value: unknown): string {
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
  return `${typeof value} ${short}`;
}

const snakeToCamel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function messageName(schema: unknown): string {
  const d = (schema as { description?: unknown } | undefined)?.description;
  return typeof d === 'string' && d.startsWith('ml_pipelines.') ? d : 'this mapping';
}

const expectedWords: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  integer: 'an integer',
  number: 'a number',
};

/** One finding per ajv error, except that errors inside an `anyOf` give way to the `anyOf`. */
function reportErrors(
  ctx: CheckContext,
  errors: readonly ErrorObject[],
  document: 0 | 1,
  prefix: SpecPath,
): void {
  const anyOfPaths = errors
    .filter((e) => e.keyword === 'anyOf')
    .map((e) => `${e.instancePath}|${e.schemaPath}/`);
  for (const e of errors) {
    if (anyOfPaths.some((a) => `${e.instancePath}|${e.schemaPath}`.startsWith(a))) continue;
    const path = [...prefix, ...pointerToPath(e.instancePath)];
    const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the document';
    const report = (code: string, message: string, at: SpecPath = path) =>
      ctx.report(code, message, at, { document });
    switch (e.keyword) {
      case 'additionalProperties': {
        const name = String((e.params as { additionalProperty: string }).additionalProperty);
        const known = Object.keys(
          (e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {},
        );
        const camel = snakeToCamel(name);
        const hint =
          camel !== name && known.includes(camel)
            ? `; did you mean "${camel}"? (compiled IR uses camelCase)`
            : `; known fields: ${known.join(', ')}`;
        report(
          'schema/unknown-field',
          `unknown field "${name}" in ${messageName(e.parentSchema)}: the KFP backend rejects unknown fields${hint}`,
          [...path, name],
        );
        break;
      }
      case 'required': {
        const name = String((e.params as { missingProperty: string }).missingProperty);
        report(
          'schema/missing-field',
          `required field "${name}" is missing from ${path.length ? field : 'the top level'}; the KFP backend refuses a pipeline without it`,
        );
        break;
      }
      case 'type': {
        const want = String((e.params as { type: string | string[] }).type)
          .split(',')
          .map((t) => expectedWords[t] ?? t)
          .join(' or ');
        report('schema/wrong-type', `${field} must be ${want}, got ${describe(e.data)}`);
        break;
      }
      case 'anyOf': {
        const branches = ((e.schema as unknown[]) ?? []) as { enum?: string[]; type?: string }[];
        const names = branches.find((b) => Array.isArray(b.enum))?.enum;
        if (names) {
          report(
            'schema/bad-enum',
            `${field} is ${describe(e.data)}; it must be one of ${names.join(', ')}`,
          );
        } else {
          const want = branches.some((b) => b.type === 'number') ? 'a number' : 'an integer';
          report('schema/wrong-type', `${field} must be ${want}, got ${describe(e.data)}`);
        }
        break;
      }
      case 'kfpOneof':
        report(
          'schema/oneof-conflict',
          `${field === 'the document' ? 'the document' : field} ${e.message ?? ''}`,
        );
        break;
      case 'pattern':
        report(
          'schema/bad-value',
          `${field} is ${describe(e.data)}; expected a duration such as "30s"`,
        );
        break;
      default:
        report('schema/invalid', `${field} ${e.message ?? 'is invalid'}`);
    }
  }
}

export const checkSchema: Check = (ctx) => {
  const { pipeline, platform } = pipelineSpecValidators();
  if (!pipeline(ctx.spec)) reportErrors(ctx, pipeline.errors ?? [], 0, []);
  if (ctx.loaded.platform !== undefined && !platform(ctx.loaded.platform)) {
    reportErrors(ctx, platform.errors ?? [], 1, []);
  }
};
