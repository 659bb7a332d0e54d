/**
 * Finding pipelines in a repository WITHOUT running its code: a small Python tokenizer that sees
 * `@dsl.pipeline` decorators (not in comments or strings), and a test of whether a YAML/JSON file
 * looks like compiled KFP IR (a PipelineSpec). Pure: the caller lists and reads the files
 * (src/adapters/sources/repository.ts).
 */
import { moduleCandidates } from '../check/python-imports.js';

interface Token {
  readonly kind: 'name' | 'op' | 'string' | 'number';
  readonly text: string;
  /** 1-based line, 0-based column. */
  readonly line: number;
  readonly column: number;
  /** First token of a logical line (a statement). */
  readonly starts: boolean;
}

const STRING_START = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")/;

/** Python tokens without comments; strings are kept as one token (their value for plain ones). */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let atStatement = true;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      i++;
      if (depth === 0) atStatement = true;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const column = i - lineStart;
    const tokenLine = line;
    const starts = atStatement;
    atStatement = false;
    const quote = STRING_START.exec(text.slice(i, i + 5));
    if (quote) {
      const delimiter = quote[1]!;
      const prefix = quote[0].length - delimiter.length;
      const raw = /[rR]/.test(text.slice(i, i + prefix));
      let j = i + quote[0].length;
      let value = '';
      while (j < n) {
        if (text.startsWith(delimiter, j)) break;
        const ch = text[j]!;
        if (ch === '\n') {
          if (delimiter.length === 1) break; // unterminated: stop at the line end
          line++;
          lineStart = j + 1;
        }
        if (ch === '\\' && j + 1 < n) {
          if (text[j + 1] === '\n') {
            line++;
            lineStart = j + 2;
          }
          value += raw ? text.slice(j, j + 2) : text[j + 1];
          j += 2;
          continue;
        }
        value += ch;
        j++;
      }
      // An unterminated one-line string ends before its line break (which ends the statement).
      i = text.startsWith(delimiter, j) ? j + delimiter.length : j;
      out.push({ kind: 'string', text: value, line: tokenLine, column, starts });
      continue;
    }
    const word = /^[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/.exec(text.slice(i, i + 200));
    if (word) {
      out.push({ kind: 'name', text: word[0], line: tokenLine, column, starts });
      i += word[0].length;
      continue;
    }
    const num = /^\d[\w.]*/.exec(text.slice(i, i + 100));
    if (num) {
      out.push({ kind: 'number', text: num[0], line: tokenLine, column, starts });
      i += num[0].length;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) atStatement = true;
    out.push({ kind: 'op', text: c, line: tokenLine, column, starts });
    i++;
  }
  return out;
}

/** One `@dsl.pipeline` function a module defines. */
export interface ScannedPipeline {
  /** The Python function name. */
  readonly function: string;
  /** Line of its `@…pipeline` decorator (1-based). */
  readonly line: number;
  /** The decorator's `name=` argument, when it is a plain string. */
  readonly name?: string;
  /** Names called in its body (`name(`), to find pipelines used as sub-pipelines. */
  readonly calls: readonly string[];
}

export interface PythonScan {
  readonly pipelines: readonly ScannedPipeline[];
  /** Names bound by `from MODULE import NAME [as ALIAS]`: alias → module and name. */
  readonly imported: ReadonlyMap<string, { readonly module: string; readonly name: string }>;
}

/** Splits tokens into statements (logical lines). */
function statements(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of tokens) {
    if (t.starts || out.length === 0) out.push([]);
    out[out.length - 1]!.push(t);
  }
  return out.map((s) => (s.at(-1)?.text === ';' ? s.slice(0, -1) : s)).filter((s) => s.length > 0);
}

/** Dotted name at the start of `tokens` (`kfp.dsl.pipeline`), and how many tokens it used. */
function dotted(tokens: readonly Token[], from: number): { name: string; used: number } {
  const parts: string[] = [];
  let i = from;
  while (tokens[i]?.kind === 'name') {
    parts.push(tokens[i]!.text);
    if (tokens[i + 1]?.text !== '.') {
      i++;
      break;
    }
    i += 2;
  }
  return { name: parts.join('.'), used: i - from };
}

/**
 * The pipelines a Python module defines, from its text alone. Recognises `@dsl.pipeline`,
 * `@kfp.dsl.pipeline`, `@pipeline` after `from kfp.dsl import pipeline` (and aliases of each:
 * `from kfp import dsl as k`, `import kfp.dsl as d`), with or without arguments, over several
 * lines; only module-level functions (what the compiler can import). Never throws.
 */
export function scanPython(text: string): PythonScan {
  const stmts = statements(tokenize(text));
  // Names under which kfp's `dsl` module and its `pipeline` decorator are reachable.
  const dslNames = new Set(['dsl', 'kfp.dsl', 'kfp.v2.dsl']);
  const pipelineNames = new Set<string>();
  const imported = new Map<string, { module: string; name: string }>();
  for (const s of stmts) {
    if (s[0]?.text === 'from' && s[0].kind === 'name') {
      const mod = dotted(s, 1);
      const module = s
        .slice(
          1,
          s.findIndex((t) => t.text === 'import'),
        )
        .map((t) => t.text)
        .join('');
      const at = s.findIndex((t) => t.text === 'import');
      if (at === -1) continue;
      const names = s.slice(at + 1).filter((t) => t.text !== '(' && t.text !== ')');
      for (let i = 0; i < names.length; i++) {
        if (names[i]!.kind !== 'name') continue;
        const name = names[i]!.text;
        let alias = name;
        if (names[i + 1]?.text === 'as' && names[i + 2]?.kind === 'name') {
          alias = names[i + 2]!.text;
          i += 2;
        }
        imported.set(alias, { module, name });
        const full = `${mod.name}.${name}`;
        if (full === 'kfp.dsl' || full === 'kfp.v2.dsl') dslNames.add(alias);
        if (full === 'kfp.dsl.pipeline' || full === 'kfp.v2.dsl.pipeline') pipelineNames.add(alias);
      }
    } else if (s[0]?.text === 'import' && s[0].kind === 'name') {
      for (let i = 1; i < s.length;) {
        const mod = dotted(s, i);
        if (!mod.used) {
          i++;
          continue;
        }
        i += mod.used;
        if (s[i]?.text === 'as' && s[i + 1]?.kind === 'name') {
          if (mod.name === 'kfp.dsl' || mod.name === 'kfp.v2.dsl') dslNames.add(s[i + 1]!.text);
          if (mod.name === 'kfp') dslNames.add(`${s[i + 1]!.text}.dsl`);
          i += 2;
        }
      }
    }
  }
  const isPipelineDecorator = (name: string): boolean => {
    if (pipelineNames.has(name)) return true;
    const dot = name.lastIndexOf('.');
    return dot > 0 && name.slice(dot + 1) === 'pipeline' && dslNames.has(name.slice(0, dot));
  };

  const pipelines: ScannedPipeline[] = [];
  // Columns of enclosing `def` / `class` blocks: a decorated function inside one is not
  // reachable as a module attribute.
  const blocks: number[] = [];
  let decorators: { line: number; name?: string; pipeline: boolean }[] = [];
  for (let k = 0; k < stmts.length; k++) {
    const s = stmts[k]!;
    const first = s[0]!;
    while (blocks.length && first.column <= blocks[blocks.length - 1]!) blocks.pop();
    if (first.text === '@' && first.kind === 'op') {
      const deco = dotted(s, 1);
      let name: string | undefined;
      const args = s.slice(1 + deco.used);
      for (let i = 0; i + 2 < args.length; i++) {
        if (
          args[i]!.text === 'name' &&
          args[i + 1]!.text === '=' &&
          args[i + 2]!.kind === 'string'
        ) {
          const after = args[i + 3]?.text;
          if (after === ',' || after === ')') name = args[i + 2]!.text;
        }
      }
      decorators.push({
        line: first.line,
        pipeline: isPipelineDecorator(deco.name),
        ...(name !== undefined ? { name } : {}),
      });
      continue;
    }
    const defAt = first.text === 'async' ? 1 : 0;
    const isDef = s[defAt]?.text === 'def' && s[defAt + 1]?.kind === 'name';
    if (isDef || first.text === 'class') {
      const pipelineDeco = decorators.find((d) => d.pipeline);
      if (isDef && pipelineDeco && blocks.length === 0) {
        // The body: every following statement indented deeper than the def.
        const calls = new Set<string>();
        const body = [s];
        for (let j = k + 1; j < stmts.length && stmts[j]![0]!.column > first.column; j++)
          body.push(stmts[j]!);
        for (const b of body) {
          b.forEach((t, i) => {
            if (t.kind === 'name' && b[i + 1]?.text === '(' && b[i - 1]?.text !== '.')
              calls.add(t.text);
          });
        }
        pipelines.push({
          function: s[defAt + 1]!.text,
          line: pipelineDeco.line,
          ...(pipelineDeco.name !== undefined ? { name: pipelineDeco.name } : {}),
          calls: [...calls].filter((c) => c !== s[defAt + 1]!.text),
        });
      }
      blocks.push(first.column);
    }
    decorators = [];
  }
  return { pipelines, imported };
}

/** A module's scan, with its path relative to the import root (`/`-separated). */
export interface ScannedModule {
  readonly file: string;
  readonly scan: PythonScan;
}

/**
 * The pipelines of each module that no other pipeline calls as a sub-pipeline: in the same module
 * by name, or in another module through `from module import name [as alias]`. A sub-pipeline
 * compiled on its own is a valid pipeline, but not one anybody submits.
 */
export function outermostPipelines(
  modules: readonly ScannedModule[],
): Map<string, ScannedPipeline[]> {
  const inner = new Set<string>(); // `${file}\u0000${function}`
  const byFile = new Map(modules.map((m) => [m.file, m]));
  for (const m of modules) {
    const local = new Set(m.scan.pipelines.map((p) => p.function));
    for (const p of m.scan.pipelines) {
      for (const call of p.calls) {
        if (local.has(call)) {
          inner.add(`${m.file}\u0000${call}`);
          continue;
        }
        const from = m.scan.imported.get(call);
        if (!from) continue;
        for (const candidate of moduleCandidates(from.module, m.file)) {
          if (byFile.get(candidate)?.scan.pipelines.some((q) => q.function === from.name))
            inner.add(`${candidate}\u0000${from.name}`);
        }
      }
    }
  }
  const out = new Map<string, ScannedPipeline[]>();
  for (const m of modules) {
    out.set(
      m.file,
      m.scan.pipelines.filter((p) => !inner.has(`${m.file}\u0000${p.function}`)),
    );
  }
  return out;
}

/**
 * True when YAML or JSON text looks like compiled KFP IR: the PipelineSpec's top-level
 * `pipelineInfo` and `root` keys (the KFP compiler writes both, at the left margin in YAML).
 * A quick test before the real load; it does not parse the file.
 */
export function looksLikePipelineSpec(text: string): boolean {
  if (/^\s*[{[]/.test(text)) {
    return (
      /"pipelineInfo"\s*:/.test(text) && /"root"\s*:/.test(text) && /"schemaVersion"\s*:/.test(text)
    );
  }
  return /^pipelineInfo:/m.test(text) && /^root:/m.test(text) && /^schemaVersion:/m.test(text);
}
