import { formatDiagnostic } from '../../core/diagnostics.js';
import type { Edge } from '../../ports/edge.js';
import type { Logger } from '../../ports/logger.js';

/** Terminal edge: findings as `file:line:col: severity: message` on stderr, results on stdout. */
export function cliEdge(
  stdout: (s: string) => void = (s) => void process.stdout.write(s),
  stderr: (s: string) => void = (s) => void process.stderr.write(s),
): Edge {
  return {
    kind: 'cli',
    report: (diagnostics) => {
      for (const d of diagnostics) stderr(formatDiagnostic(d) + '\n');
    },
    // Outputs and the summary belong to the Actions runner; the CLI prints its results instead.
    setOutput: () => {},
    appendSummary: async () => {},
    print: (text) => stdout(text.endsWith('\n') ? text : text + '\n'),
  };
}

/** Logger on stderr; `verbose` shows debug lines. Timestamps when stderr is not a terminal. */
export function cliLogger(
  verbose: boolean,
  namespace = '',
  write: (s: string) => void = (s) => void process.stderr.write(s),
  isTty: boolean = Boolean(process.stderr.isTTY),
): Logger {
  const p = namespace ? `[${namespace}] ` : '';
  const line = (m: string) => write(`${isTty ? '' : new Date().toISOString() + ' '}${p}${m}\n`);
  return {
    debug: (m) => (verbose ? line(`debug: ${m}`) : undefined),
    info: (m) => line(m),
    warning: (m) => line(`warning: ${m}`),
    error: (m) => line(`error: ${m}`),
    group: async (title, fn) => {
      line(`== ${title}`);
      return fn();
    },
    withNamespace: (ns) => cliLogger(verbose, namespace ? `${namespace}:${ns}` : ns, write, isTty),
  };
}
