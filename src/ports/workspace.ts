import type { SourcePattern, PipelineSource } from '../core/compile/sources.js';
import type { ConfigLoadResult } from '../core/config/load.js';
import type { Diagnostic } from '../core/diagnostics.js';

/** The config file as read: a missing file is not an error here (commands given explicit paths
 * work without one). */
export type ConfigFile =
  { readonly exists: false } | ({ readonly exists: true } & ConfigLoadResult);

/** The pipeline sources that patterns matched, and the patterns that matched nothing. */
export interface Discovery {
  readonly sources: readonly PipelineSource[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The repository as commands see it: the config file and the pipeline sources in it. The real
 * one (src/adapters/workspace/) reads the file system; command tests may hand in data.
 */
export interface Workspace {
  /** Reads and loads the config file; `display` is the path to show in diagnostics. */
  readConfig(configPath: string, display: string): ConfigFile;
  /** Expands each source pattern against the repository (see docs/config.md). */
  discoverSources(
    patterns: readonly SourcePattern[],
    display: (absolutePath: string) => string,
  ): Discovery;
}
