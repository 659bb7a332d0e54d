/**
 * PyYAML (which the KFP compiler uses) writes multi-line quoted scalars inside block sequences
 * with continuation lines indented only as far as the `-`:
 *
 *           - "\nif ! [ -x \"$(command -v pip)\" ]; then\n    python3 -m ensurepip ||\
 *           \ python3 -m ensurepip --user …"
 *
 * YAML 1.2 requires continuation lines to be indented further, so strict parsers (and `yaml`)
 * stop with "Missing closing quote". Leading white space of a continuation line is not part of a
 * quoted scalar's value, so indenting those lines further changes nothing but their columns:
 * that is the whole repair. It is applied only where the parser failed, one scalar at a time.
 */

/** Where a quoted scalar opens on a line: after optional `- ` items and an optional `key: `. */
const OPENING = /^( *)((?:- +)*)(?:[^\s"'#][^"'#]*?: +)?(["'])/;

/**
 * Re-indents the continuation lines of the quoted scalar that opens on `line` (1-based) so they
 * are deeper than that line. Returns the new text, or undefined when there is nothing to repair.
 */
export function reindentQuotedScalar(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  const first = lines[line - 1];
  if (first === undefined) return undefined;
  const m = OPENING.exec(first);
  if (!m) return undefined;
  const indent = m[1]!.length;
  const quote = m[3]!;
  const need = indent + m[2]!.length + 1;
  // Find the closing quote, starting just after the opening one.
  let changed = false;
  let i = line - 1;
  let col = m[0].length;
  for (;;) {
    const current = lines[i]!;
    let closed = false;
    while (col < current.length) {
      const ch = current[col]!;
      if (quote === '"' && ch === '\\') {
        col += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && current[col + 1] === "'") {
          col += 2;
          continue;
        }
        closed = true;
        break;
      }
      col++;
    }
    if (closed) return changed ? lines.join('\n') : undefined;
    i++;
    if (i >= lines.length) return undefined;
    const next = lines[i]!;
    const lead = next.length - next.trimStart().length;
    if (next.trim() !== '' && lead < need) {
      lines[i] = ' '.repeat(need - lead) + next;
      changed = true;
    }
    col = 0;
  }
}

/** How far above the parser's complaint the opening quote is looked for. */
const LOOK_BACK_LINES = 200;

/**
 * The parser reports a missing closing quote where it gave up, which may be below the line the
 * scalar opens on: try the lines from there upwards.
 */
export function repairNear(text: string, errorLine: number): string | undefined {
  for (let line = errorLine; line > 0 && line > errorLine - LOOK_BACK_LINES; line--) {
    const repaired = reindentQuotedScalar(text, line);
    if (repaired !== undefined) return repaired;
  }
  return undefined;
}
