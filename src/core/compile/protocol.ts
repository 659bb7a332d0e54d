/**
 * The JSON that python/kfp_action_compile.py writes (see its docstring), read defensively: the
 * program runs under whatever interpreter the user points us at, so nothing is trusted to be
 * well-formed. Pure.
 */

export interface PythonFrame {
  readonly file: string;
  readonly line: number;
  readonly name: string;
}

export type PythonErrorKind =
  | 'syntax'
  | 'import'
  | 'type'
  | 'missing-argument'
  | 'no-pipeline'
  | 'function-not-found'
  | 'name-not-found'
  | 'duplicate-name'
  | 'error';

export interface PythonError {
  readonly kind: PythonErrorKind;
  /** Python exception class, e.g. `ModuleNotFoundError`. */
  readonly type: string;
  readonly message: string;
  /** SyntaxError's own location (absolute file, 1-based line and column). */
  readonly filename?: string;
  readonly lineno?: number;
  readonly offset?: number;
  /** The traceback, outermost first. */
  readonly frames: readonly PythonFrame[];
  /** The pipeline function the error concerns, when it happened while compiling one. */
  readonly function?: string;
}

export interface PythonPipeline {
  readonly name: string;
  readonly function: string;
  /** Absolute path of the IR YAML written. */
  readonly file: string;
  /** A lone component compiled to a component YAML, or a pipeline. */
  readonly kind: 'pipeline' | 'component';
}

/** A pipeline the module defines, compiled or not (`sub`: another pipeline of it uses it). */
export interface PythonAvailable {
  readonly name: string;
  readonly function: string;
  readonly sub: boolean;
}

export interface PythonJobResult {
  readonly source: string;
  readonly pipelines: readonly PythonPipeline[];
  readonly errors: readonly PythonError[];
  readonly available: readonly PythonAvailable[];
}

export interface PythonEnvironment {
  readonly python: string;
  readonly pythonVersion: string;
  readonly kfp?: string;
  readonly kfpKubernetes?: string;
}

export interface PythonCompileResult extends PythonEnvironment {
  readonly jobs: readonly PythonJobResult[];
}

const KINDS: readonly PythonErrorKind[] = [
  'syntax',
  'import',
  'type',
  'missing-argument',
  'no-pipeline',
  'function-not-found',
  'name-not-found',
  'duplicate-name',
  'error',
];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function parseError(v: unknown): PythonError {
  const o = isObject(v) ? v : {};
  const kind = KINDS.find((k) => k === o.kind) ?? 'error';
  const frames = list(o.frames).flatMap((f): PythonFrame[] => {
    if (!isObject(f)) return [];
    const file = str(f.file);
    const line = int(f.line);
    return file && line ? [{ file, line, name: str(f.name) ?? '?' }] : [];
  });
  const filename = str(o.filename);
  const lineno = int(o.lineno);
  const offset = int(o.offset);
  const fn = str(o.function);
  return {
    kind,
    type: str(o.type) ?? 'Exception',
    message: str(o.message) ?? '(no message)',
    frames,
    ...(filename ? { filename } : {}),
    ...(lineno ? { lineno } : {}),
    ...(offset ? { offset } : {}),
    ...(fn ? { function: fn } : {}),
  };
}

export function parseEnvironment(v: unknown): PythonEnvironment | undefined {
  if (!isObject(v)) return undefined;
  const python = str(v.python);
  const pythonVersion = str(v.pythonVersion);
  if (!python || !pythonVersion) return undefined;
  const kfp = str(v.kfp);
  const kfpKubernetes = str(v.kfpKubernetes);
  return {
    python,
    pythonVersion,
    ...(kfp ? { kfp } : {}),
    ...(kfpKubernetes ? { kfpKubernetes } : {}),
  };
}

/** The compile result, or undefined when the JSON is not one (the program crashed or was replaced). */
export function parseCompileResult(v: unknown): PythonCompileResult | undefined {
  const env = parseEnvironment(v);
  if (!env || !isObject(v) || !Array.isArray(v.jobs)) return undefined;
  const jobs = v.jobs.map((j): PythonJobResult => {
    const o = isObject(j) ? j : {};
    return {
      source: str(o.source) ?? '',
      pipelines: list(o.pipelines).flatMap((p): PythonPipeline[] => {
        if (!isObject(p)) return [];
        const name = str(p.name);
        const file = str(p.file);
        const kind = p.kind === 'component' ? 'component' : 'pipeline';
        return name && file ? [{ name, file, function: str(p.function) ?? name, kind }] : [];
      }),
      errors: list(o.errors).map(parseError),
      available: list(o.available).flatMap((a): PythonAvailable[] => {
        if (!isObject(a)) return [];
        const name = str(a.name);
        return name ? [{ name, function: str(a.function) ?? name, sub: a.sub === true }] : [];
      }),
    };
  });
  return { ...env, jobs };
}
