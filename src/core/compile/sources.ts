/**
 * What a pipeline source is and how sources are selected; pure. The file-system walk that
 * expands globs lives in src/adapters/sources/discover.ts.
 */
import type { PipelineEntry } from '../config/types.js';

export type SourceKind = 'python' | 'ir';

/** A path or glob to expand, with where it came from (for located errors and selection). */
export interface SourcePattern {
  readonly pattern: string;
  /** Absolute folder the pattern is relative to (the config file's folder, or the working directory). */
  readonly base: string;
  /** The config entry it comes from (its function/name select pipelines), if any. */
  readonly entry?: PipelineEntry;
  readonly entryIndex?: number;
  /** Where the pattern is written (config file and line), for errors. */
  readonly at?: { readonly file: string; readonly line: number; readonly column: number };
}

/** One module or IR file to compile or accept. */
export interface PipelineSource {
  /** Absolute path. */
  readonly path: string;
  readonly kind: SourceKind;
  /** Named as a file (not found by a glob or in a folder): a module without a pipeline is an error. */
  readonly explicit: boolean;
  readonly function?: string;
  readonly name?: string;
  readonly entryIndex?: number;
}

/** Folders that never hold the repository's own pipelines; globs do not descend into them. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  'site-packages',
  '.kfp-action',
  '.tox',
]);

export function sourceKind(file: string): SourceKind | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.py')) return 'python';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.json')) return 'ir';
  return undefined;
}

export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** Keeps the first of each (path, function, name); sources from the config come first. */
export function dedupeSources(sources: readonly PipelineSource[]): PipelineSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.path}\u0000${s.function ?? ''}\u0000${s.name ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `pipelines` input / CLI positionals: one path or glob per line or word, blanks ignored. */
export function splitSourceList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}
