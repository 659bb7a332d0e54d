/**
 * `promote` — in a job bound to a GitHub Environment: check that the run may go to this
 * environment (decision `deploy`, the environment before it holds this version, the job runs in
 * this environment), then upload the run's model as a version (once per run), attach its
 * evaluation, deploy it to the environment's endpoint, move the environment's alias, and update
 * the PR comment's promotion timeline. Every step is safe to re-run.
 */
import { UserError } from '../core/diagnostics.js';
import { describeError } from '../core/errors.js';
import type { KfpActionConfig } from '../core/config/types.js';
import { FULL_SHA, type RunQuery } from '../core/promotion/latest-run.js';
import type { ScheduledRunQuery } from '../core/schedules/latest-run.js';
import { checkPromotion } from '../core/promotion/rules.js';
import { renderPromotionSummary, type PromotionSummary } from '../core/promotion/summary.js';
import { versionName } from '../core/promotion/types.js';
import { JOB_ID_PATTERN } from '../core/vertex/job-id.js';
import type { Deps } from '../ports/deps.js';
import type { PipelineJobView, VertexLocation } from '../ports/vertex.js';
import type { CommandDefinition } from './command.js';
import { updateTimeline, workflowRunUrl } from './promotion/comment.js';
import {
  loadConfig,
  oidcPolicy,
  readRun,
  resolveScope,
  selectEntry,
  type PromotionTargetSettings,
} from './promotion/context.js';
import { readBaseline } from './promotion/baseline.js';
import { findLatestRun, type FoundRun } from './promotion/find-run.js';
import { findLatestScheduledRun } from './promotion/find-scheduled-run.js';
import { fromFlags, fromInputs, TARGET_FLAGS, targetSettings } from './promotion/settings.js';
import {
  deployVersion,
  ensureEvaluation,
  ensureVersion,
  findRunVersion,
  moveAlias,
} from './promotion/steps.js';

export interface PromoteSettings extends PromotionTargetSettings {
  /** `projects/{p}/locations/{r}/pipelineJobs/{id}` (or the id, located by project/region);
   * empty: the newest SUCCEEDED run of the pipeline at the commit, found by its labels. */
  readonly jobName: string;
  /** The commit whose newest run to promote when there is no job name (CLI --commit); default
   * GITHUB_SHA. */
  readonly commit?: string;
  /** A schedule of the config (`schedules[].name`): promote the newest SUCCEEDED run that its
   * Vertex schedule started (instead of a job name or a commit). */
  readonly schedule?: string;
}

const JOB_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([^/]+)$/;

function build(
  settings: PromotionTargetSettings,
  jobName: string | undefined,
  commit: string | undefined,
  schedule?: string,
): PromoteSettings {
  const scheduleName = schedule?.trim();
  if (scheduleName && !/^[a-z][a-z0-9-]{0,62}$/.test(scheduleName)) {
    throw new UserError(
      `schedule "${scheduleName}" is not a schedule name of the config (lowercase letters, digits and hyphens)`,
      [],
      2,
    );
  }
  if (scheduleName && (jobName ?? '').trim()) {
    throw new UserError('pass either job-name or schedule, not both', [], 2);
  }
  const job = (jobName ?? '').trim();
  if (job && !JOB_NAME.test(job) && !JOB_ID_PATTERN.test(job)) {
    throw new UserError(
      `job-name "${job}" is neither projects/{project}/locations/{region}/pipelineJobs/{id} nor a job id`,
      [],
      2,
    );
  }
  const sha = commit?.trim();
  if (sha && !FULL_SHA.test(sha)) {
    throw new UserError(
      `--commit "${sha}" is not a full commit SHA; jobs are labelled with all 40 characters (git rev-parse HEAD)`,
      [],
      2,
    );
  }
  return {
    ...settings,
    jobName: job,
    ...(sha ? { commit: sha.toLowerCase() } : {}),
    ...(scheduleName ? { schedule: scheduleName } : {}),
  };
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

interface RunLocation {
  readonly region: string;
  /** Known job name, or what to search for. */
  readonly job:
    | { readonly name: string }
    | { readonly search: RunQuery; readonly location: VertexLocation }
    | { readonly scheduled: ScheduledRunQuery; readonly location: VertexLocation };
}

/** Where the run is: the named job, or the pipeline's location and the commit to search for. */
function locateRun(
  settings: PromoteSettings,
  config: KfpActionConfig,
  env: Readonly<Record<string, string | undefined>>,
): RunLocation {
  if (settings.jobName) {
    const { name, region } = jobResource(settings, config.vertex ?? {});
    return { region, job: { name } };
  }
  if (settings.schedule) {
    const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, undefined));
    const repository = env.GITHUB_REPOSITORY?.trim();
    return {
      region: scope.registry.region,
      job: {
        scheduled: {
          pipeline: scope.pipeline,
          schedule: settings.schedule,
          ...(repository ? { repository } : {}),
        },
        location: scope.registry,
      },
    };
  }
  const commit = settings.commit ?? env.GITHUB_SHA?.trim().toLowerCase();
  if (!commit) {
    throw new UserError(
      'promote needs the run to promote: input `job-name` (the `job-name` output of submit; CLI: --job-name), or a commit whose newest successful run to take (GITHUB_SHA in a workflow; CLI: --commit SHA)',
      [],
      2,
    );
  }
  const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, undefined));
  return {
    region: scope.registry.region,
    job: { search: { pipeline: scope.pipeline, commit }, location: scope.registry },
  };
}

async function run(settings: PromoteSettings, deps: Deps): Promise<number> {
  const config = await loadConfig(settings.common, deps);
  const where = locateRun(settings, config, deps.env);
  const vertex = await deps.vertex(where.region);
  try {
    let name: string;
    let note: string | undefined;
    if ('name' in where.job) {
      name = where.job.name;
    } else {
      const search = where.job;
      const found =
        'scheduled' in search
          ? await findRunOrReport(
              () =>
                findLatestScheduledRun(
                  vertex.pipelines,
                  search.location,
                  search.scheduled,
                  deps.logger,
                ),
              search.scheduled.pipeline,
              settings,
              deps,
            )
          : await findRunOrReport(
              () => findLatestRun(vertex.pipelines, search.location, search.search, deps.logger),
              search.search.pipeline,
              settings,
              deps,
            );
      if (!found) return 1;
      ({ name, note } = found);
    }
    const job = await vertex.pipelines.getPipelineJob(name);
    return await promoteJob(settings, deps, config, job, note);
  } finally {
    await vertex.close();
  }
}

/** The newest successful run at the commit; undefined when there is none (reported: the code
 * as the annotation's title, the job summary says it). */
async function findRunOrReport(
  find: () => Promise<FoundRun>,
  pipeline: string,
  settings: PromoteSettings,
  deps: Deps,
): Promise<FoundRun | undefined> {
  try {
    return await find();
  } catch (error) {
    // A Vertex error (no credentials, …) goes up as it is: one worded error line at the edge.
    const code = error instanceof UserError ? error.diagnostics[0]?.code : undefined;
    const found = code === 'promote/no-run' || code === 'promote/no-schedule-run';
    if (!found || !(error instanceof UserError)) throw error;
    deps.edge.report(error.diagnostics);
    await deps.edge.appendSummary(
      renderPromotionSummary({
        action: 'promote',
        pipeline,
        environment: settings.environment,
        outcome: 'failed',
        problems: [error.message],
        notes: [],
      }),
    );
    return undefined;
  }
}

/** The promotion of one finished job: check, then upload, evaluate, deploy, alias, report. */
async function promoteJob(
  settings: PromoteSettings,
  deps: Deps,
  config: KfpActionConfig,
  job: PipelineJobView,
  pickNote: string | undefined,
): Promise<number> {
  const log = deps.logger;
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
      oidcPolicy: oidcPolicy(settings, deps.env),
    });
    for (const note of check.notes) log.warning(note);
    if (check.warnings) deps.edge.report(check.warnings);
    const notes = pickNote ? [pickNote, ...check.notes] : check.notes;
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
        notes,
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
    deps.edge.setOutput('job-name', job.name);
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
      notes,
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
      await summary({
        outcome: 'failed',
        problems: [reason],
        notes: pickNote ? [pickNote] : [],
        runId: target.runId,
      });
    }
    throw error;
  } finally {
    await clients.close();
  }
}

export const promoteCommand: CommandDefinition<PromoteSettings> = {
  name: 'promote',
  summary: 'promote a run’s model to a GitHub Environment’s endpoint (staging, then production)',
  usage: [
    'Usage: kfp-action promote --environment NAME [--job-name JOB | --commit SHA] [options]',
    '',
    'Checks that the run may go to the environment (its decision is deploy, the environment',
    'before it in the config holds the same model version, the job runs in the environment),',
    'then uploads the model as a version (once per run), attaches its metrics, deploys it to the',
    "environment's endpoint and moves the environment's alias. Safe to re-run.",
    '',
    'Options:',
    '  --environment NAME      target GitHub Environment (a name in the config `environments`)',
    '  --job-name JOB          projects/P/locations/R/pipelineJobs/ID (output job-name of submit);',
    '                          default: the newest SUCCEEDED run of the pipeline at the commit',
    '  --commit SHA            the commit whose newest run to take without --job-name',
    '                          (default GITHUB_SHA; full 40-character SHA)',
    '  --schedule NAME         take the newest SUCCEEDED run that this Vertex schedule of the',
    "                          pipeline started (a name in the config's schedules:)",
    '  --pipeline NAME         the config entry (default: from the job, or the only model)',
    '  --project ID            Google Cloud project of the model registry (over the config)',
    '  --region REGION         its region (over the config)',
    `  --timeout-minutes N     longest wait for one Vertex operation (default 45)`,
    '  --comment true|false    update the PR comment’s promotion timeline (default true)',
    '  --github-token TOKEN    token for the PR comment',
  ].join('\n'),
  cliFlags: { values: [...TARGET_FLAGS, 'job-name', 'commit', 'schedule'], switches: [] },
  fromArgs: (args, common) =>
    build(
      targetSettings(common, fromFlags(args), 'promote'),
      fromFlags(args)('job-name'),
      fromFlags(args)('commit'),
      fromFlags(args)('schedule'),
    ),
  // The action takes the commit from GITHUB_SHA (the checked-out commit of the workflow run).
  fromInputs: (input, common) =>
    build(
      targetSettings(common, fromInputs(input), 'promote'),
      fromInputs(input)('job-name'),
      undefined,
      fromInputs(input)('schedule'),
    ),
  run,
};
