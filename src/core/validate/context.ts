/**
 * What every check family receives: the loaded document and one way to report a finding at a
 * path. The reporter turns the path into file, line and column (from the YAML positions) and a
 * dotted path, so checks only ever speak in document paths.
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { LoadedSpec, SpecPath } from '../spec/load.js';
import type { ComponentSpec, PipelineSpec } from '../spec/types.js';

export interface ReportOptions {
  /** The task or component the finding concerns. */
  readonly task?: string;
  readonly severity?: Severity;
  /** 1 for the second YAML document (the platform spec). */
  readonly document?: 0 | 1;
}

export interface CheckContext {
  readonly loaded: LoadedSpec;
  readonly spec: PipelineSpec;
  report(code: string, message: string, path: SpecPath, options?: ReportOptions): void;
}

/** A family of checks (schema, graph, types, placeholders, naming, platform). */
export type Check = (ctx: CheckContext) => void;

/** `root.dag.tasks.train.inputs`, with list indexes as `[2]`. Paths in the platform document
 * start with `platforms`, a key the pipeline document does not have. */
function formatPath(path: SpecPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** Messages quote names a PR author chose; control characters in them must not break the
 * one-line-per-finding output (or forge a second line). */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** The task (innermost `…tasks.<name>`), else the component or executor, a path is inside. */
export function ownerOf(path: SpecPath): string | undefined {
  for (let i = path.length - 2; i >= 0; i--) {
    if (path[i] === 'tasks' && typeof path[i + 1] === 'string') return path[i + 1] as string;
  }
  if (path[0] === 'components' && typeof path[1] === 'string') return path[1];
  if (path[0] === 'root' && path.length > 1) return 'root';
  const executors = path.indexOf('executors');
  if (executors !== -1 && typeof path[executors + 1] === 'string') {
    return path[executors + 1] as string;
  }
  return undefined;
}

export function createContext(loaded: LoadedSpec, sink: Diagnostic[]): CheckContext {
  return {
    loaded,
    spec: loaded.spec,
    report(code, message, path, options = {}) {
      const document = options.document ?? 0;
      const { line, column } = loaded.locate(path, document);
      const task = options.task ?? ownerOf(path);
      sink.push({
        code,
        severity: options.severity ?? 'error',
        message: oneLine(message),
        file: loaded.file,
        line,
        column,
        path: formatPath(path),
        ...(task !== undefined ? { task: oneLine(task) } : {}),
      });
    },
  };
}

// Defensive readers: checks run on documents that may have failed the schema, so they never
// assume a shape.

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function entriesOf(value: unknown): [string, Record<string, unknown>][] {
  const r = asRecord(value);
  if (!r) return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const key of Object.keys(r)) {
    const v = asRecord(r[key]);
    if (v) out.push([key, v]);
  }
  return out;
}

export function has(value: Record<string, unknown> | undefined, key: string): boolean {
  return value !== undefined && Object.hasOwn(value, key);
}

/** The four definition maps of a component (empty when absent or malformed). */
export function definitions(component: ComponentSpec | Record<string, unknown> | undefined) {
  const c = asRecord(component);
  const inputs = asRecord(c?.inputDefinitions);
  const outputs = asRecord(c?.outputDefinitions);
  return {
    inputParameters: asRecord(inputs?.parameters) ?? {},
    inputArtifacts: asRecord(inputs?.artifacts) ?? {},
    outputParameters: asRecord(outputs?.parameters) ?? {},
    outputArtifacts: asRecord(outputs?.artifacts) ?? {},
  };
}

/** One DAG under check: the component that owns it, its tasks, and the components they call. */
export interface DagScope {
  readonly ctx: CheckContext;
  /** The enclosing component's name and definitions. */
  readonly owner: string;
  readonly ownerDefs: ReturnType<typeof definitions>;
  readonly tasks: Record<string, unknown>;
  readonly components: Record<string, unknown>;
}

/** The name a task's `componentRef` gives (undefined when it has none). */
export function componentRefOf(task: unknown): string | undefined {
  return asString(asRecord(asRecord(task)?.componentRef)?.name);
}

/** The component a task of this DAG calls (undefined when the reference does not resolve). */
export function calleeOf(scope: DagScope, task: string): Record<string, unknown> | undefined {
  const ref = componentRefOf(scope.tasks[task]);
  return ref === undefined ? undefined : asRecord(scope.components[ref]);
}

/** `a, b, c` (at most `max` names, then `…`), or `none`. */
export function nameList(names: readonly string[], max = 8): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  return names.length > max ? `${shown.join(', ')}, … (${names.length} in all)` : shown.join(', ');
}
