/**
 * google.cloud.aiplatform.v1 Model / Endpoint / ModelEvaluation messages → the plain data of
 * src/core/promotion/types.ts. Read defensively, like ../vertex/convert.ts: any field may be
 * missing, int64 may be a Long, maps may be plain objects.
 */
import type { DeployedModel, EndpointState, ModelVersion } from '../../core/promotion/types.js';
import type { StoredEvaluation } from '../../ports/model-registry.js';
import { fromTimestamp, fromValue } from '../vertex/convert.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, x] of Object.entries(v)) out[k] = text(x);
  return out;
}

/** `projects/…/models/{id}` without any `@version` suffix. */
const baseModelName = (name: string): string => name.split('@')[0] ?? name;

export function modelVersion(message: unknown): ModelVersion {
  const m = isObj(message) ? message : {};
  const createTime = fromTimestamp(m.versionCreateTime) ?? fromTimestamp(m.createTime);
  return {
    model: baseModelName(text(m.name)),
    versionId: text(m.versionId),
    displayName: text(m.displayName),
    aliases: Array.isArray(m.versionAliases) ? m.versionAliases.map(text) : [],
    labels: stringMap(m.labels),
    ...(m.artifactUri ? { artifactUri: text(m.artifactUri) } : {}),
    ...(createTime ? { createTime } : {}),
  };
}

function deployedModel(message: unknown): DeployedModel | undefined {
  if (!isObj(message) || !message.id) return undefined;
  const model = text(message.model);
  const suffix = model.includes('@') ? model.split('@')[1] : undefined;
  const versionId = text(message.modelVersionId) || (suffix && /^\d+$/.test(suffix) ? suffix : '');
  return {
    id: text(message.id),
    model: baseModelName(model),
    versionId,
    ...(message.displayName ? { displayName: text(message.displayName) } : {}),
  };
}

export function endpointState(message: unknown): EndpointState {
  const e = isObj(message) ? message : {};
  const split: Record<string, number> = {};
  if (isObj(e.trafficSplit)) {
    for (const [k, v] of Object.entries(e.trafficSplit)) split[k] = Number(v) || 0;
  }
  return {
    name: text(e.name),
    displayName: text(e.displayName),
    deployedModels: (Array.isArray(e.deployedModels) ? e.deployedModels : [])
      .map(deployedModel)
      .filter((d): d is DeployedModel => d !== undefined),
    trafficSplit: split,
  };
}

export function storedEvaluation(message: unknown): StoredEvaluation {
  const e = isObj(message) ? message : {};
  return {
    name: text(e.name),
    displayName: text(e.displayName),
    metrics: fromValue(e.metrics) ?? null,
    metadata: fromValue(e.metadata) ?? null,
  };
}
