/**
 * `rollback` — in a job bound to a GitHub Environment: move the environment's traffic and alias
 * back to the version it served before (the `{alias}-previous` version; else the newest older
 * version still on its endpoint; or the one asked for), and note it in the PR comment of the
 * version rolled back.
 */
import { UserError } from '../core/diagnostics.js';
import { describeError } from '../core/errors.js';
import { aliasFor, holderOf } from '../core/promotion/aliases.js';
import { LABEL_KEYS } from '../core/promotion/labels.js';
import { selectRollbackTarget } from '../core/promotion/rollback.js';
import { checkOidcEnvironment, findEnvironment } from '../core/promotion/rules.js';
import { renderPromotionSummary, type PromotionSummary } from '../core/promotion/summary.js';
import { deployedIdsOf, NEW_DEPLOYMENT, splitWith } from '../core/promotion/traffic.js';
import { versionName } from '../core/promotion/types.js';
import type { Deps } from '../ports/deps.js';
import type { CommandDefinition } from './command.js';
import { updateTimeline, workflowRunUrl } from './promotion/comment.js';
import {
  endpointName,
  loadConfig,
  oidcPolicy,
  resolveScope,
  selectEntry,
  type PromotionTargetSettings,
} from './promotion/context.js';
import { fromFlags, fromInputs, TARGET_FLAGS, targetSettings } from './promotion/settings.js';
import { DEFAULT_MACHINE_TYPE, moveAlias, undeployIdle } from './promotion/steps.js';

export interface RollbackSettings extends PromotionTargetSettings {
  /** Version id to return to; default: the one the environment served before. */
  readonly toVersion?: string;
}

function build(settings: PromotionTargetSettings, toVersion: string | undefined): RollbackSettings {
  const v = toVersion?.trim();
  if (v && !/^\d+$/.test(v)) {
    throw new UserError(
      `model-version (CLI: --to-version) must be a version number such as 7, got "${v}"`,
      [],
      2,
    );
  }
  return { ...settings, ...(v ? { toVersion: v } : {}) };
}

async function run(settings: RollbackSettings, deps: Deps): Promise<number> {
  const log = deps.logger;
  const config = await loadConfig(settings.common, deps);
  const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, undefined));
  const { settings: environment } = findEnvironment(
    config.environments ?? [],
    settings.environment,
  );
  const summary = (s: Omit<PromotionSummary, 'action' | 'pipeline' | 'environment'>) =>
    deps.edge.appendSummary(
      renderPromotionSummary({
        action: 'rollback',
        pipeline: scope.pipeline,
        environment: settings.environment,
        ...s,
      }),
    );
  if (!environment) {
    const names = (config.environments ?? []).map((e) => e.name).join(', ') || 'none';
    const message = `environment "${settings.environment}" is not in the config's \`environments\` (${names})`;
    deps.edge.report([{ code: 'promote/unknown-environment', severity: 'error', message }]);
    await summary({ outcome: 'refused', problems: [message], notes: [] });
    return 1;
  }
  const oidc = checkOidcEnvironment(
    environment.name,
    await deps.oidcEnvironment(),
    oidcPolicy(settings, deps.env),
  );
  if (oidc.note) log.warning(oidc.note);
  if (oidc.skipped) deps.edge.report([oidc.skipped]);
  if (oidc.refusal) {
    deps.edge.report([oidc.refusal]);
    await summary({ outcome: 'refused', problems: [oidc.refusal.message], notes: [] });
    return 1;
  }
  const clients = await deps.promotion(
    scope.registry,
    scope.endpoints,
    settings.timeoutMinutes * 60_000,
  );
  const runUrl = workflowRunUrl(deps.env);
  let commit: string | undefined;
  const timeline = (step: Parameters<typeof updateTimeline>[1]['step']) =>
    updateTimeline(deps, {
      pipeline: scope.pipeline,
      commit,
      order: scope.order,
      step,
      comment: settings.comment,
      githubToken: settings.githubToken,
    });
  try {
    const versions = await clients.models.listVersions(scope.modelId);
    let endpoint = await clients.endpoints.findEndpoint(endpointName(scope, environment));
    const plan = selectRollbackTarget(environment.name, versions, endpoint, settings.toVersion);
    if (!plan.ok) {
      deps.edge.report([plan.refusal]);
      await summary({
        outcome: 'refused',
        problems: [plan.refusal.message],
        notes: oidc.note ? [oidc.note] : [],
      });
      return 1;
    }
    const { target, current } = plan;
    commit = current?.labels[LABEL_KEYS.commit] || undefined;
    log.info(`rolling ${environment.name} back to version ${target.versionId}: ${plan.because}`);
    if (!endpoint) {
      endpoint = await clients.endpoints.createEndpoint(endpointName(scope, environment), {
        'kfp-environment': aliasFor(environment.name),
      });
    }
    const ids = deployedIdsOf(endpoint, target.model, target.versionId);
    if (ids.length > 0) {
      log.info(
        `version ${target.versionId} (${versionName(target)}) is still deployed on ${endpoint.displayName} as ${ids[0]}: moving all the traffic back to it`,
      );
      endpoint = await clients.endpoints.setTraffic(
        endpoint.name,
        splitWith(endpoint.trafficSplit, ids[0]!, 100),
      );
    } else {
      const minReplicas = environment.minReplicas ?? 1;
      log.info(
        `version ${target.versionId} (${versionName(target)}) is no longer on ${endpoint.displayName}: redeploying it (${environment.machineType ?? DEFAULT_MACHINE_TYPE}, ${minReplicas}+ replicas, all the traffic)`,
      );
      endpoint = await clients.endpoints.deploy({
        endpoint: endpoint.name,
        version: target,
        displayName: `${scope.pipeline}-v${target.versionId}`,
        machineType: environment.machineType ?? DEFAULT_MACHINE_TYPE,
        minReplicas,
        maxReplicas: Math.max(minReplicas, environment.maxReplicas ?? minReplicas),
        trafficSplit: splitWith(endpoint.trafficSplit, NEW_DEPLOYMENT, 100),
        ...(environment.serviceAccount ? { serviceAccount: environment.serviceAccount } : {}),
      });
    }
    const keep = new Set(deployedIdsOf(endpoint, target.model, target.versionId));
    const undeployed = await undeployIdle(clients, endpoint, environment, keep, log);
    if (undeployed.length)
      endpoint = (await clients.endpoints.findEndpoint(endpoint.displayName)) ?? endpoint;
    if (holderOf(versions, aliasFor(environment.name))?.versionId !== target.versionId) {
      await moveAlias(clients, scope, environment.name, target, log, { markPrevious: false });
    }
    const endpointUrl = clients.endpoints.consoleUrl(endpoint.name);
    deps.edge.setOutput('model-version', versionName(target));
    deps.edge.setOutput('endpoint', endpoint.name);
    deps.edge.setOutput('endpoint-url', endpointUrl);
    await timeline({
      environment: environment.name,
      status: 'rolled-back',
      version: target.versionId,
      at: new Date().toISOString(),
      reason: plan.because,
      ...(runUrl ? { url: runUrl } : {}),
    });
    await summary({
      outcome: 'done',
      problems: [],
      notes: [plan.because, ...(oidc.note ? [oidc.note] : [])],
      version: versionName(target),
      ...(current ? { versionNote: `was ${current.versionId}` } : {}),
      endpoint,
      endpointUrl,
    });
    log.info(`${environment.name} serves version ${target.versionId} again: ${endpointUrl}`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      const reason = describeError(error).message.split('\n')[0]!;
      await timeline({
        environment: environment.name,
        status: 'failed',
        at: new Date().toISOString(),
        reason,
      });
      await summary({ outcome: 'failed', problems: [reason], notes: [] });
    }
    throw error;
  } finally {
    await clients.close();
  }
}

export const rollbackCommand: CommandDefinition<RollbackSettings> = {
  name: 'rollback',
  summary: 'move an environment’s endpoint traffic and alias back to the version before',
  usage: [
    'Usage: kfp-action rollback --environment NAME [options]',
    '',
    "Returns the environment's endpoint traffic and its Model Registry alias to the version it",
    'served before the last promotion (or to --to-version).',
    '',
    'Options:',
    '  --environment NAME      the GitHub Environment to roll back',
    '  --to-version N          the model version to return to (default: the one before)',
    '  --pipeline NAME         the config entry (default: the only pipeline with a model)',
    '  --project ID            Google Cloud project of the model registry (over the config)',
    '  --region REGION         its region (over the config)',
    '  --timeout-minutes N     longest wait for one Vertex operation (default 45)',
    '  --comment true|false    note the rollback in the PR comment (default true)',
    '  --github-token TOKEN    token for the PR comment',
  ].join('\n'),
  cliFlags: { values: [...TARGET_FLAGS, 'to-version'], switches: [] },
  fromArgs: (args, common) =>
    build(targetSettings(common, fromFlags(args), 'rollback'), fromFlags(args)('to-version')),
  fromInputs: (input, common) =>
    build(
      targetSettings(common, fromInputs(input), 'rollback'),
      fromInputs(input)('model-version'),
    ),
  run,
};
