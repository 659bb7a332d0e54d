/**
 * google.cloud.aiplatform.v1.EndpointService for the fake: CreateEndpoint, DeployModel and
 * UndeployModel as long-running operations (applied when the operation completes), GetEndpoint,
 * ListEndpoints (`display_name="…"` filter) and UpdateEndpoint (traffic split). The rules of
 * endpoint_service.proto are enforced: a traffic split adds up to 100, `"0"` names the model being
 * deployed, a deployed model that still gets traffic cannot be undeployed.
 */
import { grpc } from 'google-gax';
import { FakeStatus, type UnaryHandler } from '../fake-vertex/server.js';
import { resolveVersion } from './model-service.js';
import type { FakeOperations } from './operations.js';
import type { FakeEndpoint, FakeRegistryState } from './state.js';
import { endpointMessage } from './wire.js';

const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;
const bad = (message: string) => new FakeStatus(grpc.status.INVALID_ARGUMENT, message);

function findEndpoint(state: FakeRegistryState, name: string): FakeEndpoint {
  const endpoint = state.endpoints.get(name);
  if (!endpoint) throw new FakeStatus(grpc.status.NOT_FOUND, `Endpoint ${name} not found`);
  return endpoint;
}

function numbers(split: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries((split ?? {}) as Record<string, unknown>)) out[k] = Number(v);
  return out;
}

/** Checks a split against the deployed ids (plus "0" while deploying); empty = unchanged. */
function checkSplit(split: Record<string, number>, ids: readonly string[]): void {
  const entries = Object.entries(split);
  if (entries.length === 0) return;
  for (const [id, share] of entries) {
    if (!ids.includes(id))
      throw bad(`traffic_split names deployed model "${id}", which is not on the endpoint`);
    if (!Number.isInteger(share) || share < 0 || share > 100)
      throw bad(`traffic_split["${id}"] = ${share} is not a whole percentage`);
  }
  const sum = entries.reduce((s, [, v]) => s + v, 0);
  if (sum !== 100) throw bad(`traffic_split adds up to ${sum}, not 100`);
}

export function endpointServiceHandlers(
  state: FakeRegistryState,
  operations: FakeOperations,
): Record<string, UnaryHandler> {
  return {
    CreateEndpoint: (request) => {
      const parent = String(request.parent ?? '');
      if (!PARENT.test(parent)) throw bad(`bad parent "${parent}"`);
      const endpoint = (request.endpoint ?? {}) as Record<string, unknown>;
      const displayName = String(endpoint.displayName ?? '');
      if (!displayName) throw bad('endpoint.display_name is required');
      const name = `${parent}/endpoints/${String(request.endpointId || state.newEndpointId())}`;
      if (state.endpoints.has(name))
        throw new FakeStatus(grpc.status.ALREADY_EXISTS, `${name} already exists`);
      return operations.start(name, 'CreateEndpoint', () => {
        const created: FakeEndpoint = {
          name,
          displayName,
          labels: { ...((endpoint.labels ?? {}) as Record<string, string>) },
          deployed: [],
          trafficSplit: {},
          createMs: Date.now(),
        };
        state.endpoints.set(name, created);
        return { type: 'google.cloud.aiplatform.v1.Endpoint', message: endpointMessage(created) };
      });
    },

    GetEndpoint: (request) => endpointMessage(findEndpoint(state, String(request.name ?? ''))),

    ListEndpoints: (request) => {
      const parent = String(request.parent ?? '');
      if (!PARENT.test(parent)) throw bad(`bad parent "${parent}"`);
      const filter = String(request.filter ?? '').trim();
      const m = /^display_name\s*=\s*"((?:[^"\\]|\\.)*)"$/.exec(filter);
      if (filter && !m) throw bad(`filter "${filter}" is not understood by the fake`);
      const wanted = m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
      const endpoints = [...state.endpoints.values()]
        .filter((e) => e.name.startsWith(`${parent}/`))
        .filter((e) => wanted === undefined || e.displayName === wanted)
        .map(endpointMessage);
      return { endpoints };
    },

    UpdateEndpoint: (request) => {
      const update = (request.endpoint ?? {}) as Record<string, unknown>;
      const endpoint = findEndpoint(state, String(update.name ?? ''));
      const paths = ((request.updateMask as { paths?: string[] } | undefined)?.paths ?? []).map(
        String,
      );
      if (!paths.includes('traffic_split')) throw bad('the fake only updates traffic_split');
      const split = numbers(update.trafficSplit);
      if (Object.keys(split).length === 0 && endpoint.deployed.length > 0) {
        throw bad('traffic_split must add up to 100 while models are deployed');
      }
      checkSplit(
        split,
        endpoint.deployed.map((d) => d.id),
      );
      endpoint.trafficSplit = split;
      return endpointMessage(endpoint);
    },

    DeployModel: (request) => {
      const endpoint = findEndpoint(state, String(request.endpoint ?? ''));
      const deployed = (request.deployedModel ?? {}) as Record<string, unknown>;
      const { model, version } = resolveVersion(state, String(deployed.model ?? ''));
      const resources = (deployed.dedicatedResources ?? {}) as {
        machineSpec?: { machineType?: string };
        minReplicaCount?: number;
        maxReplicaCount?: number;
      };
      const machineType = String(resources.machineSpec?.machineType ?? '');
      if (!machineType)
        throw bad('deployed_model.dedicated_resources.machine_spec.machine_type is required');
      const minReplicas = Number(resources.minReplicaCount ?? 0);
      if (minReplicas < 1) throw bad('dedicated_resources.min_replica_count must be at least 1');
      const maxReplicas = Math.max(minReplicas, Number(resources.maxReplicaCount ?? 0));
      const split = numbers(request.trafficSplit);
      checkSplit(split, ['0', ...endpoint.deployed.map((d) => d.id)]);
      if (Object.keys(split).length === 0 && endpoint.deployed.length === 0) {
        throw bad('traffic_split is required for the first model on an endpoint');
      }
      return operations.start(endpoint.name, 'DeployModel', () => {
        const id = state.newDeployedModelId();
        endpoint.deployed.push({
          id,
          model: model.name,
          versionId: version.versionId,
          displayName: String(deployed.displayName ?? ''),
          machineType,
          minReplicas,
          maxReplicas,
          createMs: Date.now(),
        });
        if (Object.keys(split).length > 0) {
          const next: Record<string, number> = {};
          for (const [k, v] of Object.entries(split)) next[k === '0' ? id : k] = v;
          endpoint.trafficSplit = next;
        }
        const wire = endpointMessage(endpoint);
        const message = (wire.deployedModels as Record<string, unknown>[]).find(
          (d) => d.id === id,
        )!;
        return {
          type: 'google.cloud.aiplatform.v1.DeployModelResponse',
          message: { deployedModel: message },
        };
      });
    },

    UndeployModel: (request) => {
      const endpoint = findEndpoint(state, String(request.endpoint ?? ''));
      const id = String(request.deployedModelId ?? '');
      if (!endpoint.deployed.some((d) => d.id === id)) {
        throw new FakeStatus(
          grpc.status.NOT_FOUND,
          `deployed model ${id} is not on ${endpoint.name}`,
        );
      }
      const split = numbers(request.trafficSplit);
      const remaining = endpoint.deployed.filter((d) => d.id !== id);
      const effective = Object.keys(split).length > 0 ? split : endpoint.trafficSplit;
      if (remaining.length > 0 && (effective[id] ?? 0) > 0) {
        throw new FakeStatus(
          grpc.status.FAILED_PRECONDITION,
          `deployed model ${id} still receives ${effective[id]}% of the traffic; move it first`,
        );
      }
      if (Object.keys(split).length > 0)
        checkSplit(
          split,
          endpoint.deployed.map((d) => d.id),
        );
      return operations.start(endpoint.name, 'UndeployModel', () => {
        endpoint.deployed = endpoint.deployed.filter((d) => d.id !== id);
        const next: Record<string, number> = {};
        for (const [k, v] of Object.entries(effective)) if (k !== id) next[k] = v;
        endpoint.trafficSplit = endpoint.deployed.length === 0 ? {} : next;
        return { type: 'google.cloud.aiplatform.v1.UndeployModelResponse', message: {} };
      });
    },
  };
}
