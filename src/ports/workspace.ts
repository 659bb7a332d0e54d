import type { ScannedModule } from '../core/compile/scan.js';
import type { SourcePattern, PipelineSource } from '../core/compile/sources.js';
import type { ConfigLoadResult } from '../core/config/load.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Logger } from './logger.js';

/** The config file as read: a missing file is not an error here (commands given explicit paths
 * work without one). */
export type ConfigFile =
  { readonly exists: false } | ({ readonly exists: true } & ConfigLoadResult);

/** The pipeline sources that patterns matched, and the patterns that matched nothing. */
export interface Discovery {
  readonly sources: readonly PipelineSource[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The pipelines of a repository without a config file (docs/config.md#without-a-config-file). */
export interface RepositoryPipelines {
  /** Modules with at least one `@dsl.pipeline`, paths relative to the folder (`/`-separated). */
  readonly modules: readonly ScannedModule[];
  /** Files that look like compiled IR, relative to the folder. */
  readonly ir: readonly string[];
  /** How the files were listed: the files git knows, or a walk of the folder. */
  readonly listing: 'git' | 'walk';
}

/**
 * The repository as commands see it: the config file and the pipeline sources in it. The real
 * one (src/adapters/workspace/) reads the file system; command tests may hand in data.
 */
export interface Workspace {
  /** Reads and loads the config file; `display` is the path to show in diagnostics. */
  readConfig(configPath: string, display: string): Promise<ConfigFile>;
  /** Expands each source pattern against the repository (see docs/config.md). */
  discoverSources(
    patterns: readonly SourcePattern[],
    display: (absolutePath: string) => string,
  ): Discovery;
  /**
   * Every pipeline below `root`, found without running any code: Python modules with a
   * `@dsl.pipeline` and compiled IR, in the files git knows (or a walk outside git); virtualenvs,
   * node_modules and `outputDirs` (absolute) are skipped.
   */
  findPipelines(
    root: string,
    outputDirs: readonly string[],
    logger: Logger,
  ): Promise<RepositoryPipelines>;
  /** The text of one of kfp-action's starter workflows (`workflows/<name>`). */
  starterWorkflow(name: string): string;

  // Files (absolute paths). Reads throw the system's error (with its `code`, e.g. ENOENT), so a
  // command can name the reason; the `try…` ones answer undefined instead.
  /** The bytes of a file. */
  readFile(file: string): Uint8Array;
  /** The text (UTF-8) of a file. */
  readText(file: string): string;
  /** The size of a regular file; undefined when there is none at `file`. */
  tryFileSize(file: string): number | undefined;
  /** Whether anything (file or folder) is at `path`. */
  exists(path: string): boolean;
  /** Writes a file whole, creating its folder. */
  writeFile(file: string, data: string | Uint8Array): void;
  /** Creates a folder and its parents (nothing when it exists). */
  makeDir(folder: string): void;
  /** A new empty folder under the system's temporary folder, and how to remove it. */
  scratchDir(prefix: string): { readonly path: string; remove(): void };
  /**
   * The compiled IR files that `validate` arguments name, as absolute paths: a file as it is
   * (whatever its extension), a folder walked for .yaml/.yml/.json (skipping .git, node_modules,
   * virtualenvs), a glob matched. A path that cannot be read is a usage error (exit 2) that
   * names the reason.
   */
  expandIrPaths(paths: readonly string[], base: string): string[];
}
