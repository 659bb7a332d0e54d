/**
 * Loading compiled IR from text, keeping the parser's positions so every finding can name its
 * line and column. Pure: the caller reads the file. Hostile input (binary, huge, alias bombs,
 * malformed YAML) becomes one located diagnostic, never an exception.
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { findYamlNode } from '../yaml-path.js';
import type { Diagnostic } from '../diagnostics.js';
import { MAX_DEPTH, offsetPosition, scanJson, scanYamlDepth } from './depth.js';
import { fastParseYaml, type FastParse } from './fast-yaml.js';
import { repairNear } from './pyyaml-compat.js';
import type { PipelineSpec } from './types.js';

export type SpecPath = readonly (string | number)[];

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LoadedSpec {
  readonly file: string;
  /** The first YAML document (or the JSON object) as plain data. */
  readonly spec: PipelineSpec;
  /** The optional second document (`platforms:` — the kfp-kubernetes platform spec). */
  readonly platform?: Record<string, unknown>;
  /** Position of the value at `path` in the first document (of its key, for a map entry);
   * the nearest existing ancestor when the path does not exist. */
  locate(path: SpecPath, document?: 0 | 1): Position;
}

export interface LoadLimits {
  /** Bigger inputs are refused before parsing (default 16 MiB: the largest real IR is < 1 MiB). */
  readonly maxBytes: number;
  /** YAML aliases allowed when resolving (defeats "billion laughs"; KFP never writes aliases). */
  readonly maxAliasCount: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxBytes: 16 * 1024 * 1024, maxAliasCount: 100 };

/** `uniqueKeys` is off because the yaml package checks it pairwise (quadratic: seconds for a
 * 10,000-task DAG); duplicateKey() below does the same check in linear time. */
const PARSE_OPTIONS = (lineCounter: LineCounter) =>
  ({ lineCounter, prettyErrors: false, uniqueKeys: false }) as const;

/** The first mapping key that appears twice in the same mapping (YAML forbids it, and the KFP
 * backend would see only one of the two), as the offset of its second occurrence. */
function duplicateKey(root: Node | null | undefined): { key: string; offset: number } | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          if (seen.has(name)) return { key: name, offset: key.range?.[0] ?? 0 };
          seen.add(name);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return undefined;
}

/** Quoted scalars repaired per file at most (each repair costs one more parse). */
const MAX_QUOTE_REPAIRS = 20;

export type LoadResult =
  | { readonly ok: true; readonly loaded: LoadedSpec; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

function fail(file: string, code: string, message: string, line = 1, column = 1): LoadResult {
  return { ok: false, diagnostics: [{ code, severity: 'error', message, file, line, column }] };
}

/** The bytes as text, or undefined when they are not text (a NUL byte, or invalid UTF-8). */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The finding for a file too big to be compiled IR; undefined when the size is fine. Callers
 * that can stat a file use it before reading the file at all. */
export function sizeDiagnostic(
  file: string,
  byteLength: number,
  limits: LoadLimits = DEFAULT_LIMITS,
): Diagnostic | undefined {
  if (byteLength <= limits.maxBytes) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    code: 'load/too-large',
    severity: 'error',
    message: `file is ${mb(byteLength)} MiB, more than the ${mb(limits.maxBytes)} MiB a compiled pipeline can plausibly be; is this the right file?`,
    file,
    line: 1,
    column: 1,
  };
}

/** Loads IR from raw bytes (checks size and binary content first). */
export function loadSpecBytes(
  bytes: Uint8Array,
  file: string,
  limits = DEFAULT_LIMITS,
): LoadResult {
  const tooLarge = sizeDiagnostic(file, bytes.byteLength, limits);
  if (tooLarge) return { ok: false, diagnostics: [tooLarge] };
  // One strict decode both tells text from binary and gives the text.
  const text = decodeText(bytes);
  if (text === undefined) {
    return fail(file, 'load/binary', 'file is binary, not YAML or JSON text');
  }
  return loadSpecText(text, file, limits);
}

/** Loads IR from text: YAML (one or two documents) or JSON. Never throws. */
export function loadSpecText(
  text: string,
  file: string,
  limits = DEFAULT_LIMITS,
  options: LoadOptions = {},
): LoadResult {
  if (text.length > limits.maxBytes) {
    return { ok: false, diagnostics: [sizeDiagnostic(file, text.length, limits)!] };
  }
  try {
    return parseSpec(text, file, limits, options);
  } catch (error) {
    // The parser's own limits (e.g. nesting deep enough to exhaust the stack).
    const message = error instanceof Error ? error.message : String(error);
    const code = /call stack/i.test(message) ? 'load/too-deep' : 'load/unparsable';
    return fail(file, code, `the file could not be parsed: ${message}`);
  }
}

export interface LoadOptions {
  /** Try the fast reader for compiler-written YAML first (default true; tests turn it off to
   * compare it with the general parser). */
  readonly fastPath?: boolean;
}

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A LoadedSpec over the fast reader's result. Positions come from a second read with offsets,
 * made on the first locate() only: valid files never pay for it. */
function fromFast(fast: FastParse, text: string, file: string): LoadedSpec | undefined {
  const [spec, platform] = fast.docs;
  if (fast.docs.length > 2 || !isMapping(spec?.value)) return undefined;
  if (platform && !isMapping(platform.value)) return undefined;
  let positioned: FastParse | undefined;
  const pos = (offset: number): Position => {
    const starts = fast.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  const locate = (path: SpecPath, document: 0 | 1 = 0): Position => {
    positioned ??= fastParseYaml(text, true)!;
    const doc = positioned.docs[document] ?? positioned.docs[0]!;
    let node: unknown = doc.value;
    let best = doc.start;
    for (const key of path) {
      let offset: number | undefined;
      if (isMapping(node)) {
        offset = positioned.keyOffsets.get(node)?.get(String(key));
        if (offset !== undefined) node = node[String(key)];
      } else if (Array.isArray(node) && typeof key === 'number') {
        offset = positioned.itemOffsets.get(node)?.[key];
        if (offset !== undefined) node = node[key];
      }
      if (offset === undefined) break;
      best = offset;
    }
    return pos(best);
  };
  return {
    file,
    spec: spec!.value as unknown as PipelineSpec,
    ...(platform ? { platform: platform.value as Record<string, unknown> } : {}),
    locate,
  };
}

/** Object keys in parsed JSON (iterative: the depth is bounded, but no recursion is needed). */
function countKeys(root: unknown): number {
  let n = 0;
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else {
      for (const key in v) {
        n++;
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return n;
}

/** The JSON fast path: JSON.parse, and positions from the general parser on the first locate()
 * only (a valid file never pays for them). Undefined when the text is not plain JSON of a
 * mapping, or repeats a key (JSON.parse would keep only the last): the YAML path reports it. */
function fromJson(text: string, file: string, writtenKeys: number): LoadedSpec | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isMapping(value) || countKeys(value) !== writtenKeys) return undefined;
  let located: ((path: SpecPath, document?: 0 | 1) => Position) | undefined;
  return {
    file,
    spec: value as unknown as PipelineSpec,
    locate: (path, document) => {
      if (!located) {
        const lineCounter = new LineCounter();
        const docs = parseAllDocuments(text, PARSE_OPTIONS(lineCounter));
        located = Array.isArray(docs)
          ? yamlLocate(docs, lineCounter)
          : () => ({ line: 1, column: 1 });
      }
      return located(path, document);
    },
  };
}

function tooDeep(file: string, text: string, offset: number): LoadResult {
  const { line, column } = offsetPosition(text, offset);
  return fail(
    file,
    'load/too-deep',
    `lists or mappings are nested more than ${MAX_DEPTH} deep here; compiled IR never is (the KFP SDK refuses deeper input), so the file was not parsed`,
    line,
    column,
  );
}

function parseSpec(
  text: string,
  file: string,
  limits: LoadLimits,
  options: LoadOptions,
): LoadResult {
  if (text.trim() === '') return fail(file, 'load/empty', 'file is empty');
  // Nesting is measured before anything parses, so no input within the size cap can make a
  // parser's memory or stack explode.
  const first = text.charCodeAt(text.length - text.trimStart().length);
  if (first === 123 || first === 91) {
    const scan = scanJson(text);
    if (scan.tooDeepAt !== undefined) return tooDeep(file, text, scan.tooDeepAt);
    const loaded = options.fastPath !== false ? fromJson(text, file, scan.keys) : undefined;
    if (loaded) return { ok: true, loaded, diagnostics: [] };
  }
  // YAML (or JSON the fast path left: not JSON after all, or a repeated key).
  const deepAt = scanYamlDepth(text);
  if (deepAt !== undefined) return tooDeep(file, text, deepAt);
  if (options.fastPath !== false) {
    const fast = fastParseYaml(text, false);
    const loaded = fast && fromFast(fast, text, file);
    if (loaded) return { ok: true, loaded, diagnostics: [] };
  }
  let lineCounter = new LineCounter();
  let docs = parseAllDocuments(text, PARSE_OPTIONS(lineCounter));
  const original = { docs, lineCounter };
  // PyYAML's under-indented quoted scalars: repair where the parser stopped, then parse again.
  for (let attempt = 0; attempt < MAX_QUOTE_REPAIRS; attempt++) {
    const error = Array.isArray(docs) ? docs.flatMap((d) => d.errors)[0] : undefined;
    if (!error || error.code !== 'MISSING_CHAR' || !/closing .?quote/.test(error.message)) break;
    const repaired = repairNear(text, lineCounter.linePos(error.pos[0]).line);
    if (repaired === undefined) break;
    text = repaired;
    lineCounter = new LineCounter();
    docs = parseAllDocuments(text, PARSE_OPTIONS(lineCounter));
  }
  if (Array.isArray(docs) && docs.some((d) => d.errors.length > 0)) {
    // Not repairable: report the parser's first complaint about the file as it was written.
    ({ docs, lineCounter } = original);
  }
  const pos = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (!Array.isArray(docs)) {
    // An empty stream (only comments / document markers).
    return fail(file, 'load/empty', 'file has no YAML document');
  }
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) {
      const { line, column } = pos(first.pos[0]);
      const message = first.message.split('\n')[0] ?? first.message;
      if (/call stack/i.test(message)) {
        return fail(
          file,
          'load/too-deep',
          'lists or mappings are nested too deeply for compiled IR (the parser ran out of stack here)',
          line,
          column,
        );
      }
      return fail(file, 'load/yaml-syntax', `YAML syntax error: ${message}`, line, column);
    }
  }
  if (docs.length === 0) return fail(file, 'load/empty', 'file has no YAML document');
  for (const doc of docs) {
    const dup = duplicateKey(doc.contents as Node | null);
    if (dup) {
      const { line, column } = pos(dup.offset);
      return fail(
        file,
        'load/duplicate-key',
        `key "${dup.key}" appears twice in the same mapping; YAML forbids it and only one of the two would count`,
        line,
        column,
      );
    }
  }
  if (docs.length > 2) {
    const { line, column } = pos(docs[2]!.range[0]);
    return fail(
      file,
      'load/too-many-documents',
      `file has ${docs.length} YAML documents; a compiled pipeline has one, plus an optional platform spec`,
      line,
      column,
    );
  }
  const values: unknown[] = [];
  for (const doc of docs) {
    try {
      values.push(doc.toJS({ maxAliasCount: limits.maxAliasCount }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const { line, column } = pos(doc.range[0]);
      return fail(
        file,
        'load/yaml-aliases',
        `YAML could not be resolved: ${message}`,
        line,
        column,
      );
    }
  }
  const [spec, platform] = values;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    const { line, column } = pos(docs[0]!.contents?.range?.[0]);
    const kind = spec === null ? 'empty' : Array.isArray(spec) ? 'a list' : `a ${typeof spec}`;
    return fail(
      file,
      'load/not-a-mapping',
      `top level is ${kind}; a compiled pipeline is a mapping with pipelineInfo, root, …`,
      line,
      column,
    );
  }
  if (
    platform !== undefined &&
    (platform === null || typeof platform !== 'object' || Array.isArray(platform))
  ) {
    const { line, column } = pos(docs[1]!.range[0]);
    return fail(
      file,
      'load/bad-platform-document',
      'the second YAML document must be a mapping (platforms: …)',
      line,
      column,
    );
  }
  const locate = yamlLocate(docs, lineCounter);
  const loaded: LoadedSpec = {
    file,
    spec: spec as PipelineSpec,
    ...(platform !== undefined ? { platform: platform as Record<string, unknown> } : {}),
    locate,
  };
  return { ok: true, loaded, diagnostics: [] };
}

/** locate() over the general parser's documents. */
function yamlLocate(
  docs: readonly { contents: unknown }[],
  lineCounter: LineCounter,
): (path: SpecPath, document?: 0 | 1) => Position {
  const pos = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  return (path, document = 0) => {
    const doc = docs[document] ?? docs[0]!;
    const { found } = findYamlNode(doc.contents as Node | null, path);
    return pos(found.key?.range?.[0] ?? found.value?.range?.[0]);
  };
}
