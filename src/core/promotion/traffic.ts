/**
 * Traffic splits for a deployment: all at once (100) or a canary percentage, with the rest of the
 * traffic kept on what the endpoint served before, in proportion. Vertex wants whole percentages
 * that add up to 100; `"0"` stands for the model being deployed (DeployModelRequest.traffic_split).
 */
import type { EndpointState } from './types.js';

export type TrafficSplit = Readonly<Record<string, number>>;

export const NEW_DEPLOYMENT = '0';

/**
 * Splits `100 - percent` over the current split in proportion, largest remainders first, so the
 * parts are whole numbers adding up exactly; `target` gets `percent`.
 */
export function splitWith(current: TrafficSplit, target: string, percent: number): TrafficSplit {
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  const others = Object.entries(current).filter(([id, share]) => id !== target && share > 0);
  const total = others.reduce((sum, [, share]) => sum + share, 0);
  if (others.length === 0 || total === 0 || p === 100) {
    const out: Record<string, number> = { [target]: 100 };
    for (const [id] of Object.entries(current)) if (id !== target) out[id] = 0;
    return out;
  }
  const rest = 100 - p;
  const exact = others.map(([id, share]) => ({ id, value: (share / total) * rest }));
  const parts = exact.map((e) => ({ id: e.id, whole: Math.floor(e.value), frac: e.value % 1 }));
  let missing = rest - parts.reduce((s, x) => s + x.whole, 0);
  for (const part of [...parts].sort((a, b) => b.frac - a.frac || a.id.localeCompare(b.id))) {
    if (missing <= 0) break;
    part.whole++;
    missing--;
  }
  const out: Record<string, number> = { [target]: p };
  for (const part of parts) out[part.id] = part.whole;
  for (const [id] of Object.entries(current)) if (!(id in out)) out[id] = 0;
  return out;
}

/** The deployed model ids of an endpoint that serve `versionId` of `model`. */
export function deployedIdsOf(endpoint: EndpointState, model: string, versionId: string): string[] {
  const base = model.split('@')[0];
  return endpoint.deployedModels
    .filter((d) => d.model.split('@')[0] === base && d.versionId === versionId)
    .map((d) => d.id);
}

/** Deployed models that get no traffic under `split` (candidates for undeploying). */
export function idleDeployments(endpoint: EndpointState, split: TrafficSplit): string[] {
  return endpoint.deployedModels.filter((d) => !((split[d.id] ?? 0) > 0)).map((d) => d.id);
}

/** The version that receives the most traffic (ties: the newest deployment id). */
export function servingVersion(endpoint: EndpointState): string | undefined {
  let best: { versionId: string; share: number } | undefined;
  for (const d of endpoint.deployedModels) {
    const share = endpoint.trafficSplit[d.id] ?? 0;
    if (share > 0 && (!best || share > best.share)) best = { versionId: d.versionId, share };
  }
  return best?.versionId;
}

/** Whether two splits give the same traffic to every deployed model. */
export function sameSplit(a: TrafficSplit, b: TrafficSplit): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => (a[id] ?? 0) === (b[id] ?? 0));
}
