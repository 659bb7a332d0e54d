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
  const s =
    typeof value === 'number' && !Number.isFinite(value)
      ? String(value)
      : (JSON.stringify(value) ?? String(value));
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** The path (`[2].x`) of the first non-finite number (NaN, ±Infinity) in a value, if any. */
function nonFinite(value: unknown, at = ''): { at: string; value: number } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { at, value };
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nonFinite(v, `${at}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nonFinite(v, `${at}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Parses parameter values given as JSON (an input, a `--param` flag). JSON.parse rounds an
 * integer literal beyond ±(2^53 − 1) to the nearest double and a literal like `1e400` to
 * Infinity (which JSON then writes as null): both are refused here, with the literal, instead of
 * sending a different value. Throws a plain Error whose message says which literal and why.
 */
export function parseParameterJson(text: string): unknown {
  const bad: string[] = [];
  // The reviver's third argument (`context.source`, the literal's text) is Node ≥ 21's
  // JSON.parse source text access; TypeScript's lib does not declare it yet.
  const reviver = (_key: string, v: unknown, context?: { source?: string }): unknown => {
    const source = context?.source;
    if (typeof v === 'number' && source !== undefined) {
      if (!Number.isFinite(v))
        bad.push(`${source} is too large for a number (it would become null)`);
      else if (/^-?\d+$/.test(source) && !Number.isSafeInteger(v))
        bad.push(
          `${source} is an integer beyond ±${MAX_SAFE} (2^53 − 1): it would be rounded to ${v}; pass it as a string`,
        );
    }
    return v;
  };
  const value: unknown = JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1]);
  if (bad.length) throw new Error(bad.join('; '));
  return value;
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
  const diagnostics: Diagnostic[] = [];
  const error = (code: string, message: string, path: string) =>
    diagnostics.push({
      code,
      severity: 'error',
      message: `${message} (values from ${source})`,
      path,
    });
  // Only the spec's own inputs: `toString`, `constructor` or `__proto__` are no input of a plain
  // object's prototype.
  const has = (o: object, name: string) => Object.prototype.hasOwnProperty.call(o, name);
  const values = new Map<string, ParameterValue>();
  for (const [name, value] of Object.entries(given)) {
    const decl = has(declared, name) ? declared[name] : undefined;
    const path = `root.inputDefinitions.parameters.${name}`;
    if (!decl) {
      error(
        'parameter/unknown',
        `parameter "${name}" is not an input of pipeline ${spec.pipelineInfo?.name ?? ''}; its inputs are: ${names.join(', ') || '(none)'}`,
        path,
      );
      continue;
    }
    const infinite = nonFinite(value);
    if (infinite) {
      error(
        'parameter/not-finite',
        `parameter "${name}" ${infinite.at ? `holds ${infinite.value} at ${infinite.at}` : `is ${infinite.value}`}: JSON, and so Vertex AI, cannot carry NaN or Infinity (it would become null); use a finite number`,
        path,
      );
      continue;
    }
    const typed = coerceParameter(decl.parameterType, value);
    if (
      decl.parameterType === 'NUMBER_INTEGER' &&
      typeof typed === 'number' &&
      !Number.isSafeInteger(typed)
    ) {
      error(
        'parameter/unsafe-integer',
        `parameter "${name}" is ${show(value)}, beyond ±${MAX_SAFE} (2^53 − 1): it cannot be sent exactly (it would become ${typed}); use a smaller integer or a STRING input`,
        path,
      );
      continue;
    }
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
    values.set(name, typed);
  }
  for (const [name, decl] of Object.entries(declared)) {
    if (has(given, name) || decl.isOptional || decl.defaultValue !== undefined) continue;
    error(
      'parameter/missing',
      `pipeline input "${name}" (${decl.parameterType ?? 'parameter'}) has no default and no value: set it under \`parameters\` in the config or in the \`parameters\` input`,
      `root.inputDefinitions.parameters.${name}`,
    );
  }
  // fromEntries defines own properties: a `__proto__` input stays a value, not a prototype.
  return { values: Object.fromEntries(values), diagnostics };
}
