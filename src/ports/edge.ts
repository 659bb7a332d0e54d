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

/** An edge that keeps everything, for tests of commands. */
export interface RecordingEdge extends Edge {
  readonly diagnostics: Diagnostic[];
  readonly outputs: Record<string, string>;
  readonly summaries: string[];
  readonly printed: string[];
}

export function recordingEdge(kind: 'action' | 'cli' = 'cli'): RecordingEdge {
  const edge: RecordingEdge = {
    kind,
    diagnostics: [],
    outputs: {},
    summaries: [],
    printed: [],
    report: (d) => void edge.diagnostics.push(...d),
    setOutput: (n, v) => void (edge.outputs[n] = v),
    appendSummary: async (m) => void edge.summaries.push(m),
    print: (t) => void edge.printed.push(t),
  };
  return edge;
}
