/**
 * Findings are data: every check in the pure core returns diagnostics, and only the edges
 * (src/main.ts, src/cli.ts and the report renderers) turn them into annotations, `file:line: msg`
 * lines, JSON or comment text. Every `code` is documented in docs/TROUBLESHOOTING.md.
 */
export type Severity = 'error' | 'warning' | 'notice';

export interface Diagnostic {
  /** Stable identifier, e.g. `schema/unknown-field`, `graph/cycle`, `compile/syntax-error`. */
  readonly code: string;
  readonly severity: Severity;
  /** One line for a human: what is wrong, the value, and where possible what to do. */
  readonly message: string;
  /** File the finding is about, relative to the working directory where possible. */
  readonly file?: string;
  /** 1-based line and column in `file`. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Dotted path inside the document, e.g. `root.dag.tasks.train-model.inputs`. */
  readonly path?: string;
  /** The task or component the finding concerns. */
  readonly task?: string;
  /**
   * Where the finding was made in the compiled IR, when `file`/`line` were moved to the Python
   * source it came from. Kept for JSON and SARIF; not shown in messages.
   */
  readonly compiledAt?: { readonly file: string; readonly line: number };
}

export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

/** `file:line:column: message` (the CLI's and compilers' conventional form). */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((p) => p !== undefined && p !== '')
    .join(':');
  const task = d.task ? ` [${d.task}]` : '';
  return `${where ? `${where}: ` : ''}${d.severity}: ${d.message}${task} (${d.code})`;
}

/** Errors carried across layers as values: a message plus the diagnostics behind it. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
    /** Process exit code the edge should use (1 = the input is bad, 2 = usage). */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
