/** The fake registry's state in the wire shapes of google.cloud.aiplatform.v1 messages. */
import { toWireTimestamp, toWireValue, type Json } from '../fake-vertex/struct.js';
import type {
  FakeEndpoint,
  FakeEvaluation,
  FakeModel,
  FakeModelVersion,
  FakeRegistryState,
} from './state.js';

export function modelMessage(
  model: FakeModel,
  version: FakeModelVersion,
  state: FakeRegistryState,
): Record<string, unknown> {
  const deployedModels = [...state.endpoints.values()].flatMap((e) =>
    e.deployed
      .filter((d) => d.model === model.name && d.versionId === version.versionId)
      .map((d) => ({ endpoint: e.name, deployedModelId: d.id })),
  );
  const first = model.versions[0]!;
  return {
    name: model.name,
    versionId: version.versionId,
    versionAliases: [...version.aliases],
    displayName: version.displayName,
    artifactUri: version.artifactUri,
    containerSpec: { imageUri: version.imageUri },
    labels: { ...version.labels },
    createTime: toWireTimestamp(first.createMs),
    versionCreateTime: toWireTimestamp(version.createMs),
    versionUpdateTime: toWireTimestamp(version.createMs),
    deployedModels,
  };
}

export function evaluationMessage(evaluation: FakeEvaluation): Record<string, unknown> {
  return {
    name: evaluation.name,
    displayName: evaluation.displayName,
    metricsSchemaUri: evaluation.metricsSchemaUri,
    ...(evaluation.metrics !== undefined
      ? { metrics: toWireValue(evaluation.metrics as Json) }
      : {}),
    ...(evaluation.metadata !== undefined
      ? { metadata: toWireValue(evaluation.metadata as Json) }
      : {}),
    createTime: toWireTimestamp(evaluation.createMs),
  };
}

export function endpointMessage(endpoint: FakeEndpoint): Record<string, unknown> {
  return {
    name: endpoint.name,
    displayName: endpoint.displayName,
    labels: { ...endpoint.labels },
    createTime: toWireTimestamp(endpoint.createMs),
    updateTime: toWireTimestamp(endpoint.createMs),
    trafficSplit: { ...endpoint.trafficSplit },
    deployedModels: endpoint.deployed.map((d) => ({
      id: d.id,
      model: d.model,
      modelVersionId: d.versionId,
      displayName: d.displayName,
      createTime: toWireTimestamp(d.createMs),
      dedicatedResources: {
        machineSpec: { machineType: d.machineType },
        minReplicaCount: d.minReplicas,
        maxReplicaCount: d.maxReplicas,
      },
    })),
  };
}
