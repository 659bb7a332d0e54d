import type { VertexSettings } from '../core/config/types.js';

/** The inputs / flags that override the config's `vertex:` location and identity (submit,
 * schedules), in the order the commands list them. */
export const VERTEX_OVERRIDE_FLAGS = [
  'project',
  'region',
  'pipeline-root',
  'service-account',
] as const;

/** The `vertex:` keys those inputs set; an empty one leaves the config's value. */
export function vertexOverrides(get: (name: string) => string | undefined): VertexSettings {
  return {
    ...(get('project') ? { project: get('project') } : {}),
    ...(get('region') ? { region: get('region') } : {}),
    ...(get('pipeline-root') ? { pipelineRoot: get('pipeline-root') } : {}),
    ...(get('service-account') ? { serviceAccount: get('service-account') } : {}),
  };
}
