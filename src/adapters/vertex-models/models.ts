/**
 * The Model Registry through @google-cloud/aiplatform's v1 ModelServiceClient (deep import: the
 * package root loads every client). Options, retries and error wording are shared with the
 * PipelineService adapter (../vertex/). Implements both the promotion's write side
 * (ModelVersionRegistry) and the merge report's read side (ModelRegistry.tryReadBaseline).
 */
import { ModelServiceClient } from '@google-cloud/aiplatform/build/src/v1/model_service_client.js';
import { toValue } from '@google-cloud/aiplatform/build/src/helpers.js';
import { UserError } from '../../core/diagnostics.js';
import { baselineFromEvaluation, evaluationDisplayName } from '../../core/promotion/evaluation.js';
import type { EvaluationRecord } from '../../core/promotion/evaluation.js';
import { modelIdFor } from '../../core/promotion/labels.js';
import { versionName, type ModelVersion } from '../../core/promotion/types.js';
import type {
  ModelVersionRegistry,
  StoredEvaluation,
  UploadVersionRequest,
} from '../../ports/model-registry.js';
import type { BaselineLookup, ModelRegistry, VertexLocation } from '../../ports/vertex.js';
import { clientOptions, type ClientTarget } from '../vertex/client.js';
import { ClientStart } from '../vertex/client-start.js';
import { vertexError } from '../vertex/errors.js';
import { Code, grpcCode, withRetry } from '../vertex/retry.js';
import { modelVersion, storedEvaluation } from './convert.js';
import { waitForOperation, type PollableOperation, type WaitContext } from './operations.js';

const CALL_TIMEOUT_MS = 60_000;

export class GrpcModelRegistry implements ModelVersionRegistry, ModelRegistry {
  private readonly client: ModelServiceClient;
  private readonly start: ClientStart;
  private readonly parent: string;

  constructor(
    target: ClientTarget,
    private readonly location: VertexLocation,
    private readonly context: WaitContext,
  ) {
    this.client = new ModelServiceClient(
      clientOptions(target) as ConstructorParameters<typeof ModelServiceClient>[0],
    );
    this.start = new ClientStart(this.client);
    this.parent = `projects/${location.project}/locations/${location.region}`;
  }

  private modelName(modelId: string): string {
    return `${this.parent}/models/${modelId}`;
  }

  /** Every call: the client started first (its failure thrown raw, worded by the caller's
   * `vertexError`; see ../vertex/client-start.ts), then retried on transient errors. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    await this.start.ready();
    return withRetry(what, fn, this.context);
  }

  async listVersions(modelId: string): Promise<ModelVersion[]> {
    const name = this.modelName(modelId);
    try {
      const [models] = await this.call('ListModelVersions', () =>
        this.client.listModelVersions({ name }, { timeout: CALL_TIMEOUT_MS }),
      );
      return models.map(modelVersion).sort((a, b) => Number(b.versionId) - Number(a.versionId));
    } catch (error) {
      if (grpcCode(error) === Code.NOT_FOUND) return [];
      throw vertexError('list the versions of model', name, error);
    }
  }

  async findVersion(modelId: string, filter: string): Promise<ModelVersion | undefined> {
    const name = this.modelName(modelId);
    try {
      const [models] = await this.call('ListModelVersions', () =>
        this.client.listModelVersions({ name, filter }, { timeout: CALL_TIMEOUT_MS }),
      );
      const versions = models.map(modelVersion);
      versions.sort((a, b) => Number(a.versionId) - Number(b.versionId));
      return versions[0];
    } catch (error) {
      if (grpcCode(error) === Code.NOT_FOUND) return undefined;
      throw vertexError(`find the version (${filter}) of model`, name, error);
    }
  }

  /** Without `versionOrAlias`: the model's default version (is there a model at all?). */
  async tryGetVersion(modelId: string, versionOrAlias?: string): Promise<ModelVersion | undefined> {
    const base = this.modelName(modelId);
    const name = versionOrAlias ? `${base}@${versionOrAlias}` : base;
    try {
      const [model] = await this.call('GetModel', () =>
        this.client.getModel({ name }, { timeout: CALL_TIMEOUT_MS }),
      );
      return modelVersion(model);
    } catch (error) {
      if (grpcCode(error) === Code.NOT_FOUND) return undefined;
      throw vertexError('read model', name, error);
    }
  }

  async uploadVersion(request: UploadVersionRequest): Promise<ModelVersion> {
    const name = this.modelName(request.modelId);
    const exists = (await this.tryGetVersion(request.modelId)) !== undefined;
    const model = {
      displayName: request.displayName,
      artifactUri: request.artifactUri,
      containerSpec: { imageUri: request.servingContainer },
      labels: { ...request.labels },
      ...(request.versionDescription ? { versionDescription: request.versionDescription } : {}),
    };
    const upload = exists
      ? { parent: this.parent, parentModel: name, model }
      : { parent: this.parent, modelId: request.modelId, model };
    try {
      const [operation] = await this.call('UploadModel', () =>
        this.client.uploadModel(upload, { timeout: CALL_TIMEOUT_MS }),
      );
      const response = await waitForOperation<{
        model?: string | null;
        modelVersionId?: string | null;
      }>(
        `uploading ${request.artifactUri} as a version of ${name}`,
        operation as unknown as PollableOperation<{ model?: string; modelVersionId?: string }>,
        this.context,
      );
      const versionId = String(response.modelVersionId ?? '');
      const version = versionId ? await this.tryGetVersion(request.modelId, versionId) : undefined;
      if (!version) {
        throw vertexError(
          'read the uploaded version of model',
          name,
          new Error(`the upload answered version "${versionId}", which cannot be read`),
        );
      }
      return version;
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw vertexError('upload a version of model', name, error);
    }
  }

  async listEvaluations(version: ModelVersion): Promise<StoredEvaluation[]> {
    const parent = versionName(version);
    try {
      const [evaluations] = await this.call('ListModelEvaluations', () =>
        this.client.listModelEvaluations({ parent }, { timeout: CALL_TIMEOUT_MS }),
      );
      return evaluations.map(storedEvaluation);
    } catch (error) {
      if (grpcCode(error) === Code.NOT_FOUND) return [];
      throw vertexError('list the evaluations of model', parent, error);
    }
  }

  async importEvaluation(version: ModelVersion, evaluation: EvaluationRecord): Promise<void> {
    const parent = versionName(version);
    const modelEvaluation = {
      displayName: evaluation.displayName,
      metricsSchemaUri: evaluation.metricsSchemaUri,
      metrics: toValue(evaluation.metrics),
      metadata: toValue(evaluation.metadata as unknown as object),
    };
    try {
      await this.call('ImportModelEvaluation', () =>
        this.client.importModelEvaluation(
          { parent, modelEvaluation },
          { timeout: CALL_TIMEOUT_MS },
        ),
      );
    } catch (error) {
      throw vertexError('attach the evaluation to model', parent, error);
    }
  }

  async mergeAliases(version: ModelVersion, aliases: readonly string[]): Promise<ModelVersion> {
    const name = versionName(version);
    try {
      const [model] = await this.call('MergeVersionAliases', () =>
        this.client.mergeVersionAliases(
          { name, versionAliases: [...aliases] },
          { timeout: CALL_TIMEOUT_MS },
        ),
      );
      return modelVersion(model);
    } catch (error) {
      throw vertexError(`move the aliases ${aliases.join(', ')} of model`, name, error);
    }
  }

  /** The merge report's baseline: the evaluation kfp-action stored with the aliased version. */
  async tryReadBaseline(
    location: VertexLocation,
    modelDisplayName: string,
    alias: string,
  ): Promise<BaselineLookup> {
    if (location.project !== this.location.project || location.region !== this.location.region) {
      return { found: false, reason: `the model registry client is for ${this.parent}` };
    }
    const modelId = modelIdFor(modelDisplayName);
    const version = await this.tryGetVersion(modelId, alias);
    if (!version) {
      return {
        found: false,
        reason: `no version of model ${this.modelName(modelId)} holds the alias "${alias}" (nothing promoted there yet)`,
      };
    }
    const evaluations = await this.listEvaluations(version);
    const ours = evaluations.filter((e) => e.displayName.startsWith(evaluationDisplayName('')));
    for (const evaluation of [...ours, ...evaluations.filter((e) => !ours.includes(e))]) {
      const baseline = baselineFromEvaluation(evaluation, `${alias} (v${version.versionId})`);
      if (baseline) {
        return {
          found: true,
          baseline: {
            model: versionName(version),
            version: version.versionId,
            metrics: baseline.values,
          },
        };
      }
    }
    return {
      found: false,
      reason: `version ${version.versionId} (${alias}) has no evaluation with metrics`,
    };
  }

  async close(): Promise<void> {
    await this.start.close();
  }
}
