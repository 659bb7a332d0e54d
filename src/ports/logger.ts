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
