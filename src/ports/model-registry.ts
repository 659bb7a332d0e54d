/**
 * The Vertex Model Registry and endpoints, write side: what a promotion does. The real adapter
 * (src/adapters/vertex-models/) speaks gRPC through @google-cloud/aiplatform's ModelServiceClient
 * and EndpointServiceClient and waits for their long-running operations; tests point it at the
 * fake server (test/support/fake-vertex-models/) with AIPLATFORM_EMULATOR_HOST.
 *
 * Plain data only: Values, Timestamps and Longs are converted inside the adapter.
 */
import type { EvaluationRecord } from '../core/promotion/evaluation.js';
import type { EndpointState, ModelVersion } from '../core/promotion/types.js';

export interface UploadVersionRequest {
  /** The model's id in the registry (`models/{modelId}`); created with the first version. */
  readonly modelId: string;
  readonly displayName: string;
  /** Folder holding the saved model (the pipeline's model artifact URI). */
  readonly artifactUri: string;
  /** Serving container image. */
  readonly servingContainer: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly versionDescription?: string;
}

export interface StoredEvaluation {
  readonly name: string;
  readonly displayName: string;
  /** `metrics` and `metadata` as JSON. */
  readonly metrics: unknown;
  readonly metadata: unknown;
}

/** google.cloud.aiplatform.v1.ModelService, the calls a promotion needs. */
export interface ModelVersionRegistry {
  /** Every version of `models/{modelId}`, newest first; [] when the model does not exist. */
  listVersions(modelId: string): Promise<ModelVersion[]>;
  /** The version whose labels match the filter (`labels.kfp-run="…"`), if any. */
  findVersion(modelId: string, filter: string): Promise<ModelVersion | undefined>;
  /** A version by id or alias (`7`, `production`), or the default version when omitted;
   * undefined when there is none. */
  tryGetVersion(modelId: string, versionOrAlias?: string): Promise<ModelVersion | undefined>;
  /** UploadModel (a long-running operation, waited for); a new version of the model. */
  uploadVersion(request: UploadVersionRequest): Promise<ModelVersion>;
  listEvaluations(version: ModelVersion): Promise<StoredEvaluation[]>;
  importEvaluation(version: ModelVersion, evaluation: EvaluationRecord): Promise<void>;
  /** MergeVersionAliases: `alias` adds, `-alias` removes. Returns the updated version. */
  mergeAliases(version: ModelVersion, aliases: readonly string[]): Promise<ModelVersion>;
}

export interface DeployRequest {
  readonly endpoint: string;
  readonly version: ModelVersion;
  readonly displayName: string;
  readonly machineType: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Deployed model id → percent; `"0"` is the model being deployed. */
  readonly trafficSplit: Readonly<Record<string, number>>;
  readonly serviceAccount?: string;
}

/** google.cloud.aiplatform.v1.EndpointService; every long-running call is waited for. */
export interface EndpointRegistry {
  /** The endpoint with this display name (the oldest if several), undefined when none. */
  findEndpoint(displayName: string): Promise<EndpointState | undefined>;
  createEndpoint(
    displayName: string,
    labels: Readonly<Record<string, string>>,
  ): Promise<EndpointState>;
  deploy(request: DeployRequest): Promise<EndpointState>;
  undeploy(
    endpoint: string,
    deployedModelId: string,
    trafficSplit?: Readonly<Record<string, number>>,
  ): Promise<EndpointState>;
  /** UpdateEndpoint with only `traffic_split` in the update mask. */
  setTraffic(
    endpoint: string,
    trafficSplit: Readonly<Record<string, number>>,
  ): Promise<EndpointState>;
  /** The console page of an endpoint. */
  consoleUrl(endpoint: string): string;
}

export interface PromotionClients {
  readonly models: ModelVersionRegistry;
  readonly endpoints: EndpointRegistry;
  close(): Promise<void>;
}
