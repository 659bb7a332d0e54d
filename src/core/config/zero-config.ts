/**
 * The config kfp-action uses when a repository has no config file: every pipeline found in the
 * repository (src/adapters/sources/repository.ts), every check and the diff on, every policy rule
 * that needs no list of yours as a warning, and nothing that needs a decision of yours — no
 * Vertex settings, decision, gates, model or environments. Pure.
 */
import { outermostPipelines, type ScannedModule } from '../compile/scan.js';
import type { KfpActionConfig, PipelineEntry, PolicySettings } from './types.js';

/** Policy without a config: each rule that stands on its own, reported but never failing. */
export const ZERO_CONFIG_POLICY: PolicySettings = {
  imageLatestTag: 'warning',
  imageNotPinnedByDigest: 'warning',
  missingResourceLimits: 'warning',
  cachingDisabled: 'warning',
  parameterWithoutDefault: 'warning',
};

/** Where the docs of running without a config are (linked from comments and messages). */
export const ZERO_CONFIG_DOCS =
  'https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#without-a-config-file';
/** Where `kfp-action init` is described. */
export const INIT_DOCS =
  'https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#kfp-action-init';

export interface FoundPipelines {
  readonly modules: readonly ScannedModule[];
  /** Compiled IR files (paths relative to the working directory, `/`-separated). */
  readonly ir: readonly string[];
}

/**
 * One entry per module with an outermost pipeline (selecting them by `function` when the module
 * also defines a sub-pipeline, which is compiled as part of its parent only), then one per IR
 * file. Paths are relative to the working directory.
 */
export function zeroConfigPipelines(found: FoundPipelines): PipelineEntry[] {
  const outer = outermostPipelines(found.modules);
  const entries: PipelineEntry[] = [];
  for (const m of found.modules) {
    const keep = outer.get(m.file) ?? [];
    if (keep.length === 0) continue;
    if (keep.length === m.scan.pipelines.length) entries.push({ source: m.file });
    else for (const p of keep) entries.push({ source: m.file, function: p.function });
  }
  for (const file of found.ir) entries.push({ source: file });
  return entries;
}

export function zeroConfig(found: FoundPipelines): KfpActionConfig {
  return { version: 1, policy: ZERO_CONFIG_POLICY, pipelines: zeroConfigPipelines(found) };
}

/** What a command that needs the config says when there is none: the keys to add. */
export function configRequiredMessage(command: string, configFile: string): string {
  const keys: Record<string, string> = {
    submit:
      '`vertex: {project, region, pipelineRoot}` (and, to gate the run, a `decision` and `gates` on the pipeline)',
    promote: '`environments` (the promotion order) and a `model` section on the pipeline',
    rollback: '`environments` and a `model` section on the pipeline',
  };
  return `${command} needs the config file, and ${configFile} does not exist: add ${
    keys[command] ?? '`pipelines`'
  }. \`kfp-action init\` writes a commented one for the pipelines of this repository (docs/config.md)`;
}
