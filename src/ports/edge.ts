import type { Diagnostic } from '../core/diagnostics.js';

/**
 * Where a command's results leave the process. The action's edge writes annotations,
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`; the CLI's edge prints `file:line:col: message`
 * lines, prints outputs as `name=value` only when asked, and ignores the summary.
 */
export interface Edge {
  readonly kind: 'action' | 'cli';
  /** Annotations in the action, `file:line:col: severity: message` lines in the CLI. */
  report(diagnostics: readonly Diagnostic[]): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** Plain result text for stdout (JSON or tables in the CLI; the log in the action). */
  print(text: string): void;
}
