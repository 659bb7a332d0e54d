/**
 * Loading the config file (`kfp-action.yaml`) from text: YAML parse keeping positions, JSON
 * Schema validation (schema/kfp-action.schema.json) with every error mapped to its line and
 * column, then checks the schema cannot express (duplicate names, min above max, …). Pure: the
 * caller reads the file (src/adapters/config/read-config.ts).
 */
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { MAX_DEPTH, offsetPosition, scanYamlDepth } from '../spec/depth.js';
import { findYamlNode } from '../yaml-path.js';
import type { Diagnostic } from '../diagnostics.js';
import { pointerToPath } from '../json-pointer.js';
import { semanticChecks } from './checks.js';
import { schemaErrors } from './schema.js';
import type { KfpActionConfig } from './types.js';

export type ConfigPath = readonly (string | number)[];

export interface ConfigPosition {
  readonly line: number;
  readonly column: number;
}

export interface ConfigLoadResult {
  /** Present when the file has no error (warnings allowed). */
  readonly config?: KfpActionConfig;
  readonly diagnostics: readonly Diagnostic[];
  /** Position of the entry at `path`: its key for a map entry (`'value'`: the value itself);
   * the nearest existing ancestor when the path does not exist. */
  readonly locate: (path: ConfigPath, part?: 'key' | 'value') => ConfigPosition;
}

/** Bigger config files are refused before parsing (a real one is a few KiB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** `pipelines[0].gates[1].min` from a JSON pointer or a path. */
export function displayPath(path: ConfigPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out || 'the file';
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The allowed key closest to `key`, when it is close enough to be a typo. */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(key.length / 3))
    ? best
    : undefined;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function schemaMessage(e: ErrorObject, where: string): { code: string; message: string } {
  const parent = e.parentSchema as
    { description?: string; properties?: Record<string, unknown> } | undefined;
  const about = parent?.description ? ` (${parent.description.replace(/\.$/, '')})` : '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      const close = suggestKey(key, allowed);
      const hint = close ? `did you mean "${close}"?` : `allowed keys: ${allowed.join(', ')}`;
      const inside = where === 'the file' ? 'at the top level' : `in ${where}`;
      return { code: 'config/unknown-key', message: `unknown key "${key}" ${inside}; ${hint}` };
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return { code: 'config/missing-key', message: `${where} needs the key "${key}"` };
    }
    case 'type': {
      const type = String((e.params as { type: string | string[] }).type);
      return {
        code: 'config/bad-value',
        message: `${where} must be ${article(type.replace(',', ' or '))}, got ${show(e.data)}${about}`,
      };
    }
    case 'enum': {
      const values = (e.params as { allowedValues: unknown[] }).allowedValues.map(show).join(', ');
      return {
        code: 'config/bad-value',
        message: `${where} must be one of ${values}, got ${show(e.data)}`,
      };
    }
    case 'const': {
      const value = show((e.params as { allowedValue: unknown }).allowedValue);
      return {
        code: 'config/bad-value',
        message: `${where} must be ${value}, got ${show(e.data)}`,
      };
    }
    case 'pattern':
      return {
        code: 'config/bad-value',
        message: `${where} is ${show(e.data)}, which does not match ${(e.params as { pattern: string }).pattern}${about}`,
      };
    default:
      return {
        code: 'config/bad-value',
        message: `${where} ${e.message ?? 'is not valid'}, got ${show(e.data)}${about}`,
      };
  }
}

/** The error for a config file over MAX_CONFIG_BYTES (the reader checks the size before reading). */
export function tooLarge(bytes: number, file: string): Diagnostic {
  return {
    code: 'config/too-large',
    severity: 'error',
    message: `the config file is ${bytes} bytes, more than the ${MAX_CONFIG_BYTES} a config file can plausibly be; is this the right file?`,
    file,
    line: 1,
    column: 1,
  };
}

/** Parses and checks the config text. Never throws. */
export function loadConfig(text: string, file: string): ConfigLoadResult {
  const lineCounter = new LineCounter();
  const pos = (offset: number | undefined): ConfigPosition => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const fail = (
    code: string,
    message: string,
    at: ConfigPosition = { line: 1, column: 1 },
  ): ConfigLoadResult => ({
    diagnostics: [{ code, severity: 'error', message, file, ...at }],
    locate: () => ({ line: 1, column: 1 }),
  });
  if (text.length > MAX_CONFIG_BYTES)
    return { diagnostics: [tooLarge(text.length, file)], locate: () => ({ line: 1, column: 1 }) };
  if (text.includes('\u0000'))
    return fail('config/not-yaml', 'the config file is binary, not YAML');
  if (text.trim() === '') {
    return fail(
      'config/empty',
      'the config file is empty; it needs at least `version: 1` and `pipelines:`',
    );
  }
  // Nesting is measured before the parser runs (its memory grows with the depth).
  const deepAt = scanYamlDepth(text);
  if (deepAt !== undefined) {
    return fail(
      'config/too-deep',
      `lists or mappings are nested more than ${MAX_DEPTH} deep here; a config file never is, so it was not parsed`,
      offsetPosition(text, deepAt),
    );
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (path: ConfigPath, part: 'key' | 'value' = 'key'): ConfigPosition => {
    const { found } = findYamlNode(doc.contents as Node | null, path);
    const node = part === 'key' ? (found.key ?? found.value) : (found.value ?? found.key);
    return pos(node?.range?.[0]);
  };
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0] ?? first.message;
    return fail('config/yaml-syntax', `YAML syntax error: ${message}`, pos(first.pos[0]));
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return fail(
      'config/yaml-syntax',
      `YAML could not be resolved: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (value === null || value === undefined) {
    return fail(
      'config/empty',
      'the config file has no content; it needs at least `version: 1` and `pipelines:`',
    );
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      'config/not-a-mapping',
      `the config file must be a mapping with \`version: 1\` and \`pipelines:\`, got ${Array.isArray(value) ? 'a list' : show(value)}`,
      pos(doc.contents?.range?.[0]),
    );
  }

  const diagnostics: Diagnostic[] = [];
  for (const e of schemaErrors(value)) {
    const path = pointerToPath(e.instancePath);
    const { code, message } = schemaMessage(e, displayPath(path));
    let at: ConfigPosition;
    if (e.keyword === 'additionalProperties') {
      at = locate([
        ...path,
        String((e.params as { additionalProperty: string }).additionalProperty),
      ]);
    } else {
      // The value itself (not its key) for a bad value; the object for a missing key.
      const { found } = findYamlNode(doc.contents as Node | null, path);
      at = pos(
        (e.keyword === 'required' ? (found.key ?? found.value) : (found.value ?? found.key))
          ?.range?.[0],
      );
    }
    diagnostics.push({ code, severity: 'error', message, file, ...at, path: displayPath(path) });
  }
  // ajv may report one problem twice through $refs; keep one of each.
  const unique = diagnostics.filter(
    (d, i) =>
      diagnostics.findIndex(
        (o) => o.message === d.message && o.line === d.line && o.column === d.column,
      ) === i,
  );
  if (unique.length > 0) {
    unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { diagnostics: unique, locate };
  }
  const config = value as KfpActionConfig;
  const semantic = semanticChecks(config).map((s): Diagnostic => ({
    ...s,
    file,
    ...locate(s.at),
    path: displayPath(s.at),
  }));
  const hasError = semantic.some((d) => d.severity === 'error');
  return { ...(hasError ? {} : { config }), diagnostics: semantic, locate };
}
