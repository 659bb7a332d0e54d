/**
 * Loading compiled IR from text, keeping the parser's positions so every finding can name its
 * line and column. Pure: the caller reads the file. Hostile input (binary, huge, alias bombs,
 * malformed YAML) becomes one located diagnostic, never an exception.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
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

export type LoadResult =
  | { readonly ok: true; readonly loaded: LoadedSpec; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

function fail(file: string, code: string, message: string, line = 1, column = 1): LoadResult {
  return { ok: false, diagnostics: [{ code, severity: 'error', message, file, line, column }] };
}

/** True when the bytes are not text: a NUL byte, or invalid UTF-8. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** Loads IR from raw bytes (checks size and binary content first). */
export function loadSpecBytes(
  bytes: Uint8Array,
  file: string,
  limits = DEFAULT_LIMITS,
): LoadResult {
  if (bytes.byteLength > limits.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return fail(
      file,
      'load/too-large',
      `file is ${mb(bytes.byteLength)} MiB, more than the ${mb(limits.maxBytes)} MiB a compiled pipeline can plausibly be; is this the right file?`,
    );
  }
  if (looksBinary(bytes)) {
    return fail(file, 'load/binary', 'file is binary, not YAML or JSON text');
  }
  return loadSpecText(new TextDecoder().decode(bytes), file, limits);
}

/** Loads IR from text: YAML (one or two documents) or JSON. */
export function loadSpecText(text: string, file: string, limits = DEFAULT_LIMITS): LoadResult {
  if (text.trim() === '') return fail(file, 'load/empty', 'file is empty');
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
      return fail(file, 'load/yaml-syntax', `YAML syntax error: ${message}`, line, column);
    }
  }
  if (docs.length === 0) return fail(file, 'load/empty', 'file has no YAML document');
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
  const locate = (path: SpecPath, document: 0 | 1 = 0): Position => {
    const doc = docs[document] ?? docs[0]!;
    let node: Node | null | undefined = doc.contents as Node | null;
    let best: number | undefined = node?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
        );
        if (!pair) break;
        best = (pair.key as Node | null)?.range?.[0] ?? best;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        best = item.range?.[0] ?? best;
        node = item;
      } else {
        break;
      }
    }
    return pos(best);
  };
  const loaded: LoadedSpec = {
    file,
    spec: spec as PipelineSpec,
    ...(platform !== undefined ? { platform: platform as Record<string, unknown> } : {}),
    locate,
  };
  return { ok: true, loaded, diagnostics: [] };
}
