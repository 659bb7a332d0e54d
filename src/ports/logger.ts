/** A namespaced logger handed to everything that talks; tests pass `nullLogger` or a recorder. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A collapsible group in the Actions log; a heading on a terminal. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** A logger whose lines start with `[namespace]`. */
  withNamespace(namespace: string): Logger;
}

export const nullLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_title, fn) => fn(),
  withNamespace: () => nullLogger,
};

/** A logger that keeps every line, for tests and for folding a log into a report. */
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
