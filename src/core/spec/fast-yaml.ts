/**
 * A fast reader for the YAML the KFP compiler writes (PyYAML, block style, sorted keys): block
 * mappings and sequences, plain and quoted scalars (multi-line included), `{}` / `[]`, full-line
 * comments, and `---` between the pipeline and its platform document. It is 5–10× faster than
 * the general `yaml` parser, which dominates validation time on large pipelines.
 *
 * It gives exactly the values `yaml` gives (YAML 1.2 core schema; quoted-scalar folding as in
 * yaml's compose/resolve-flow-scalar) and the same positions, and bails out — returning
 * undefined — on anything outside that subset (anchors, tags, flow collections, block scalars,
 * complex keys, tabs, CR, duplicate keys, non-string keys …), so the caller falls back to `yaml`,
 * which then also produces the syntax errors. Tests compare both on the whole corpus.
 */

export interface FastDocument {
  readonly value: unknown;
  /** Offset of the document's first content character. */
  readonly start: number;
}

export interface FastParse {
  readonly docs: FastDocument[];
  /** For every mapping: offset of each key. (Plain Maps: a WeakMap of 200,000 entries costs
   * more than the whole parse.) */
  readonly keyOffsets: Map<object, Map<string, number>>;
  /** For every sequence: offset of each item. */
  readonly itemOffsets: Map<unknown[], number[]>;
  /** Offset at which each line starts (for turning offsets into line and column). */
  readonly lineStarts: readonly number[];
}

/** Thrown inside the parser to give up; never escapes fastParseYaml. */
const BAIL = Symbol('bail');

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the yaml package resolves it. */
export function resolvePlain(s: string): unknown {
  // Most scalars are names: nothing but these characters can start a null, bool or number.
  if (s !== '' && !'-+.0123456789~nNtTfF'.includes(s[0]!)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return NaN;
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Line folding of plain and single-quoted scalars (source without the quotes). */
function unfoldLines(source: string): string {
  const lines = source.split('\n');
  if (lines.length === 1) return source;
  let res = lines[0]!.replace(/[ \t]+$/, '');
  let sep = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const lm = lines[i]!.replace(/^[ \t]+|[ \t]+$/g, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
  }
  return res + sep + lines[lines.length - 1]!.replace(/^[ \t]+/, '');
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** A double-quoted scalar's value (source with the quotes). */
function doubleQuoted(source: string): string {
  const end = source.length - 1;
  // Most scalars hold no escape, line break or space run: the text between the quotes.
  if (!/[\\\n]/.test(source)) return source.slice(1, end);
  let res = '';
  let i = 1;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      // A line break folds to a space, or to n-1 line feeds before n-1 empty lines.
      let fold = '';
      let next = source.charCodeAt(++i);
      while (next === 32 || next === 10) {
        if (next === 10) fold += '\n';
        next = source.charCodeAt(++i);
      }
      res += fold || ' ';
    } else if (c === 92) {
      const next = source[++i]!;
      i++;
      const code = ESCAPES[next];
      if (code !== undefined) res += code;
      else if (next === '\n') {
        while (source.charCodeAt(i) === 32) i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) throw BAIL;
        res += String.fromCodePoint(cp);
        i += length;
      } else {
        throw BAIL;
      }
    } else {
      // A run of ordinary characters, copied at once; spaces belong to it unless they end a
      // line (spaces before a line break are dropped).
      let j = i;
      let dropTo = -1;
      while (j < end) {
        const d = source.charCodeAt(j);
        if (d === 10 || d === 92) break;
        if (d === 32) {
          let k = j + 1;
          while (k < end && source.charCodeAt(k) === 32) k++;
          if (k < end && source.charCodeAt(k) === 10) {
            dropTo = k;
            break;
          }
          j = k;
        } else j++;
      }
      res += source.slice(i, j);
      i = dropTo >= 0 ? dropTo : j;
    }
  }
  return res;
}

/** Whether `line` holds a block sequence entry (`-` alone or `- …`) at column `col`. */
function entryAt(line: string, col: number): boolean {
  return (
    line.charCodeAt(col) === 45 && (line.length === col + 1 || line.charCodeAt(col + 1) === 32)
  );
}

/** Text a plain scalar cannot hold in this subset (`: `, ` #`, a trailing `:`). */
const notPlain = (s: string) => s.includes(': ') || s.includes(' #') || s.endsWith(':');

const isIndicator = (c: string | undefined) =>
  c !== undefined && '-?:,[]{}#&*!|>\'"%@`'.includes(c);

/**
 * Reads `text`, or returns undefined when it is outside the subset. Positions cost a third of
 * the time, and only files with findings need them: `positions: false` skips them (the offset
 * maps are then empty) and a caller reads again with positions when it needs one.
 */
export function fastParseYaml(text: string, positions = true): FastParse | undefined {
  if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new Reader(text, positions).read();
  } catch (error) {
    if (error === BAIL) return undefined;
    // A stack overflow on absurd nesting: let the general parser report it.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  private readonly starts: number[];
  private li = 0;
  private end = 0;
  private readonly keyOffsets = new Map<object, Map<string, number>>();
  private readonly itemOffsets = new Map<unknown[], number[]>();

  constructor(
    private readonly text: string,
    private readonly positions: boolean,
  ) {
    this.lines = text.split('\n');
    this.starts = new Array<number>(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      this.starts[i] = offset;
      offset += this.lines[i]!.length + 1;
    }
  }

  read(): FastParse {
    // Documents are separated by `---` lines; a leading `---` opens the first one.
    const bounds: [number, number][] = [];
    let from = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.startsWith('%') || line.startsWith('...')) throw BAIL;
      if (line.startsWith('---')) {
        if (line.trimEnd() !== '---') throw BAIL;
        if (i > from || bounds.length > 0) bounds.push([from, i]);
        from = i + 1;
      }
    }
    bounds.push([from, this.lines.length]);
    const docs: FastDocument[] = [];
    for (const [start, end] of bounds) {
      this.li = start;
      this.end = end;
      this.skipBlank();
      if (this.li >= end) throw BAIL; // empty document: the general parser words this.
      if (this.indent(this.li) !== 0) throw BAIL;
      const offset = this.starts[this.li]!;
      const value = this.node(0);
      this.skipBlank();
      if (this.li < end) throw BAIL;
      docs.push({ value, start: offset });
    }
    return {
      docs,
      keyOffsets: this.keyOffsets,
      itemOffsets: this.itemOffsets,
      lineStarts: this.starts,
    };
  }

  private indent(i: number): number {
    const line = this.lines[i]!;
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  }

  /** Skips empty lines and full-line comments. */
  private skipBlank(): void {
    while (this.li < this.end) {
      const line = this.lines[this.li]!;
      let n = 0;
      while (line.charCodeAt(n) === 32) n++;
      // Spaces only, or a comment (a tab never gets here: such text is not read at all).
      const c = line.charCodeAt(n);
      if (c > 32 && c < 127 && c !== 35) return;
      // Other whitespace (Unicode's too) counts as blank, as trimStart() sees it.
      if (n < line.length && c !== 35) {
        const t = line.trimStart();
        if (t !== '' && !t.startsWith('#')) return;
      }
      this.li++;
    }
  }

  /** A block node whose first line is the current line, at column `ind`. */
  private node(ind: number): unknown {
    if (entryAt(this.lines[this.li]!, ind)) return this.sequence(ind);
    return this.mapping(ind, ind);
  }

  /** `col`: where the first key starts on the current line (after `- ` for a compact map). */
  private mapping(ind: number, col: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const offsets = this.positions ? new Map<string, number>() : undefined;
    if (offsets) this.keyOffsets.set(map, offsets);
    let first = true;
    for (;;) {
      if (!first) {
        this.skipBlank();
        if (this.li >= this.end) break;
        const n = this.indent(this.li);
        if (n < ind) break;
        if (n > ind) throw BAIL;
        if (entryAt(this.lines[this.li]!, ind)) break;
      }
      const at = first ? col : ind;
      first = false;
      const line = this.lines[this.li]!;
      const key = this.key(line, at);
      if (key === '__proto__' || Object.hasOwn(map, key)) throw BAIL;
      offsets?.set(key, this.starts[this.li]! + at);
      map[key] = this.valueAfterKey(line, this.after, ind);
    }
    return map;
  }

  /** Column just after the colon of the key key() read last (a field: no object per key). */
  private after = 0;

  /** Parses `key:` at `at`; returns the key, and sets `after` to the column after the colon. */
  private key(line: string, at: number): string {
    const c = line[at];
    if (c === "'" || c === '"') {
      const close = this.closingQuote(line, at);
      if (close === -1 || line[close + 1] !== ':') throw BAIL;
      const raw = line.slice(at, close + 1);
      this.after = close + 2;
      return c === '"' ? doubleQuoted(raw) : raw.slice(1, -1).replace(/''/g, "'");
    }
    if (isIndicator(c)) throw BAIL;
    let colon = line.indexOf(': ', at);
    if (colon === -1) {
      if (!line.endsWith(':')) throw BAIL;
      colon = line.length - 1;
    }
    const key = line.slice(at, colon);
    const last = key.charCodeAt(key.length - 1);
    if ((last <= 32 || last >= 127) && key !== key.trimEnd()) throw BAIL;
    if (key.includes(' #') || typeof resolvePlain(key) !== 'string') throw BAIL;
    this.after = colon + 1;
    return key;
  }

  /** A quote closing on the same line (doubled quotes and escapes skipped), or -1. */
  private closingQuote(line: string, open: number): number {
    const q = line[open];
    for (let i = open + 1; i < line.length; i++) {
      const ch = line[i];
      if (q === '"' && ch === '\\') i++;
      else if (ch === q) {
        if (q === "'" && line[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }

  /** The value after `key:` (column `after` on the current line); moves past it. */
  private valueAfterKey(line: string, after: number, ind: number): unknown {
    let col = after;
    while (line[col] === ' ') col++;
    if (col >= line.length) {
      this.li++;
      this.skipBlank();
      if (this.li >= this.end) return null;
      const n = this.indent(this.li);
      if (n > ind) return this.node(n);
      if (n === ind && entryAt(this.lines[this.li]!, ind)) return this.sequence(ind);
      return null;
    }
    return this.inline(col, ind);
  }

  private sequence(ind: number): unknown[] {
    const seq: unknown[] = [];
    const offsets: number[] = [];
    if (this.positions) this.itemOffsets.set(seq, offsets);
    for (;;) {
      this.skipBlank();
      if (this.li >= this.end) break;
      const n = this.indent(this.li);
      if (n < ind) break;
      if (n > ind) throw BAIL;
      const line = this.lines[this.li]!;
      if (line.length === ind + 1 && line.charCodeAt(ind) === 45) {
        this.li++;
        this.skipBlank();
        if (this.li >= this.end || this.indent(this.li) <= ind) throw BAIL;
        const nested = this.indent(this.li);
        offsets.push(this.starts[this.li]! + nested);
        seq.push(this.node(nested));
        continue;
      }
      if (!entryAt(line, ind)) break;
      let col = ind + 2;
      while (line[col] === ' ') col++;
      if (col !== ind + 2) throw BAIL;
      const c = line[col];
      if (c === '-' && (line[col + 1] === ' ' || col + 1 === line.length)) throw BAIL;
      offsets.push(this.starts[this.li]! + col);
      seq.push(this.startsMapping(line, col) ? this.mapping(col, col) : this.inline(col, ind));
    }
    return seq;
  }

  /** Whether a sequence item starting at `col` is a compact mapping (`- key: value`). */
  private startsMapping(line: string, col: number): boolean {
    const c = line[col];
    if (c === "'" || c === '"') {
      const close = this.closingQuote(line, col);
      return close !== -1 && line[close + 1] === ':';
    }
    return line.indexOf(': ', col) !== -1 || line.endsWith(':');
  }

  /** A scalar (or `{}` / `[]`) starting at `col` on the current line; `ind` is the indentation
   * of the entry it belongs to (continuation lines must be deeper). Moves past it. */
  private inline(col: number, ind: number): unknown {
    const line = this.lines[this.li]!;
    const c = line[col];
    if (c === "'" || c === '"') return this.quoted(col);
    const rest = line.slice(col).trimEnd();
    if (rest === '{}' || rest === '[]') {
      this.li++;
      const empty = rest === '{}' ? {} : [];
      if (this.positions) {
        if (Array.isArray(empty)) this.itemOffsets.set(empty, []);
        else this.keyOffsets.set(empty, new Map());
      }
      return empty;
    }
    if (isIndicator(c)) {
      // Only `-`, `?` and `:` may start a plain scalar, and only when followed by a non-space.
      const next = line[col + 1];
      if (!((c === '-' || c === '?' || c === ':') && next !== undefined && next !== ' '))
        throw BAIL;
    }
    if (notPlain(rest)) throw BAIL;
    // Continuation lines: deeper than the entry, until a blank-separated shallower line.
    let source = rest;
    let last = this.li;
    let i = this.li + 1;
    let pending = '';
    for (; i < this.end; i++) {
      const next = this.lines[i]!;
      if (next.trim() === '') {
        pending += '\n';
        continue;
      }
      if (this.indent(i) <= ind) break;
      const t = next.trim();
      if (t.startsWith('#') || notPlain(t)) throw BAIL;
      source += '\n' + pending + next.trimEnd();
      pending = '';
      last = i;
    }
    this.li = last + 1;
    return resolvePlain(source === rest ? rest : unfoldLines(source));
  }

  /** A single- or double-quoted scalar opening at `col`, possibly over several lines. */
  private quoted(col: number): string {
    const q = this.lines[this.li]![col]!;
    const open = this.starts[this.li]! + col;
    const text = this.text;
    let j = open + 1;
    const quote = q.charCodeAt(0);
    const double = q === '"';
    for (;;) {
      if (j >= text.length) throw BAIL;
      const ch = text.charCodeAt(j);
      if (double && ch === 92) j += 2;
      else if (ch === quote) {
        if (!double && text.charCodeAt(j + 1) === quote) j += 2;
        else break;
      } else j++;
    }
    const raw = text.slice(open, j + 1);
    // Move to the closing line; nothing but spaces may follow the quote.
    while (this.li + 1 < this.lines.length && this.starts[this.li + 1]! <= j) this.li++;
    const tail = this.lines[this.li]!.slice(j - this.starts[this.li]! + 1);
    if (tail.trim() !== '') throw BAIL;
    if (raw.includes('\n---') || raw.includes('\n...')) throw BAIL;
    this.li++;
    return q === '"' ? doubleQuoted(raw) : unfoldLines(raw.slice(1, -1)).replace(/''/g, "'");
  }
}
