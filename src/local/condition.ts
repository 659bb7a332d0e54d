/**
 * The trigger conditions the KFP compiler writes (`triggerPolicy.condition`): a small subset of
 * CEL over `inputs.parameter_values['…']`. Pure. Supported, as the compiler emits them:
 * literals (strings in '…' or "…", numbers, true/false/null), `inputs.parameter_values[key]`,
 * `int()`, `double()`, `string()`, `bool()`, `== != < <= > >=`, `!`, `&&`, `||`, parentheses.
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

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ','];

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
            '\\': '\\',
            "'": "'",
            '"': '"',
          };
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

function convert(fn: string, v: Value, src: string): Value {
  const bad = (): never => {
    throw new ConditionError(`${fn}() cannot convert ${typeName(v)} ${JSON.stringify(v)}`, src);
  };
  switch (fn) {
    case 'int': {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) bad();
      return Math.trunc(n);
    }
    case 'double': {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) bad();
      return n;
    }
    case 'string':
      return typeof v === 'string' ? v : JSON.stringify(v);
    default: {
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      return bad();
    }
  }
}

function deepEqual(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
    case 'bin': {
      if (node.op === '&&' || node.op === '||') {
        const l = evaluate(node.l, params, src);
        if (typeof l !== 'boolean')
          throw new ConditionError(`"${node.op}" needs booleans, got ${typeName(l)}`, src);
        if (node.op === '&&' ? !l : l) return l;
        const r = evaluate(node.r, params, src);
        if (typeof r !== 'boolean')
          throw new ConditionError(`"${node.op}" needs booleans, got ${typeName(r)}`, src);
        return r;
      }
      const l = evaluate(node.l, params, src);
      const r = evaluate(node.r, params, src);
      if (node.op === '==') return deepEqual(l, r);
      if (node.op === '!=') return !deepEqual(l, r);
      const comparable =
        (typeof l === 'number' && typeof r === 'number') ||
        (typeof l === 'string' && typeof r === 'string');
      if (!comparable) {
        throw new ConditionError(`cannot compare ${typeName(l)} ${node.op} ${typeName(r)}`, src);
      }
      const a = l as number | string;
      const b = r as number | string;
      switch (node.op) {
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        default:
          return a >= b;
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
