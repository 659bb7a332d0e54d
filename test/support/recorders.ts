/** Test doubles of the edge and the logger that keep everything they are handed. */
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Edge } from '../../src/ports/edge.js';
import type { Logger } from '../../src/ports/logger.js';

/** A logger that keeps every line. */
export function recordingLogger(lines: string[] = [], prefix = ''): Logger & { lines: string[] } {
  const p = prefix ? `[${prefix}] ` : '';
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${p}${m}`),
    info: (m) => void lines.push(`${p}${m}`),
    warning: (m) => void lines.push(`warning: ${p}${m}`),
    error: (m) => void lines.push(`error: ${p}${m}`),
    group: async (title, fn) => {
      lines.push(`${p}## ${title}`);
      return fn();
    },
    withNamespace: (ns) => recordingLogger(lines, prefix ? `${prefix}:${ns}` : ns),
  };
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
