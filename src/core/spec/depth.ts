/**
 * Nesting depth, measured by a byte scan before any parser runs (issue 9): a parser's memory and
 * stack grow with the nesting of its input, and 4 MB of `[[[…]]]` made the YAML parser take
 * 2.3 GB. Compiled IR is shallow (messages nest ~15 deep; a parameter default is a protobuf
 * Struct, and the KFP SDK's own loader, protobuf's json_format, refuses more than 100 levels), so
 * anything deeper than MAX_DEPTH is refused with the offset where the limit was crossed. Pure.
 */

/** Deepest nesting of lists and mappings accepted in compiled IR. */
export const MAX_DEPTH = 100;

export interface JsonScan {
  /** Offset of the bracket that went deeper than the limit. */
  readonly tooDeepAt?: number;
  /** Object keys written in the text (compared with the parsed keys, it reveals duplicates,
   * which JSON.parse silently drops). */
  readonly keys: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** End offset of the double-quoted string opening at `open` (-1 when it never closes). */
function closeDoubleQuote(text: string, open: number): number {
  let j = open + 1;
  for (;;) {
    j = text.indexOf('"', j);
    if (j < 0) return -1;
    let k = j - 1;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    if ((j - 1 - k) % 2 === 0) return j;
    j++;
  }
}

/** Depth and key count of JSON text, in one pass over it. */
export function scanJson(text: string, maxDepth = MAX_DEPTH): JsonScan {
  let depth = 0;
  let keys = 0;
  let expectKey = false;
  const isObject: boolean[] = [false];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closeDoubleQuote(text, i);
      if (end < 0) break; // unterminated: JSON.parse reports it
      if (expectKey) keys++;
      expectKey = false;
      i = end;
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return { tooDeepAt: i, keys };
      isObject[depth] = c === 123;
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
      expectKey = false;
    } else if (c === 44) {
      expectKey = isObject[depth] === true;
    }
  }
  return { keys };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 13;

/** Characters that can start a plain (unquoted) YAML scalar: anything but an indicator. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((ch) => ch.charCodeAt(0)));
const plainStart = (c: number) => !INDICATORS.has(c) && !isSpace(c) && c !== 10;

/** End offset of the single-quoted scalar opening at `open` ('' is an escaped quote). */
function closeSingleQuote(text: string, open: number): number {
  let end = text.indexOf("'", open + 1);
  while (end >= 0 && text.charCodeAt(end + 1) === 39) end = text.indexOf("'", end + 2);
  return end;
}

/**
 * Offset where YAML nesting goes deeper than `maxDepth`, or undefined. Counts block nesting by
 * indentation (a stack of the columns where nodes start, `- ` entries included, so `- - - x` is
 * three deep) plus flow nesting (`[`, `{`); skips quoted scalars (across lines), comments and
 * block scalars (`|`, `>`). It may over-count a little (a multi-line plain scalar adds a level),
 * never under-count a flow or block collection. A `key: plain value` line, most of compiled IR,
 * costs two indexOf calls.
 */
export function scanYamlDepth(text: string, maxDepth = MAX_DEPTH): number | undefined {
  const n = text.length;
  const stack: number[] = [];
  let flow = 0;
  let blockParent = -1; // indentation of the line that opened a block scalar
  let i = 0;
  while (i < n) {
    // At a line start.
    let p = i;
    while (p < n && text.charCodeAt(p) === 32) p++;
    const indent = p - i;
    let lineEnd = text.indexOf('\n', p);
    if (lineEnd < 0) lineEnd = n;
    const blank = p >= lineEnd || (text.charCodeAt(p) === 13 && p + 1 >= lineEnd);
    if (blockParent >= 0) {
      if (blank || indent > blockParent) {
        i = lineEnd + 1;
        continue;
      }
      blockParent = -1;
    }
    let q = p;
    if (flow === 0) {
      const c = text.charCodeAt(p);
      if (blank || c === 35 /* # */) {
        i = lineEnd + 1;
        continue;
      }
      if (indent === 0 && (text.startsWith('---', p) || text.startsWith('...', p))) {
        stack.length = 0;
      }
      while (stack.length > 0 && stack[stack.length - 1]! >= indent) stack.pop();
      stack.push(indent);
      if (stack.length > maxDepth) return p;
      if (plainStart(c)) {
        // `key: value` or `key:` or a plain scalar: only a value after `: ` can nest.
        const colon = text.indexOf(': ', p);
        if (colon < 0 || colon >= lineEnd) {
          i = lineEnd + 1;
          continue;
        }
        q = colon + 2;
        while (q < lineEnd && text.charCodeAt(q) === 32) q++;
        if (q >= lineEnd || plainStart(text.charCodeAt(q))) {
          i = lineEnd + 1;
          continue;
        }
      }
    }
    // The rest of the line, character by character (a quoted scalar may carry the scan onto
    // later lines). A token starts at the line's first character, after `- `, `? `, `: `, an
    // anchor or a tag, and in flow context after any separator; elsewhere in block context
    // `[`, `{` and quotes are inside a plain scalar (`see [1`), not flow.
    let tokenStart = true;
    let afterSpace = true;
    let property = false; // the current token is an anchor (&a) or a tag (!t)
    let prev = 32;
    for (; q < n; q++) {
      const c = text.charCodeAt(q);
      if (c === 10) break;
      if (isSpace(c)) {
        tokenStart ||= flow > 0 || prev === 58 || property;
        property = false;
        afterSpace = true;
        prev = c;
        continue;
      }
      const wasAfterSpace = afterSpace;
      const wasTokenStart = tokenStart;
      afterSpace = false;
      tokenStart = false;
      prev = c;
      if (c === 35 && wasAfterSpace) {
        q = text.indexOf('\n', q);
        if (q < 0) q = n;
        break;
      }
      if ((c === QUOTE || c === 39) && (wasTokenStart || flow > 0)) {
        const end = c === QUOTE ? closeDoubleQuote(text, q) : closeSingleQuote(text, q);
        if (end < 0) return undefined; // unterminated: the parser reports it
        q = end;
        prev = 0;
      } else if ((c === 91 || c === 123) && (wasTokenStart || flow > 0)) {
        flow++;
        if (stack.length + flow > maxDepth) return q;
        tokenStart = true;
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
      } else if (c === 44 && flow > 0) {
        tokenStart = true;
      } else if ((c === 38 || c === 33) && wasTokenStart) {
        property = true;
      } else if (flow === 0 && wasTokenStart && (c === 45 || c === 63)) {
        // `- ` or `? `: a node starts after it, one level deeper.
        const next = q + 1 < n ? text.charCodeAt(q + 1) : 10;
        if (next === 10 || isSpace(next)) {
          let r = q + 1;
          while (r < n && isSpace(text.charCodeAt(r))) r++;
          if (r < n && text.charCodeAt(r) !== 10 && text.charCodeAt(r) !== 35) {
            stack.push(r - i);
            if (stack.length > maxDepth) return r;
          }
          q = r - 1;
          tokenStart = true;
          afterSpace = true;
        }
      } else if (flow === 0 && wasTokenStart && (c === 124 || c === 62)) {
        // `|` or `>` with its indicators, then nothing but a comment: a block scalar.
        let r = q + 1;
        while (r < n && /[-+0-9]/.test(text[r]!)) r++;
        while (r < n && isSpace(text.charCodeAt(r))) r++;
        if (r >= n || text.charCodeAt(r) === 10 || text.charCodeAt(r) === 35) {
          blockParent = indent;
          q = text.indexOf('\n', r);
          if (q < 0) q = n;
          break;
        }
      }
    }
    i = q + 1;
  }
  return undefined;
}

/** Offset → 1-based line and column (only computed for the one finding). */
export function offsetPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}
