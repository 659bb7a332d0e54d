/**
 * Log text that cannot start a workflow command. The Actions runner reads every line a step
 * writes to stdout or stderr, trimmed, as a command when it starts with `::` (or the legacy
 * `##[`): a pipeline name, a Python message or a task's output holding a newline and
 * `::error file=…::` would otherwise forge an annotation, and `::stop-commands::` or
 * `::add-mask::` could change what the rest of the log means.
 *
 * Commands we issue ourselves (annotations, debug, groups, setFailed) go through @actions/core,
 * which escapes their data (`%`, `\r`, `\n`) and properties (also `:` and `,`). Plain lines go
 * through `logText`: the first character of any line that would parse as a command is written the
 * way @actions/core escapes it (`:` → `%3A`, `#` → `%23`), so the line shows as text and starts
 * nothing. Every line break (`\r\n`, `\r`, `\n`) counts, as the runner splits on each.
 */
const COMMAND_START = /^(\s*)(::|##\[)/;

export function logText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line.replace(COMMAND_START, (_m, space: string, start: string) =>
        start === '::' ? `${space}%3A:` : `${space}%23#[`,
      ),
    )
    .join('\n');
}
