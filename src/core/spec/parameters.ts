/**
 * Parameter values for a run, checked against the pipeline's root inputs
 * (`root.inputDefinitions.parameters`) before anything is submitted: unknown names, wrong types,
 * required inputs without a value, values outside `literals`. Text that clearly means a number or
 * a boolean (`"5"`, `"true"` — from a CLI flag or an env var) is converted to the declared type.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ParameterValue } from '../result/model.js';
import type { ParameterSpec, ParameterType, PipelineSpec } from './types.js';

export interface CheckedParameters {
  /** The values to send, typed as the spec declares; inputs left out use their defaults. */
  readonly values: Record<string, ParameterValue>;
  readonly diagnostics: Diagnostic[];
}

const TYPE_WORD: Partial<Record<ParameterType, string>> = {
  NUMBER_INTEGER: 'an integer',
  NUMBER_DOUBLE: 'a number',
  STRING: 'a string',
  BOOLEAN: 'true or false',
  LIST: 'a list',
  STRUCT: 'an object',
};

function show(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** The value converted to `type`, or undefined when it cannot be. */
export function coerceParameter(
  type: ParameterType | undefined,
  value: ParameterValue,
): ParameterValue | undefined {
  switch (type) {
    case 'NUMBER_INTEGER': {
      const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
    }
    case 'NUMBER_DOUBLE': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    }
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return undefined;
    case 'STRING':
      return typeof value === 'string' ? value : undefined;
    case 'LIST':
      return Array.isArray(value) ? value : undefined;
    case 'STRUCT':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
    default:
      // TASK_FINAL_STATUS / unspecified: not a root input a user sets; pass it through.
      return value;
  }
}

/** Checks `given` against the spec's root inputs; `source` names where the values came from. */
export function checkParameters(
  spec: PipelineSpec,
  given: Readonly<Record<string, ParameterValue>>,
  source: string,
): CheckedParameters {
  const declared: Record<string, ParameterSpec> = spec.root?.inputDefinitions?.parameters ?? {};
  const names = Object.keys(declared);
  const values: Record<string, ParameterValue> = {};
  const diagnostics: Diagnostic[] = [];
  const error = (code: string, message: string, path: string) =>
    diagnostics.push({
      code,
      severity: 'error',
      message: `${message} (values from ${source})`,
      path,
    });
  for (const [name, value] of Object.entries(given)) {
    const decl = declared[name];
    const path = `root.inputDefinitions.parameters.${name}`;
    if (!decl) {
      error(
        'parameter/unknown',
        `parameter "${name}" is not an input of pipeline ${spec.pipelineInfo?.name ?? ''}; its inputs are: ${names.join(', ') || '(none)'}`,
        path,
      );
      continue;
    }
    const typed = coerceParameter(decl.parameterType, value);
    if (typed === undefined) {
      error(
        'parameter/type',
        `parameter "${name}" must be ${TYPE_WORD[decl.parameterType!] ?? decl.parameterType} (${decl.parameterType}), got ${show(value)}`,
        path,
      );
      continue;
    }
    if (Array.isArray(decl.literals) && decl.literals.length > 0) {
      const allowed = decl.literals.map((l) => JSON.stringify(l));
      if (!allowed.includes(JSON.stringify(typed))) {
        error(
          'parameter/not-allowed',
          `parameter "${name}" is ${show(typed)}; allowed: ${allowed.join(', ')}`,
          path,
        );
        continue;
      }
    }
    values[name] = typed;
  }
  for (const [name, decl] of Object.entries(declared)) {
    if (name in given || decl.isOptional || decl.defaultValue !== undefined) continue;
    error(
      'parameter/missing',
      `pipeline input "${name}" (${decl.parameterType ?? 'parameter'}) has no default and no value: set it under \`parameters\` in the config or in the \`parameters\` input`,
      `root.inputDefinitions.parameters.${name}`,
    );
  }
  return { values, diagnostics };
}
