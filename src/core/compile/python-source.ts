/**
 * Small, tolerant readings of Python source text (no parser): line numbers, the extent of a
 * call, the line of a keyword argument. Used to put findings on the line the user wrote.
 */

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based line of a character index. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Index just past the parenthesis that closes the one at `open` (strings and comments skipped). */
export function closingParen(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return undefined;
      i = eol;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) j += text[j] === '\\' ? 2 : 1;
      i = j + quote.length - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/**
 * 1-based line of the keyword argument `name=` in the call that starts on `callLine`, or
 * undefined. KFP components take keyword arguments only, so a type error about input `x` belongs
 * on the line of `x=` — not on the call's first line, where Python's traceback points.
 */
export function argumentLine(text: string, callLine: number, name: string): number | undefined {
  let start = 0;
  for (let l = 1; l < callLine; l++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  const open = text.indexOf('(', start);
  if (open === -1) return undefined;
  const end = closingParen(text, open) ?? text.length;
  const call = text.slice(open, end);
  const m = new RegExp(`[(,\\s]${escapeRe(name)}[ \\t]*=(?!=)`).exec(call);
  return m ? lineOf(text, open + m.index + 1) : undefined;
}
