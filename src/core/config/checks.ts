/**
 * Checks of a schema-valid config that JSON Schema cannot express. Pure; each finding names the
 * path it is about, and the loader turns that path into a line.
 */
import type { Severity } from '../diagnostics.js';
import type { ConfigPath } from './load.js';
import type { KfpActionConfig } from './types.js';

export interface ConfigFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly at: ConfigPath;
}

export function semanticChecks(config: KfpActionConfig): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const firstByName = new Map<string, number>();
  config.pipelines.forEach((p, i) => {
    if (p.name !== undefined) {
      const first = firstByName.get(p.name);
      if (first !== undefined) {
        out.push({
          code: 'config/duplicate-pipeline',
          severity: 'error',
          message: `pipeline name "${p.name}" is already used by pipelines[${first}]; each entry must configure a different pipeline`,
          at: ['pipelines', i, 'name'],
        });
      } else firstByName.set(p.name, i);
    }
    (p.gates ?? []).forEach((g, j) => {
      const at = ['pipelines', i, 'gates', j];
      if (g.min !== undefined && g.max !== undefined && g.min > g.max) {
        out.push({
          code: 'config/gate-range',
          severity: 'error',
          message: `gate on "${g.metric}" has min ${g.min} above max ${g.max}; no value can pass it`,
          at,
        });
      }
      if (g.min === undefined && g.max === undefined && g.maxRegression === undefined) {
        out.push({
          code: 'config/gate-empty',
          severity: 'warning',
          message: `gate on "${g.metric}" sets none of min, max, maxRegression, so it always passes`,
          at,
        });
      }
    });
  });
  const envIndex = new Map<string, number>();
  (config.environments ?? []).forEach((e, i) => {
    const first = envIndex.get(e.name);
    if (first !== undefined) {
      out.push({
        code: 'config/duplicate-environment',
        severity: 'error',
        message: `environment "${e.name}" is listed twice (also environments[${first}]); the promotion order must name each once`,
        at: ['environments', i, 'name'],
      });
    } else envIndex.set(e.name, i);
    if (
      e.minReplicas !== undefined &&
      e.maxReplicas !== undefined &&
      e.minReplicas > e.maxReplicas
    ) {
      out.push({
        code: 'config/replica-range',
        severity: 'error',
        message: `environment "${e.name}" has minReplicas ${e.minReplicas} above maxReplicas ${e.maxReplicas}`,
        at: ['environments', i],
      });
    }
  });
  return out;
}
