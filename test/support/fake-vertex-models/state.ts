/**
 * What the fake Model Registry and endpoints hold, as plain data a test can read and arrange:
 * models with their versions (aliases, labels, evaluations) and endpoints with their deployed
 * models and traffic split. Wire conversion lives in ./wire.ts.
 */
import type { Json } from '../fake-vertex/struct.js';

export interface FakeEvaluation {
  readonly name: string;
  readonly displayName: string;
  readonly metricsSchemaUri: string;
  readonly metrics: Json | undefined;
  readonly metadata: Json | undefined;
  readonly createMs: number;
}

export interface FakeModelVersion {
  readonly versionId: string;
  readonly displayName: string;
  readonly artifactUri: string;
  readonly imageUri: string;
  readonly labels: Record<string, string>;
  aliases: string[];
  readonly evaluations: FakeEvaluation[];
  readonly createMs: number;
}

export interface FakeModel {
  /** `projects/{p}/locations/{r}/models/{id}`. */
  readonly name: string;
  readonly versions: FakeModelVersion[];
}

export interface FakeDeployedModel {
  readonly id: string;
  /** Base model name (no @). */
  readonly model: string;
  readonly versionId: string;
  readonly displayName: string;
  readonly machineType: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly createMs: number;
}

export interface FakeEndpoint {
  readonly name: string;
  readonly displayName: string;
  readonly labels: Record<string, string>;
  deployed: FakeDeployedModel[];
  trafficSplit: Record<string, number>;
  readonly createMs: number;
}

export class FakeRegistryState {
  readonly models = new Map<string, FakeModel>();
  readonly endpoints = new Map<string, FakeEndpoint>();
  private nextDeployedId = 7000;
  private nextEndpointId = 100;
  private nextEvaluationId = 1;

  newDeployedModelId(): string {
    return String(++this.nextDeployedId);
  }
  newEndpointId(): string {
    return String(++this.nextEndpointId);
  }
  newEvaluationId(): string {
    return String(this.nextEvaluationId++);
  }

  /** Every version across models, for assertions ("nothing new was uploaded"). */
  versionCount(): number {
    return [...this.models.values()].reduce((n, m) => n + m.versions.length, 0);
  }

  /** The version an alias points at, for assertions. */
  aliasHolder(model: string, alias: string): FakeModelVersion | undefined {
    return this.models.get(model)?.versions.find((v) => v.aliases.includes(alias));
  }

  /** The endpoint with this display name. */
  endpointNamed(displayName: string): FakeEndpoint | undefined {
    return [...this.endpoints.values()].find((e) => e.displayName === displayName);
  }

  /** Version id → percent of the endpoint's traffic. */
  trafficByVersion(endpoint: FakeEndpoint): Record<string, number> {
    const out: Record<string, number> = {};
    for (const d of endpoint.deployed) {
      out[d.versionId] = (out[d.versionId] ?? 0) + (endpoint.trafficSplit[d.id] ?? 0);
    }
    return out;
  }
}
