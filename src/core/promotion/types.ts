/**
 * Plain data the promotion rules work on: model versions as the Model Registry reports them,
 * endpoints with their deployed models and traffic, and what the runner's OIDC token says about
 * the job. The adapters (src/adapters/vertex-models/) build these; nothing here talks to Vertex.
 */

/** One version of a Model Registry model. */
export interface ModelVersion {
  /** `projects/{p}/locations/{r}/models/{id}` (no `@version`). */
  readonly model: string;
  /** Vertex's version id: "1", "2", … */
  readonly versionId: string;
  readonly displayName: string;
  /** Aliases on this version (`staging`, `production`, `default`, …). */
  readonly aliases: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly artifactUri?: string;
  /** RFC 3339. */
  readonly createTime?: string;
}

/** A model deployed on an endpoint. */
export interface DeployedModel {
  /** The DeployedModel id on the endpoint (the key of the traffic split). */
  readonly id: string;
  /** `projects/…/models/{id}` as Vertex reports it (may carry `@version`). */
  readonly model: string;
  readonly versionId: string;
  readonly displayName?: string;
}

export interface EndpointState {
  /** `projects/{p}/locations/{r}/endpoints/{id}`. */
  readonly name: string;
  readonly displayName: string;
  readonly deployedModels: readonly DeployedModel[];
  /** DeployedModel id → percent of traffic (sums to 100 when anything is deployed). */
  readonly trafficSplit: Readonly<Record<string, number>>;
}

/** What the job's GitHub OIDC token says (or why it could not be read). */
export type OidcEnvironment =
  | { readonly kind: 'token'; readonly environment: string | undefined; readonly subject?: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

export const versionName = (v: Pick<ModelVersion, 'model' | 'versionId'>): string =>
  `${v.model}@${v.versionId}`;

/** The model id (last segment) of `projects/…/models/{id}[@…]`. */
export function modelId(model: string): string {
  const last = model.split('/').pop() ?? model;
  return last.split('@')[0] ?? last;
}
