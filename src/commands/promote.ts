/**
 * `promote` — in a job bound to a GitHub Environment: check that the run may go to this
 * environment (decision `deploy`, the environment before it holds this version, the job runs in
 * this environment), then upload the run's model as a version (once per run), attach its
 * evaluation, deploy it to the environment's endpoint, move the environment's alias, and update
 * the PR comment's promotion timeline. Every step is safe to re-run.
 */
import { UserError } from '../core/diagnostics.js';
import { describeError } from '../core/errors.js';
import { checkPromotion } from '../core/promotion/rules.js';
import { renderPromotionSummary, type PromotionSummary } from '../core/promotion/summary.js';
import { versionName } from '../core/promotion/types.js';
import { JOB_ID_PATTERN } from '../core/vertex/job-id.js';
import type { Deps } from '../ports/deps.js';
import type { CommandDefinition } from './command.js';
import { updateTimeline, workflowRunUrl } from './promotion/comment.js';
import {
  loadConfig,
  readRun,
  resolveScope,
  selectEntry,
  type PromotionTargetSettings,
} from './promotion/context.js';
import { readBaseline } from './promotion/baseline.js';
import { fromFlags, fromInputs, TARGET_FLAGS, targetSettings } from './promotion/settings.js';
import {
  deployVersion,
  ensureEvaluation,
  ensureVersion,
  findRunVersion,
  moveAlias,
} from './promotion/steps.js';

export interface PromoteSettings extends PromotionTargetSettings {
  /** `projects/{p}/locations/{r}/pipelineJobs/{id}` (or the id, located by project/region). */
  readonly jobName: string;
}

const JOB_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([^/]+)$/;

function build(settings: PromotionTargetSettings, jobName: string | undefined): PromoteSettings {
  const job = (jobName ?? '').trim();
  if (!job) {
    throw new UserError(
      'promote needs the run to promote: input `job-name` (the `job-name` output of submit; CLI: --job-name)',
      [],
      2,
    );
  }
  if (!JOB_NAME.test(job) && !JOB_ID_PATTERN.test(job)) {
    throw new UserError(
      `job-name "${job}" is neither projects/{project}/locations/{region}/pipelineJobs/{id} nor a job id`,
      [],
      2,
    );
  }
  return { ...settings, jobName: job };
}

/** The job's full resource name; an id alone is located with the project/region settings. */
function jobResource(settings: PromoteSettings, fallback: { project?: string; region?: string }) {
  const match = JOB_NAME.exec(settings.jobName);
  if (match) return { name: settings.jobName, region: match[2]! };
  const project = settings.project ?? fallback.project;
  const region = settings.region ?? fallback.region;
  if (!project || !region) {
    throw new UserError(
      `job-name "${settings.jobName}" is a bare id and no project/region is set to find it; pass the full resource name`,
      [],
      2,
    );
  }
  return {
    name: `projects/${project}/locations/${region}/pipelineJobs/${settings.jobName}`,
    region,
  };
}

async function run(settings: PromoteSettings, deps: Deps): Promise<number> {
  const log = deps.logger;
  const config = loadConfig(settings.common);
  const where = jobResource(settings, config.vertex ?? {});
  const vertex = await deps.vertex(where.region);
  const job = await vertex.pipelines.getPipelineJob(where.name);
  const scope = resolveScope(
    settings,
    config,
    selectEntry(config, settings.pipeline, job.labels['kfp-pipeline']),
  );
  const runUrl = workflowRunUrl(deps.env);
  const clients = await deps.promotion(
    scope.registry,
    scope.endpoints,
    settings.timeoutMinutes * 60_000,
  );
  const summary = (s: Omit<PromotionSummary, 'action' | 'pipeline' | 'environment'>) =>
    deps.edge.appendSummary(
      renderPromotionSummary({
        action: 'promote',
        pipeline: scope.pipeline,
        environment: settings.environment,
        ...s,
      }),
    );
  let target: Awaited<ReturnType<typeof readRun>> | undefined;
  const timeline = (step: Parameters<typeof updateTimeline>[1]['step']) =>
    updateTimeline(deps, {
      pipeline: scope.pipeline,
      commit: target?.commit,
      order: scope.order,
      step,
      comment: settings.comment,
      githubToken: settings.githubToken,
    });
  try {
    target = await readRun(deps, scope, job, (alias) => readBaseline(clients, scope, alias));
    const runInfo = {
      runId: target.runId,
      ...(target.run.url ? { runUrl: target.run.url } : {}),
      decision: target.outcome.decision,
    };
    log.info(
      `run ${target.runId}: ${target.run.state}, decision ${target.outcome.decision} (${target.outcome.reasons.join('; ')})`,
    );
    const candidate = await findRunVersion(clients, scope, target.runId);
    const versions = await clients.models.listVersions(scope.modelId);
    const check = checkPromotion({
      environment: settings.environment,
      environments: config.environments ?? [],
      decision: target.outcome.decision,
      decisionReasons: target.outcome.reasons,
      candidate,
      runName: target.runId,
      versions,
      oidc: await deps.oidcEnvironment(),
    });
    for (const note of check.notes) log.warning(note);
    if (!check.allowed || !check.target) {
      deps.edge.report(check.refusals);
      await timeline({
        environment: check.target?.name ?? settings.environment,
        status: 'refused',
        at: new Date().toISOString(),
        reason: check.refusals.map((r) => r.message).join('; '),
        ...(candidate ? { version: candidate.versionId } : {}),
        ...(runUrl ? { url: runUrl } : {}),
      });
      await summary({
        outcome: 'refused',
        problems: check.refusals.map((r) => r.message),
        notes: check.notes,
        ...runInfo,
      });
      return 1;
    }
    const environment = check.target;
    const { version, uploaded } = await ensureVersion(
      clients,
      scope,
      target,
      deps.env.GITHUB_REPOSITORY,
      log,
    );
    await ensureEvaluation(clients, version, target, log);
    const deployment = await deployVersion(clients, scope, environment, version, log);
    await moveAlias(clients, scope, environment.name, version, log);
    const endpointUrl = clients.endpoints.consoleUrl(deployment.endpoint.name);
    deps.edge.setOutput('model-version', versionName(version));
    deps.edge.setOutput('endpoint', deployment.endpoint.name);
    deps.edge.setOutput('endpoint-url', endpointUrl);
    await timeline({
      environment: environment.name,
      status: 'done',
      version: version.versionId,
      at: new Date().toISOString(),
      ...(runUrl ? { url: runUrl } : {}),
    });
    await summary({
      outcome: 'done',
      problems: [],
      notes: check.notes,
      ...runInfo,
      version: versionName(version),
      versionNote: uploaded ? 'uploaded by this run' : 'uploaded earlier for this run; reused',
      endpoint: deployment.endpoint,
      endpointUrl,
    });
    log.info(
      `promoted ${scope.pipeline} version ${version.versionId} to ${environment.name}: ${endpointUrl}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError && target) {
      const reason = describeError(error).message.split('\n')[0]!;
      await timeline({
        environment: settings.environment,
        status: 'failed',
        at: new Date().toISOString(),
        reason,
        ...(runUrl ? { url: runUrl } : {}),
      });
      await summary({ outcome: 'failed', problems: [reason], notes: [], runId: target.runId });
    }
    throw error;
  } finally {
    await clients.close();
    await vertex.close();
  }
}

export const promoteCommand: CommandDefinition<PromoteSettings> = {
  name: 'promote',
  summary: 'promote a run’s model to a GitHub Environment’s endpoint (staging, then production)',
  usage: [
    'Usage: kfp-action promote --environment NAME --job-name JOB [options]',
    '',
    'Checks that the run may go to the environment (its decision is deploy, the environment',
    'before it in the config holds the same model version, the job runs in the environment),',
    'then uploads the model as a version (once per run), attaches its metrics, deploys it to the',
    "environment's endpoint and moves the environment's alias. Safe to re-run.",
    '',
    'Options:',
    '  --environment NAME      target GitHub Environment (a name in the config `environments`)',
    '  --job-name JOB          projects/P/locations/R/pipelineJobs/ID (output job-name of submit)',
    '  --pipeline NAME         the config entry (default: from the job, or the only model)',
    '  --project ID            Google Cloud project of the model registry (over the config)',
    '  --region REGION         its region (over the config)',
    `  --timeout-minutes N     longest wait for one Vertex operation (default 45)`,
    '  --comment true|false    update the PR comment’s promotion timeline (default true)',
    '  --github-token TOKEN    token for the PR comment',
  ].join('\n'),
  cliFlags: { values: [...TARGET_FLAGS, 'job-name'], switches: [] },
  fromArgs: (args, common) =>
    build(targetSettings(common, fromFlags(args), 'promote'), fromFlags(args)('job-name')),
  fromInputs: (input, common) =>
    build(targetSettings(common, fromInputs(input), 'promote'), fromInputs(input)('job-name')),
  run,
};
