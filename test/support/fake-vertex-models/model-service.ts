/**
 * google.cloud.aiplatform.v1.ModelService for the fake: UploadModel (long-running), GetModel,
 * ListModelVersions (with `labels.k="v"` filters), MergeVersionAliases, ImportModelEvaluation and
 * ListModelEvaluations. Resource names and rules follow model_service.proto: `models/{id}@{version
 * or alias}`, a new model's first version is "1" with the alias `default`, an alias lives on one
 * version at a time (adding one that another version holds is refused, as a careful client must
 * expect), `-alias` removes.
 */
import { grpc } from 'google-gax';
import { labelFilter } from '../fake-vertex/filter.js';
import { FakeStatus, type UnaryHandler } from '../fake-vertex/server.js';
import { fromWireValue, type WireValue } from '../fake-vertex/struct.js';
import type { FakeOperations } from './operations.js';
import type { FakeModel, FakeModelVersion, FakeRegistryState } from './state.js';
import { evaluationMessage, modelMessage } from './wire.js';

const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;
const MODEL = /^(projects\/[^/]+\/locations\/[^/]+\/models\/[^/@]+)(?:@([^/]+))?$/;
const MODEL_ID = /^[a-z_][a-z0-9_-]{0,62}$/;
const ALIAS = /^[a-z][a-zA-Z0-9-]{0,126}[a-z0-9-]$/;

const bad = (message: string) => new FakeStatus(grpc.status.INVALID_ARGUMENT, message);
const notFound = (message: string) => new FakeStatus(grpc.status.NOT_FOUND, message);

/** Resolves `models/{id}[@version|@alias]` to the model and version (default version if none). */
export function resolveVersion(
  state: FakeRegistryState,
  name: string,
): { model: FakeModel; version: FakeModelVersion } {
  const match = MODEL.exec(name);
  if (!match) throw bad(`"${name}" is not a model resource name`);
  const model = state.models.get(match[1]!);
  if (!model) throw notFound(`Model ${match[1]} not found`);
  const selector = match[2] ?? 'default';
  const version =
    model.versions.find((v) => v.versionId === selector) ??
    model.versions.find((v) => v.aliases.includes(selector));
  if (!version) throw notFound(`Model ${match[1]} has no version or alias "${selector}"`);
  return { model, version };
}

export function modelServiceHandlers(
  state: FakeRegistryState,
  operations: FakeOperations,
): Record<string, UnaryHandler> {
  return {
    UploadModel: (request) => {
      const parent = String(request.parent ?? '');
      if (!PARENT.test(parent)) throw bad(`bad parent "${parent}"`);
      const model = (request.model ?? {}) as Record<string, unknown>;
      const displayName = String(model.displayName ?? '');
      if (!displayName) throw bad('model.display_name is required');
      const imageUri = String(
        (model.containerSpec as { imageUri?: string } | undefined)?.imageUri ?? '',
      );
      if (!imageUri) throw bad('model.container_spec.image_uri is required for a custom model');
      const artifactUri = String(model.artifactUri ?? '');
      if (!/^gs:\/\//.test(artifactUri))
        throw bad(`model.artifact_uri "${artifactUri}" must be a gs:// folder`);
      const labels = { ...((model.labels ?? {}) as Record<string, string>) };
      for (const [k, v] of Object.entries(labels)) {
        if (!/^[a-z][a-z0-9_-]{0,62}$/.test(k) || !/^[a-z0-9_-]{0,63}$/.test(v)) {
          throw bad(`label ${k}=${v} breaks the label rules`);
        }
      }
      const parentModel = String(request.parentModel ?? '');
      let target: string;
      if (parentModel) {
        if (!state.models.has(parentModel)) throw notFound(`parent model ${parentModel} not found`);
        target = parentModel;
      } else {
        const id = String(request.modelId ?? '') || `m${state.models.size + 1}`;
        if (!MODEL_ID.test(id)) throw bad(`model_id "${id}" must match ${MODEL_ID}`);
        target = `${parent}/models/${id}`;
        if (state.models.has(target))
          throw new FakeStatus(grpc.status.ALREADY_EXISTS, `${target} already exists`);
      }
      return operations.start(target, 'UploadModel', () => {
        let entry = state.models.get(target);
        if (!entry) {
          entry = { name: target, versions: [] };
          state.models.set(target, entry);
        }
        const versionId = String(
          entry.versions.reduce((n, v) => Math.max(n, Number(v.versionId)), 0) + 1,
        );
        entry.versions.push({
          versionId,
          displayName,
          artifactUri,
          imageUri,
          labels,
          aliases: entry.versions.length === 0 ? ['default'] : [],
          evaluations: [],
          createMs: Date.now(),
        });
        return {
          type: 'google.cloud.aiplatform.v1.UploadModelResponse',
          message: { model: target, modelVersionId: versionId },
        };
      });
    },

    GetModel: (request) => {
      const { model, version } = resolveVersion(state, String(request.name ?? ''));
      return modelMessage(model, version, state);
    },

    ListModelVersions: (request) => {
      const name = String(request.name ?? '');
      const model = state.models.get(name);
      if (!model) throw notFound(`Model ${name} not found`);
      const keep = labelFilter(String(request.filter ?? ''));
      const models = model.versions
        .filter((v) => keep(v.labels))
        .map((v) => modelMessage(model, v, state));
      return { models };
    },

    MergeVersionAliases: (request) => {
      const name = String(request.name ?? '');
      if (!/@\d+$/.test(name))
        throw bad(`"${name}" must name a version explicitly (models/{id}@{version})`);
      const { model, version } = resolveVersion(state, name);
      const aliases = (request.versionAliases ?? []) as string[];
      if (aliases.length === 0) throw bad('version_aliases is required');
      for (const raw of aliases) {
        const alias = raw.startsWith('-') ? raw.slice(1) : raw;
        if (!ALIAS.test(alias)) throw bad(`alias "${alias}" must match ${ALIAS}`);
        if (raw.startsWith('-')) continue;
        const holder = model.versions.find((v) => v !== version && v.aliases.includes(alias));
        if (holder) {
          throw new FakeStatus(
            grpc.status.FAILED_PRECONDITION,
            `alias "${alias}" is already used by version ${holder.versionId}`,
          );
        }
      }
      for (const raw of aliases) {
        if (raw.startsWith('-'))
          version.aliases = version.aliases.filter((a) => a !== raw.slice(1));
        else if (!version.aliases.includes(raw)) version.aliases.push(raw);
      }
      return modelMessage(model, version, state);
    },

    ImportModelEvaluation: (request) => {
      const { model, version } = resolveVersion(state, String(request.parent ?? ''));
      const evaluation = (request.modelEvaluation ?? {}) as Record<string, unknown>;
      const metricsSchemaUri = String(evaluation.metricsSchemaUri ?? '');
      if (!metricsSchemaUri.startsWith('gs://'))
        throw bad('model_evaluation.metrics_schema_uri must be a gs:// URI');
      const metrics = fromWireValue(evaluation.metrics as WireValue | undefined);
      if (metrics === undefined) throw bad('model_evaluation.metrics is empty');
      const stored = {
        name: `${model.name}@${version.versionId}/evaluations/${state.newEvaluationId()}`,
        displayName: String(evaluation.displayName ?? ''),
        metricsSchemaUri,
        metrics,
        metadata: fromWireValue(evaluation.metadata as WireValue | undefined),
        createMs: Date.now(),
      };
      version.evaluations.push(stored);
      return evaluationMessage(stored);
    },

    ListModelEvaluations: (request) => {
      const { version } = resolveVersion(state, String(request.parent ?? ''));
      return { modelEvaluations: version.evaluations.map(evaluationMessage) };
    },
  };
}
