/**
 * The moves of a promotion and a rollback, each safe to repeat: a re-run finds what an earlier
 * attempt already did (the version by its run label, the evaluation by its name, the deployment
 * on the endpoint, the alias on the version) and only does what is missing.
 */
import type { EnvironmentSettings } from '../../core/config/types.js';
import { UserError } from '../../core/diagnostics.js';
import { aliasFor, holderOf, previousAliasFor } from '../../core/promotion/aliases.js';
import { evaluationFromMetrics } from '../../core/promotion/evaluation.js';
import { runFilter, versionLabels } from '../../core/promotion/labels.js';
import {
  deployedIdsOf,
  idleDeployments,
  NEW_DEPLOYMENT,
  sameSplit,
  splitWith,
} from '../../core/promotion/traffic.js';
import type { EndpointState, ModelVersion } from '../../core/promotion/types.js';
import type { Logger } from '../../ports/logger.js';
import type { PromotionClients } from '../../ports/model-registry.js';
import { endpointName, type PromotionScope, type RunToPromote } from './context.js';

export const DEFAULT_MACHINE_TYPE = 'n1-standard-2';

/** The version this run uploaded before, found by its run label. */
export function findRunVersion(
  clients: PromotionClients,
  scope: PromotionScope,
  runId: string,
): Promise<ModelVersion | undefined> {
  return clients.models.findVersion(scope.modelId, runFilter(runId));
}

/** The model artifact of the run (config `model.task` / `model.artifact`). */
function modelArtifact(scope: PromotionScope, target: RunToPromote): string {
  const model = scope.entry.model;
  if (!model) {
    throw new UserError(
      `pipeline ${scope.pipeline} has no \`model\` section in the config: promotion needs to know which task's artifact is the model (\`model: {task: train-model, servingContainer: …}\`)`,
      [
        {
          code: 'promote/no-model-artifact',
          severity: 'error',
          message: `${scope.pipeline}: no model section`,
        },
      ],
    );
  }
  const artifactName = model.artifact ?? 'model';
  const task = target.run.tasks.find((t) => t.name === model.task);
  const artifact = task?.outputArtifacts.find((a) => a.outputName === artifactName);
  if (!artifact?.uri) {
    const why = !task
      ? `task ${model.task} is not in the run`
      : `task ${model.task} (${task.state}) has no output artifact "${artifactName}" with a URI`;
    const message = `run ${target.runId} has no model to promote: ${why}; check \`model.task\` and \`model.artifact\` in the config`;
    throw new UserError(message, [
      { code: 'promote/no-model-artifact', severity: 'error', message },
    ]);
  }
  // Vertex wants the folder holding the saved model.
  return /\.(bst|json|pkl|joblib|pt|h5|onnx|ubj)$/i.test(artifact.uri)
    ? artifact.uri.replace(/\/[^/]+$/, '')
    : artifact.uri;
}

export async function ensureVersion(
  clients: PromotionClients,
  scope: PromotionScope,
  target: RunToPromote,
  repository: string | undefined,
  log: Logger,
): Promise<{ version: ModelVersion; uploaded: boolean }> {
  const existing = await findRunVersion(clients, scope, target.runId);
  if (existing) {
    log.info(
      `run ${target.runId} is already version ${existing.versionId} of ${existing.model}: nothing uploaded`,
    );
    return { version: existing, uploaded: false };
  }
  const servingContainer = scope.entry.model?.servingContainer;
  const artifactUri = modelArtifact(scope, target);
  if (!servingContainer) {
    const message = `pipeline ${scope.pipeline}: \`model.servingContainer\` is not set; Vertex needs a serving image to upload the model (e.g. a prebuilt prediction container)`;
    throw new UserError(message, [
      { code: 'promote/no-serving-container', severity: 'error', message },
    ]);
  }
  log.info(`uploading ${artifactUri} as a new version of ${scope.modelDisplayName}`);
  const version = await clients.models.uploadVersion({
    modelId: scope.modelId,
    displayName: scope.modelDisplayName,
    artifactUri,
    servingContainer,
    labels: versionLabels({
      runId: target.runId,
      pipeline: scope.pipeline,
      ...(repository ? { repository } : {}),
      ...(target.commit ? { commit: target.commit } : {}),
    }),
    versionDescription: `${scope.pipeline} run ${target.runId}${target.commit ? ` at ${target.commit.slice(0, 12)}` : ''}`,
  });
  log.info(`uploaded: version ${version.versionId} of ${version.model}`);
  return { version, uploaded: true };
}

export async function ensureEvaluation(
  clients: PromotionClients,
  version: ModelVersion,
  target: RunToPromote,
  log: Logger,
): Promise<void> {
  const record = evaluationFromMetrics(target.outcome.metrics, {
    jobName: target.job.name,
    runId: target.runId,
    ...(target.commit ? { commit: target.commit } : {}),
  });
  const stored = await clients.models.listEvaluations(version);
  if (stored.some((e) => e.displayName === record.displayName)) {
    log.info(
      `the evaluation of run ${target.runId} is already attached to version ${version.versionId}`,
    );
    return;
  }
  await clients.models.importEvaluation(version, record);
  const names = Object.keys(record.metrics);
  log.info(
    `attached the run's metrics to version ${version.versionId}${names.length ? ` (${names.join(', ')})` : ''}`,
  );
}

export interface Deployment {
  readonly endpoint: EndpointState;
  readonly created: boolean;
  readonly deployed: boolean;
  readonly undeployed: readonly string[];
}

/** Puts `version` on the environment's endpoint with its share of the traffic. */
export async function deployVersion(
  clients: PromotionClients,
  scope: PromotionScope,
  environment: EnvironmentSettings,
  version: ModelVersion,
  log: Logger,
): Promise<Deployment> {
  const displayName = endpointName(scope, environment);
  let endpoint = await clients.endpoints.findEndpoint(displayName);
  let created = false;
  if (!endpoint) {
    log.info(
      `creating endpoint "${displayName}" in ${scope.endpoints.project}/${scope.endpoints.region}`,
    );
    endpoint = await clients.endpoints.createEndpoint(displayName, {
      'kfp-pipeline': versionLabels({ runId: 'x', pipeline: scope.pipeline })['kfp-pipeline']!,
      'kfp-environment': aliasFor(environment.name),
    });
    created = true;
  }
  const percent = environment.trafficPercent ?? 100;
  const ids = deployedIdsOf(endpoint, version.model, version.versionId);
  let deployed = false;
  if (ids.length > 0) {
    const desired = splitWith(endpoint.trafficSplit, ids[0]!, percent);
    if (!sameSplit(desired, endpoint.trafficSplit)) {
      log.info(
        `version ${version.versionId} is on the endpoint already; setting its traffic to ${percent}%`,
      );
      endpoint = await clients.endpoints.setTraffic(endpoint.name, desired);
    } else {
      log.info(`version ${version.versionId} already serves ${percent}% of ${displayName}`);
    }
  } else {
    const minReplicas = environment.minReplicas ?? 1;
    const split = splitWith(endpoint.trafficSplit, NEW_DEPLOYMENT, percent);
    log.info(
      `deploying version ${version.versionId} to ${displayName} (${environment.machineType ?? DEFAULT_MACHINE_TYPE}, ${minReplicas}–${Math.max(minReplicas, environment.maxReplicas ?? minReplicas)} replicas, ${percent}% of the traffic)`,
    );
    endpoint = await clients.endpoints.deploy({
      endpoint: endpoint.name,
      version,
      displayName: `${scope.pipeline}-v${version.versionId}`,
      machineType: environment.machineType ?? DEFAULT_MACHINE_TYPE,
      minReplicas,
      maxReplicas: Math.max(minReplicas, environment.maxReplicas ?? minReplicas),
      trafficSplit: split,
      ...(environment.serviceAccount ? { serviceAccount: environment.serviceAccount } : {}),
    });
    deployed = true;
  }
  const undeployed = await undeployIdle(
    clients,
    endpoint,
    environment,
    new Set(deployedIdsOf(endpoint, version.model, version.versionId)),
    log,
  );
  if (undeployed.length) endpoint = (await clients.endpoints.findEndpoint(displayName)) ?? endpoint;
  return { endpoint, created, deployed, undeployed };
}

/** With `undeployPrevious`, removes deployed models that no longer get traffic. */
export async function undeployIdle(
  clients: PromotionClients,
  endpoint: EndpointState,
  environment: EnvironmentSettings,
  keep: ReadonlySet<string>,
  log: Logger,
): Promise<string[]> {
  if (!environment.undeployPrevious) return [];
  const idle = idleDeployments(endpoint, endpoint.trafficSplit).filter((id) => !keep.has(id));
  for (const id of idle) {
    const d = endpoint.deployedModels.find((m) => m.id === id);
    log.info(
      `undeploying version ${d?.versionId ?? '?'} (deployed model ${id}): it gets no traffic`,
    );
    await clients.endpoints.undeploy(endpoint.name, id);
  }
  return idle;
}

/**
 * Moves the environment's alias to `version`; the version that held it keeps
 * `{alias}-previous`, which rollback returns to.
 */
export async function moveAlias(
  clients: PromotionClients,
  scope: PromotionScope,
  environment: string,
  version: ModelVersion,
  log: Logger,
  options: { readonly markPrevious: boolean } = { markPrevious: true },
): Promise<ModelVersion | undefined> {
  const alias = aliasFor(environment);
  const previous = previousAliasFor(environment);
  const versions = await clients.models.listVersions(scope.modelId);
  const holder = holderOf(versions, alias);
  if (holder?.versionId === version.versionId) {
    log.info(`alias "${alias}" already points at version ${version.versionId}`);
    return undefined;
  }
  if (holder) {
    const marked = holderOf(versions, previous);
    if (options.markPrevious && marked && marked.versionId !== holder.versionId) {
      await clients.models.mergeAliases(marked, [`-${previous}`]);
    }
    const change = [`-${alias}`];
    if (options.markPrevious && !holder.aliases.includes(previous)) change.push(previous);
    if (!options.markPrevious && holder.aliases.includes(previous)) change.push(`-${previous}`);
    await clients.models.mergeAliases(holder, change);
  }
  const current = versions.find((v) => v.versionId === version.versionId) ?? version;
  await clients.models.mergeAliases(current, [
    alias,
    ...(current.aliases.includes(previous) ? [`-${previous}`] : []),
  ]);
  log.info(
    `alias "${alias}" moved to version ${version.versionId}${holder ? ` (from ${holder.versionId})` : ''}`,
  );
  return holder;
}
