import { formatDiagnostic } from '../../core/diagnostics.js';
import type { Edge } from '../../ports/edge.js';
import type { Logger } from '../../ports/logger.js';
import { logText } from './log-text.js';

/**
 * Terminal edge: findings as `file:line:col: severity: message` on stderr, results on stdout.
 * The CLI also runs inside workflow steps, where the runner reads both streams for workflow
 * commands: every line goes through logText.
 */
export function cliEdge(
  stdout: (s: string) => void = (s) => void process.stdout.write(s),
  stderr: (s: string) => void = (s) => void process.stderr.write(s),
): Edge {
  return {
    kind: 'cli',
    report: (diagnostics) => {
      for (const d of diagnostics) stderr(logText(formatDiagnostic(d)) + '\n');
    },
    // Outputs and the summary belong to the Actions runner; the CLI prints its results instead.
    setOutput: () => {},
    appendSummary: async () => {},
    print: (text) => stdout(logText(text.endsWith('\n') ? text.slice(0, -1) : text) + '\n'),
  };
}

/**
 * Whether to colour terminal output, as Node.js itself decides: FORCE_COLOR set colours (except
 * `0` / `false`, which turn it off) and wins over NO_COLOR, as Node warns; else NO_COLOR set
 * (https://no-color.org) turns it off; else only a terminal that is not `TERM=dumb` gets colour.
 */
export function colorEnabled(
  env: Readonly<Record<string, string | undefined>>,
  isTty: boolean,
): boolean {
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (env.NO_COLOR) return false;
  return isTty && env.TERM !== 'dumb';
}

/** Logger on stderr; `verbose` shows debug lines. Timestamps when stderr is not a terminal;
 * `color` paints the `warning:` and `error:` prefixes (see colorEnabled). */
export function cliLogger(
  verbose: boolean,
  namespace = '',
  write: (s: string) => void = (s) => void process.stderr.write(s),
  isTty: boolean = Boolean(process.stderr.isTTY),
  color = false,
): Logger {
  const p = namespace ? `[${namespace}] ` : '';
  const line = (m: string) =>
    write(logText(`${isTty ? '' : new Date().toISOString() + ' '}${p}${m}`) + '\n');
  const paint = (code: number, label: string) =>
    color ? `\u001b[${code}m${label}\u001b[39m` : label;
  return {
    debug: (m) => (verbose ? line(`debug: ${m}`) : undefined),
    info: (m) => line(m),
    warning: (m) => line(`${paint(33, 'warning:')} ${m}`),
    error: (m) => line(`${paint(31, 'error:')} ${m}`),
    group: async (title, fn) => {
      line(`== ${title}`);
      return fn();
    },
    withNamespace: (ns) =>
      cliLogger(verbose, namespace ? `${namespace}:${ns}` : ns, write, isTty, color),
  };
}
