/**
 * Which pipelines a change affects: a pipeline is re-checked when its source changed, or any of
 * the repository's modules it imports, or one of its `dependsOn` globs matches a changed file, or
 * the config file changed. Pure: paths in, reasons out (all relative to the repository root,
 * `/`-separated).
 */
import path from 'node:path';

export interface PipelineDependencies {
  /** pipelineInfo.name. */
  readonly name: string;
  readonly source: string;
  /** Files the source imports (from importClosure), the source itself included. */
  readonly imports: ReadonlySet<string>;
  /** Globs from the config entry's `dependsOn`, relative to the repository root. */
  readonly dependsOn: readonly string[];
}

export interface AffectedPipeline {
  readonly name: string;
  /** Why it is checked, in words (for the log and the summary). */
  readonly reason: string;
}

export function affectedPipelines(
  pipelines: readonly PipelineDependencies[],
  changedFiles: readonly string[],
  configFile: string | undefined,
): AffectedPipeline[] {
  const changed = new Set(changedFiles);
  const out: AffectedPipeline[] = [];
  for (const p of pipelines) {
    let reason: string | undefined;
    if (changed.has(p.source)) reason = `${p.source} changed`;
    else if (configFile && changed.has(configFile)) reason = `${configFile} changed`;
    else {
      const imported = [...p.imports].find((f) => f !== p.source && changed.has(f));
      if (imported) reason = `it imports ${imported}, which changed`;
      else {
        for (const glob of p.dependsOn) {
          const hit = changedFiles.find((f) => f === glob || path.posix.matchesGlob(f, glob));
          if (hit) {
            reason = `${hit} changed (dependsOn ${glob})`;
            break;
          }
        }
      }
    }
    if (reason) out.push({ name: p.name, reason });
  }
  return out;
}
