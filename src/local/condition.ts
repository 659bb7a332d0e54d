/**
 * The trigger conditions the KFP compiler writes (`triggerPolicy.condition`): a small subset of
 * CEL over `inputs.parameter_values['…']`. Pure. Supported, as the compiler emits them:
 * literals (strings in '…' or "…" with CEL's escapes, numbers, true/false/null),
 * `inputs.parameter_values[key]`, `int()`, `double()`, `string()`, `bool()` (CEL's conversions:
 * `int('3.7')` is an error), `== != < <= > >=`, unary `-` and `!`, `&&`, `||` (commutative over
 * errors, as in CEL), parentheses. test/unit/local/condition-cel.test.ts checks it against a
 * maintained CEL implementation over every condition of the corpus.
 * Anything else is an error naming the position, never a silent `false`.
 */
import type { ParameterValue } from '../core/result/model.js';

type Value = ParameterValue;

export class ConditionError extends Error {
  constructor(
    message: string,
    readonly expression: string,
  ) {
    super(`condition ${JSON.stringify(expression)}: ${message}`);
    this.name = 'ConditionError';
  }
}

type Token =
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'ident'; value: string; pos: number }
  | { kind: 'op'; value: string; pos: number }
  | { kind: 'end'; pos: number };

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '-', '(', ')', '[', ']', '.', ','];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (m: string): never => {
    throw new ConditionError(`${m} at column ${i + 1}`, src);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i++;
      let s = '';
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          const next = src[i + 1];
          const map: Record<string, string> = {
            n: '\n',
            t: '\t',
            r: '\r',
            a: '\x07',
            b: '\b',
            f: '\f',
            v: '\v',
            '\\': '\\',
            "'": "'",
            '"': '"',
            '`': '`',
            '?': '?',
          };
          // CEL's numeric escapes: \xHH, \uHHHH, \UHHHHHHHH and octal \NNN.
          const numeric =
            /^(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([0-3][0-7]{2}))/.exec(
              src.slice(i + 1),
            );
          if (numeric) {
            const [all, x, u, U, o] = numeric;
            const code = (x ?? u ?? U) ? parseInt((x ?? u ?? U)!, 16) : parseInt(o!, 8);
            if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) fail('invalid escape');
            s += String.fromCodePoint(code);
            i += 1 + all.length;
            continue;
          }
          if (next === undefined || !(next in map)) fail('unsupported escape in a string');
          s += map[next!];
          i += 2;
        } else s += src[i++];
      }
      if (i >= src.length) {
        i = start;
        fail('unterminated string');
      }
      i++;
      out.push({ kind: 'string', value: s, pos: start });
      continue;
    }
    const numMatch = /^(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+)/.exec(src.slice(i));
    if (numMatch) {
      out.push({ kind: 'number', value: Number(numMatch[1]), pos: i });
      i += numMatch[1]!.length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ kind: 'ident', value: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) fail(`unexpected character ${JSON.stringify(c)}`);
    out.push({ kind: 'op', value: op!, pos: i });
    i += op!.length;
  }
  out.push({ kind: 'end', pos: src.length });
  return out;
}

type Node =
  | { t: 'lit'; v: Value }
  | { t: 'param'; key: string }
  | { t: 'call'; fn: string; arg: Node }
  | { t: 'not'; e: Node }
  | { t: 'neg'; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node };

const FUNCTIONS = new Set(['int', 'double', 'string', 'bool']);

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p]!;
  const fail = (m: string, tok = peek()): never => {
    throw new ConditionError(`${m} at column ${tok.pos + 1}`, src);
  };
  const isOp = (v: string) => {
    const t = peek();
    return t.kind === 'op' && t.value === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) fail(`expected "${v}"`);
    p++;
  };
  const primary = (): Node => {
    const t = peek();
    if (t.kind === 'string' || t.kind === 'number') {
      p++;
      return { t: 'lit', v: t.value };
    }
    if (t.kind === 'op' && t.value === '(') {
      p++;
      const e = or();
      expect(')');
      return e;
    }
    if (t.kind === 'ident') {
      p++;
      if (t.value === 'true' || t.value === 'false') return { t: 'lit', v: t.value === 'true' };
      if (t.value === 'null') return { t: 'lit', v: null };
      if (FUNCTIONS.has(t.value) && isOp('(')) {
        p++;
        const arg = or();
        expect(')');
        return { t: 'call', fn: t.value, arg };
      }
      if (t.value === 'inputs') {
        expect('.');
        const field = peek();
        if (field.kind !== 'ident' || field.value !== 'parameter_values') {
          fail('only inputs.parameter_values[…] can be read', field);
        }
        p++;
        expect('[');
        const key = peek();
        if (key.kind !== 'string') fail('expected a quoted parameter name', key);
        p++;
        expect(']');
        return { t: 'param', key: (key as { value: string }).value };
      }
      fail(`unknown name "${t.value}"`, t);
    }
    return fail(t.kind === 'end' ? 'unexpected end' : 'unexpected token');
  };
  const unary = (): Node => {
    if (isOp('!')) {
      p++;
      return { t: 'not', e: unary() };
    }
    if (isOp('-')) {
      p++;
      return { t: 'neg', e: unary() };
    }
    return primary();
  };
  const comparison = (): Node => {
    let l = unary();
    for (;;) {
      const t = peek();
      if (t.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.value)) {
        p++;
        l = { t: 'bin', op: t.value, l, r: unary() };
      } else return l;
    }
  };
  const and = (): Node => {
    let l = comparison();
    while (isOp('&&')) {
      p++;
      l = { t: 'bin', op: '&&', l, r: comparison() };
    }
    return l;
  };
  const or = (): Node => {
    let l = and();
    while (isOp('||')) {
      p++;
      l = { t: 'bin', op: '||', l, r: and() };
    }
    return l;
  };
  const tree = or();
  if (peek().kind !== 'end') fail('unexpected token');
  return tree;
}

function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'map' : typeof v;
}

/** CEL's int64 range: int() of a value outside it is an error. */
const INT_LIMIT = 2 ** 63;
/** What CEL's string-to-double conversion accepts (Go's strconv.ParseFloat, no spaces). */
const DOUBLE_TEXT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;
const BOOL_TEXT: Readonly<Record<string, boolean>> = {
  '1': true,
  t: true,
  true: true,
  TRUE: true,
  True: true,
  '0': false,
  f: false,
  false: false,
  FALSE: false,
  False: false,
};

function parseDouble(text: string): number {
  const lower = text.toLowerCase().replace(/^\+/, '');
  if (lower === 'nan' || lower === '-nan') return NaN;
  if (lower === 'inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return Number(text);
}

/** The CEL type conversions, as the spec defines them for the values KFP passes (JSON). */
function convert(fn: string, v: Value, src: string): Value {
  const bad = (why = ''): never => {
    throw new ConditionError(
      `${fn}() cannot convert ${typeName(v)} ${JSON.stringify(v)}${why}`,
      src,
    );
  };
  switch (fn) {
    case 'int': {
      // int('3.7') is an error in CEL (only integer text converts); int(3.7) truncates.
      if (typeof v === 'string' && !/^[+-]?\d+$/.test(v)) bad(' (not an integer)');
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : bad();
      if (!Number.isFinite(n) || Math.abs(Math.trunc(n)) >= INT_LIMIT) bad(' (out of range)');
      return Math.trunc(n);
    }
    case 'double': {
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && DOUBLE_TEXT.test(v)) return parseDouble(v);
      return bad();
    }
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return bad();
    default: {
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string' && Object.hasOwn(BOOL_TEXT, v)) return BOOL_TEXT[v]!;
      return bad();
    }
  }
}

/** CEL equality: by value, any types (a string never equals a number), NaN equals nothing. */
function celEqual(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => celEqual(x, b[i]!))
    );
  }
  if (typeof a === 'object' || typeof b === 'object') {
    if (typeof a !== 'object' || typeof b !== 'object') return false;
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => Object.hasOwn(b, k) && celEqual(a[k]!, b[k]!))
    );
  }
  return a === b;
}

/** Strings order by code point in CEL (JS compares UTF-16 units). */
function compareStrings(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

type Outcome = { ok: true; v: Value } | { ok: false; error: unknown };

function attempt(node: Node, params: Readonly<Record<string, Value>>, src: string): Outcome {
  try {
    return { ok: true, v: evaluate(node, params, src) };
  } catch (error) {
    if (error instanceof ConditionError) return { ok: false, error };
    throw error;
  }
}

function evaluate(node: Node, params: Readonly<Record<string, Value>>, src: string): Value {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'param': {
      if (!(node.key in params)) {
        throw new ConditionError(`input parameter "${node.key}" has no value`, src);
      }
      return params[node.key]!;
    }
    case 'call':
      return convert(node.fn, evaluate(node.arg, params, src), src);
    case 'not': {
      const v = evaluate(node.e, params, src);
      if (typeof v !== 'boolean')
        throw new ConditionError(`"!" needs a boolean, got ${typeName(v)}`, src);
      return !v;
    }
    case 'neg': {
      const v = evaluate(node.e, params, src);
      if (typeof v !== 'number')
        throw new ConditionError(`"-" needs a number, got ${typeName(v)}`, src);
      return -v;
    }
    case 'bin': {
      if (node.op === '&&' || node.op === '||') {
        // CEL's logical operators are commutative over errors: `false && error` and
        // `error && false` are both false; `error || true` is true.
        const decisive = node.op === '||';
        const l = attempt(node.l, params, src);
        if (l.ok && l.v === decisive) return decisive;
        const r = attempt(node.r, params, src);
        if (r.ok && r.v === decisive) return decisive;
        for (const side of [l, r]) {
          if (!side.ok) throw side.error;
          if (typeof side.v !== 'boolean')
            throw new ConditionError(`"${node.op}" needs booleans, got ${typeName(side.v)}`, src);
        }
        return !decisive;
      }
      const l = evaluate(node.l, params, src);
      const r = evaluate(node.r, params, src);
      if (node.op === '==') return celEqual(l, r);
      if (node.op === '!=') return !celEqual(l, r);
      let order: number;
      if (typeof l === 'number' && typeof r === 'number') order = l < r ? -1 : l > r ? 1 : 0;
      else if (typeof l === 'string' && typeof r === 'string') order = compareStrings(l, r);
      else if (typeof l === 'boolean' && typeof r === 'boolean') order = Number(l) - Number(r);
      else throw new ConditionError(`cannot compare ${typeName(l)} ${node.op} ${typeName(r)}`, src);
      // NaN is neither less nor greater nor equal.
      if (Number.isNaN(l) || Number.isNaN(r)) return false;
      switch (node.op) {
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        default:
          return order >= 0;
      }
    }
  }
}

/** Evaluates a trigger condition against a task's resolved input parameters. */
export function evaluateCondition(
  expression: string,
  params: Readonly<Record<string, Value>>,
): boolean {
  let v: Value;
  try {
    v = evaluate(parse(expression), params, expression);
  } catch (error) {
    // Parser and evaluator recurse: thousands of nested parentheses (or a chain of thousands of
    // `&&`) overflow the stack, which must end as this task's error, not the run's.
    if (error instanceof RangeError) {
      throw new ConditionError('is nested too deeply to evaluate', expression);
    }
    throw error;
  }
  if (typeof v !== 'boolean') {
    throw new ConditionError(
      `evaluates to ${typeName(v)} ${JSON.stringify(v)}, not true or false`,
      expression,
    );
  }
  return v;
}
