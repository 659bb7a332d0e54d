/**
 * Validation of compiled KFP IR without Python: the facade other commands use.
 *
 *   validateLoaded(loaded)      → findings for an already loaded document
 *   validateText(text, file)    → load + validate
 *   validateBytes(bytes, file)  → size / binary checks, then load + validate
 *
 * Check families (one module each): schema, graph, types, placeholders, naming, platform.
 * Every finding has a code documented in docs/TROUBLESHOOTING.md, a file, line and column.
 */
import type { Diagnostic } from '../diagnostics.js';
import {
  DEFAULT_LIMITS,
  loadSpecBytes,
  loadSpecText,
  type LoadedSpec,
  type LoadLimits,
} from '../spec/load.js';
import { createContext, type Check } from './context.js';
import { checkGraph } from './graph.js';
import { checkNaming } from './naming.js';
import { checkPlaceholders } from './placeholders.js';
import { checkPlatform } from './platform.js';
import { checkSchema } from './schema.js';
import { checkTypes } from './types.js';

export interface ValidationResult {
  /** True when no finding is an error (warnings and notices do not make a file invalid). */
  readonly valid: boolean;
  readonly diagnostics: Diagnostic[];
}

/** Findings beyond this many per file are summed up in one notice (a broken file is broken). */
const MAX_FINDINGS = 200;

const CHECKS: readonly [string, Check][] = [
  ['schema', checkSchema],
  ['naming', checkNaming],
  ['graph', checkGraph],
  ['types', checkTypes],
  ['placeholders', checkPlaceholders],
  ['platform', checkPlatform],
];

/** Top-level fields of which a compiled pipeline (or component) has at least one. */
const PIPELINE_FIELDS = ['pipelineInfo', 'root', 'components', 'deploymentSpec', 'schemaVersion'];

/** A mapping that has nothing of a pipeline (a config file, package.json…) gets one finding
 * instead of a finding per missing field. */
function notAPipeline(loaded: LoadedSpec): Diagnostic | undefined {
  const top = Object.keys(loaded.spec);
  if (top.some((k) => PIPELINE_FIELDS.includes(k))) return undefined;
  const { line, column } = loaded.locate([]);
  const shown = top
    .slice(0, 5)
    .map((k) => JSON.stringify(k))
    .join(', ');
  return {
    code: 'load/not-a-pipeline',
    severity: 'error',
    message: `this is not compiled KFP IR: it has none of ${PIPELINE_FIELDS.join(', ')} (its top-level keys: ${shown || 'none'}); validate the YAML the KFP compiler wrote`,
    file: loaded.file,
    line,
    column,
  };
}

/** Runs every check family on a loaded document; a check that throws becomes one finding. */
export function validateLoaded(loaded: LoadedSpec): Diagnostic[] {
  const stranger = notAPipeline(loaded);
  if (stranger) return [stranger];
  const found: Diagnostic[] = [];
  const ctx = createContext(loaded, found);
  for (const [family, check] of CHECKS) {
    try {
      check(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      found.push({
        code: 'validate/internal-error',
        severity: 'error',
        message: `the ${family} check failed on this document (${message}); please report it with the file`,
        file: loaded.file,
        line: 1,
        column: 1,
      });
    }
  }
  return cap(inDocumentOrder(dedupe(found)), loaded.file);
}

/** Findings of the platform document (whose lines follow the pipeline's) come last naturally. */
function inDocumentOrder(found: Diagnostic[]): Diagnostic[] {
  return found
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i,
    )
    .map(({ d }) => d);
}

function dedupe(found: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return found.filter((d) => {
    const key = `${d.code}|${d.line}|${d.column}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cap(found: Diagnostic[], file: string): Diagnostic[] {
  if (found.length <= MAX_FINDINGS) return found;
  const kept = found.slice(0, MAX_FINDINGS);
  kept.push({
    code: 'validate/too-many-findings',
    severity: 'notice',
    message: `${found.length - MAX_FINDINGS} more findings not shown; fix the ones above first`,
    file,
    line: kept[kept.length - 1]?.line ?? 1,
    column: 1,
  });
  return kept;
}

function result(diagnostics: Diagnostic[]): ValidationResult {
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}

/** Loads (YAML or JSON text) and validates. Never throws on bad input. */
export function validateText(
  text: string,
  file: string,
  limits: LoadLimits = DEFAULT_LIMITS,
): ValidationResult {
  const loaded = loadSpecText(text, file, limits);
  if (!loaded.ok) return result([...loaded.diagnostics]);
  return result([...loaded.diagnostics, ...validateLoaded(loaded.loaded)]);
}

/** Like validateText, for raw file bytes: refuses huge and binary input before parsing. */
export function validateBytes(
  bytes: Uint8Array,
  file: string,
  limits: LoadLimits = DEFAULT_LIMITS,
): ValidationResult {
  const loaded = loadSpecBytes(bytes, file, limits);
  if (!loaded.ok) return result([...loaded.diagnostics]);
  return result([...loaded.diagnostics, ...validateLoaded(loaded.loaded)]);
}
