/**
 * Turning caching on or off for a whole run, the way the KFP SDK's `PipelineJob(enable_caching=…)`
 * does it: Vertex has no job-level switch, so every task's `cachingOptions.enableCache` in the
 * spec is set. Pure: returns a new spec, the input is left alone.
 */
import type { DagSpec, PipelineSpec } from './types.js';

function withDag(dag: DagSpec | undefined, enable: boolean): DagSpec | undefined {
  if (!dag?.tasks) return dag;
  const tasks = Object.fromEntries(
    Object.entries(dag.tasks).map(([name, task]) => [
      name,
      { ...task, cachingOptions: { ...task.cachingOptions, enableCache: enable } },
    ]),
  );
  return { ...dag, tasks };
}

export function withCaching(spec: PipelineSpec, enable: boolean): PipelineSpec {
  const components = spec.components
    ? Object.fromEntries(
        Object.entries(spec.components).map(([name, c]) => [
          name,
          c.dag ? { ...c, dag: withDag(c.dag, enable) } : c,
        ]),
      )
    : spec.components;
  const root = spec.root ? { ...spec.root, dag: withDag(spec.root.dag, enable) } : spec.root;
  return {
    ...spec,
    ...(components ? { components } : {}),
    ...(root ? { root } : {}),
  } as PipelineSpec;
}
