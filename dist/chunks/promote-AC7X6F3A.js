import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  SCHEDULE_LABEL
} from "./chunk-RCYZIJ4F.js";
import {
  FULL_SHA,
  JOB_ID_PATTERN,
  describePick,
  labelSelector,
  listed,
  newestWithLabels,
  pickLatestRun,
  runLabels
} from "./chunk-X6LX3OJ6.js";
import {
  TARGET_FLAGS,
  checkPromotion,
  deployVersion,
  ensureEvaluation,
  ensureVersion,
  findRunVersion,
  fromFlags,
  fromInputs,
  loadConfig,
  moveAlias,
  oidcPolicy,
  readRun,
  renderPromotionSummary,
  resolveScope,
  selectEntry,
  targetSettings
} from "./chunk-OJSHEE4C.js";
import {
  updateTimeline,
  workflowRunUrl
} from "./chunk-XVBHL4O4.js";
import "./chunk-RS2ABS5Q.js";
import "./chunk-XWERWCEP.js";
import "./chunk-7HJEHKQN.js";
import "./chunk-4MFM3DSD.js";
import "./chunk-MOCBYYR6.js";
import "./chunk-BSDYNIC6.js";
import "./chunk-I3QKFCKS.js";
import "./chunk-VLKUCJEJ.js";
import "./chunk-DSAI2IEI.js";
import "./chunk-RGIAAWDF.js";
import "./chunk-BKUIOZJQ.js";
import "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import "./chunk-ORKUXPMH.js";
import {
  baselineFromEvaluation,
  evaluationDisplayName,
  versionName
} from "./chunk-7EIHUDRQ.js";
import {
  LABEL_KEYS,
  labelValue
} from "./chunk-OZW57QZC.js";
import "./chunk-6ZC5HHQ7.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import "./chunk-XJSAC4CW.js";
import "./chunk-KSVBKOZS.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/commands/promotion/baseline.ts
async function readBaseline(clients, scope, alias) {
  const version = await clients.models.tryGetVersion(scope.modelId, alias);
  if (!version) return void 0;
  const evaluations = await clients.models.listEvaluations(version);
  const ours = evaluations.filter((e) => e.displayName.startsWith(evaluationDisplayName("")));
  for (const e of ours) {
    const baseline = baselineFromEvaluation(e, `${alias} (v${version.versionId})`);
    if (baseline) return baseline;
  }
  return void 0;
}

// src/commands/promotion/find-run.ts
var RUN_SEARCH_LIMIT = 100;
async function searchRun(pipelines, location, search, log) {
  const where = `projects/${location.project}/locations/${location.region}`;
  log.info(search.looking(where));
  const jobs = await pipelines.listPipelineJobs({
    location,
    labels: search.labels,
    limit: RUN_SEARCH_LIMIT
  });
  const pick = search.pick(jobs, where, RUN_SEARCH_LIMIT);
  if (!pick.found) {
    throw new UserError(pick.reason, [
      { code: search.code, severity: "error", message: pick.reason }
    ]);
  }
  const note = search.describe(pick);
  log.info(note);
  return { name: pick.job.name, note };
}
function findLatestRun(pipelines, location, query, log) {
  return searchRun(
    pipelines,
    location,
    {
      looking: (where) => `no job-name given: looking in ${where} for the newest successful run of ${query.pipeline} at commit ${query.commit}`,
      labels: runLabels(query),
      pick: (jobs, where, limit) => pickLatestRun(jobs, query, where, limit),
      describe: (pick) => describePick(pick, query),
      code: "promote/no-run"
    },
    log
  );
}

// src/core/schedules/latest-run.ts
function scheduledRunLabels(query) {
  return {
    [LABEL_KEYS.pipeline]: labelValue(query.pipeline),
    [SCHEDULE_LABEL]: labelValue(query.schedule),
    ...query.repository ? { [LABEL_KEYS.repository]: labelValue(query.repository) } : {}
  };
}
function pickLatestScheduledRun(jobs, query, where, limit) {
  const labels = scheduledRunLabels(query);
  const ours = newestWithLabels(jobs, labels).filter((j) => (j.scheduleName ?? "") !== "");
  const at = ours.findIndex((j) => j.state === "SUCCEEDED");
  if (at >= 0) return { found: true, job: ours[at], passedOver: ours.slice(0, at) };
  const selector = labelSelector(labels);
  if (ours.length === 0) {
    return {
      found: false,
      reason: `no pipeline job in ${where} was started by schedule ${query.schedule} of ${query.pipeline} (labels ${selector} and a schedule_name): the schedule has not run yet, or is in another project or region; check its name in the config's schedules:, or pass \`job-name\``
    };
  }
  const some = ours.length >= limit ? `the newest ${ours.length}` : `${ours.length}`;
  return {
    found: false,
    reason: `none of ${some} run${ours.length === 1 ? "" : "s"} of schedule ${query.schedule} of ${query.pipeline} succeeded (${listed(ours)}); only a SUCCEEDED run can be promoted`
  };
}
function describeScheduledPick(pick, query) {
  const created = pick.job.createTime ? ` (created ${pick.job.createTime})` : "";
  const over = pick.passedOver.length ? `; passed over newer runs that did not succeed: ${listed(pick.passedOver)}` : "";
  return `schedule ${query.schedule}: promoting ${pick.job.name}, the newest SUCCEEDED run it started of ${query.pipeline}${created}${over}`;
}

// src/commands/promotion/find-scheduled-run.ts
function findLatestScheduledRun(pipelines, location, query, log) {
  return searchRun(
    pipelines,
    location,
    {
      looking: (where) => `schedule ${query.schedule}: looking in ${where} for the newest successful run it started of ${query.pipeline}`,
      labels: scheduledRunLabels(query),
      pick: (jobs, where, limit) => pickLatestScheduledRun(jobs, query, where, limit),
      describe: (pick) => describeScheduledPick(pick, query),
      code: "promote/no-schedule-run"
    },
    log
  );
}

// src/commands/promote.ts
var JOB_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([^/]+)$/;
function build(settings, jobName, commit, schedule) {
  const scheduleName = schedule?.trim();
  if (scheduleName && !/^[a-z][a-z0-9-]{0,62}$/.test(scheduleName)) {
    throw new UserError(
      `schedule "${scheduleName}" is not a schedule name of the config (lowercase letters, digits and hyphens)`,
      [],
      2
    );
  }
  if (scheduleName && (jobName ?? "").trim()) {
    throw new UserError("pass either job-name or schedule, not both", [], 2);
  }
  const job = (jobName ?? "").trim();
  if (job && !JOB_NAME.test(job) && !JOB_ID_PATTERN.test(job)) {
    throw new UserError(
      `job-name "${job}" is neither projects/{project}/locations/{region}/pipelineJobs/{id} nor a job id`,
      [],
      2
    );
  }
  const sha = commit?.trim();
  if (sha && !FULL_SHA.test(sha)) {
    throw new UserError(
      `--commit "${sha}" is not a full commit SHA; jobs are labelled with all 40 characters (git rev-parse HEAD)`,
      [],
      2
    );
  }
  return {
    ...settings,
    jobName: job,
    ...sha ? { commit: sha.toLowerCase() } : {},
    ...scheduleName ? { schedule: scheduleName } : {}
  };
}
function jobResource(settings, fallback) {
  const match = JOB_NAME.exec(settings.jobName);
  if (match) return { name: settings.jobName, region: match[2] };
  const project = settings.project ?? fallback.project;
  const region = settings.region ?? fallback.region;
  if (!project || !region) {
    throw new UserError(
      `job-name "${settings.jobName}" is a bare id and no project/region is set to find it; pass the full resource name`,
      [],
      2
    );
  }
  return {
    name: `projects/${project}/locations/${region}/pipelineJobs/${settings.jobName}`,
    region
  };
}
function locateRun(settings, config, env) {
  if (settings.jobName) {
    const { name, region } = jobResource(settings, config.vertex ?? {});
    return { region, job: { name } };
  }
  if (settings.schedule) {
    const scope2 = resolveScope(settings, config, selectEntry(config, settings.pipeline, void 0));
    const repository = env.GITHUB_REPOSITORY?.trim();
    return {
      region: scope2.registry.region,
      job: {
        scheduled: {
          pipeline: scope2.pipeline,
          schedule: settings.schedule,
          ...repository ? { repository } : {}
        },
        location: scope2.registry
      }
    };
  }
  const commit = settings.commit ?? env.GITHUB_SHA?.trim().toLowerCase();
  if (!commit) {
    throw new UserError(
      "promote needs the run to promote: input `job-name` (the `job-name` output of submit; CLI: --job-name), or a commit whose newest successful run to take (GITHUB_SHA in a workflow; CLI: --commit SHA)",
      [],
      2
    );
  }
  const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, void 0));
  return {
    region: scope.registry.region,
    job: { search: { pipeline: scope.pipeline, commit }, location: scope.registry }
  };
}
async function run(settings, deps) {
  const config = await loadConfig(settings.common, deps);
  const where = locateRun(settings, config, deps.env);
  const vertex = await deps.vertex(where.region);
  try {
    let name;
    let note;
    if ("name" in where.job) {
      name = where.job.name;
    } else {
      const search = where.job;
      const found = "scheduled" in search ? await findRunOrReport(
        () => findLatestScheduledRun(
          vertex.pipelines,
          search.location,
          search.scheduled,
          deps.logger
        ),
        search.scheduled.pipeline,
        settings,
        deps
      ) : await findRunOrReport(
        () => findLatestRun(vertex.pipelines, search.location, search.search, deps.logger),
        search.search.pipeline,
        settings,
        deps
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
async function findRunOrReport(find, pipeline, settings, deps) {
  try {
    return await find();
  } catch (error) {
    const code = error instanceof UserError ? error.diagnostics[0]?.code : void 0;
    const found = code === "promote/no-run" || code === "promote/no-schedule-run";
    if (!found || !(error instanceof UserError)) throw error;
    deps.edge.report(error.diagnostics);
    await deps.edge.appendSummary(
      renderPromotionSummary({
        action: "promote",
        pipeline,
        environment: settings.environment,
        outcome: "failed",
        problems: [error.message],
        notes: []
      })
    );
    return void 0;
  }
}
async function promoteJob(settings, deps, config, job, pickNote) {
  const log = deps.logger;
  const scope = resolveScope(
    settings,
    config,
    selectEntry(config, settings.pipeline, job.labels["kfp-pipeline"])
  );
  const runUrl = workflowRunUrl(deps.env);
  const clients = await deps.promotion(
    scope.registry,
    scope.endpoints,
    settings.timeoutMinutes * 6e4
  );
  const summary = (s) => deps.edge.appendSummary(
    renderPromotionSummary({
      action: "promote",
      pipeline: scope.pipeline,
      environment: settings.environment,
      ...s
    })
  );
  let target;
  const timeline = (step) => updateTimeline(deps, {
    pipeline: scope.pipeline,
    commit: target?.commit,
    order: scope.order,
    step,
    comment: settings.comment,
    githubToken: settings.githubToken
  });
  try {
    target = await readRun(deps, scope, job, (alias) => readBaseline(clients, scope, alias));
    const runInfo = {
      runId: target.runId,
      ...target.run.url ? { runUrl: target.run.url } : {},
      decision: target.outcome.decision
    };
    log.info(
      `run ${target.runId}: ${target.run.state}, decision ${target.outcome.decision} (${target.outcome.reasons.join("; ")})`
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
      oidcPolicy: oidcPolicy(settings, deps.env)
    });
    for (const note of check.notes) log.warning(note);
    if (check.warnings) deps.edge.report(check.warnings);
    const notes = pickNote ? [pickNote, ...check.notes] : check.notes;
    if (!check.allowed || !check.target) {
      deps.edge.report(check.refusals);
      await timeline({
        environment: check.target?.name ?? settings.environment,
        status: "refused",
        at: (/* @__PURE__ */ new Date()).toISOString(),
        reason: check.refusals.map((r) => r.message).join("; "),
        ...candidate ? { version: candidate.versionId } : {},
        ...runUrl ? { url: runUrl } : {}
      });
      await summary({
        outcome: "refused",
        problems: check.refusals.map((r) => r.message),
        notes,
        ...runInfo
      });
      return 1;
    }
    const environment = check.target;
    const { version, uploaded } = await ensureVersion(
      clients,
      scope,
      target,
      deps.env.GITHUB_REPOSITORY,
      log
    );
    await ensureEvaluation(clients, version, target, log);
    const deployment = await deployVersion(clients, scope, environment, version, log);
    await moveAlias(clients, scope, environment.name, version, log);
    const endpointUrl = clients.endpoints.consoleUrl(deployment.endpoint.name);
    deps.edge.setOutput("job-name", job.name);
    deps.edge.setOutput("model-version", versionName(version));
    deps.edge.setOutput("endpoint", deployment.endpoint.name);
    deps.edge.setOutput("endpoint-url", endpointUrl);
    await timeline({
      environment: environment.name,
      status: "done",
      version: version.versionId,
      at: (/* @__PURE__ */ new Date()).toISOString(),
      ...runUrl ? { url: runUrl } : {}
    });
    await summary({
      outcome: "done",
      problems: [],
      notes,
      ...runInfo,
      version: versionName(version),
      versionNote: uploaded ? "uploaded by this run" : "uploaded earlier for this run; reused",
      endpoint: deployment.endpoint,
      endpointUrl
    });
    log.info(
      `promoted ${scope.pipeline} version ${version.versionId} to ${environment.name}: ${endpointUrl}`
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError && target) {
      const reason = describeError(error).message.split("\n")[0];
      await timeline({
        environment: settings.environment,
        status: "failed",
        at: (/* @__PURE__ */ new Date()).toISOString(),
        reason,
        ...runUrl ? { url: runUrl } : {}
      });
      await summary({
        outcome: "failed",
        problems: [reason],
        notes: pickNote ? [pickNote] : [],
        runId: target.runId
      });
    }
    throw error;
  } finally {
    await clients.close();
  }
}
var promoteCommand = {
  name: "promote",
  summary: "promote a run\u2019s model to a GitHub Environment\u2019s endpoint (staging, then production)",
  usage: [
    "Usage: kfp-action promote --environment NAME [--job-name JOB | --commit SHA] [options]",
    "",
    "Checks that the run may go to the environment (its decision is deploy, the environment",
    "before it in the config holds the same model version, the job runs in the environment),",
    "then uploads the model as a version (once per run), attaches its metrics, deploys it to the",
    "environment's endpoint and moves the environment's alias. Safe to re-run.",
    "",
    "Options:",
    "  --environment NAME      target GitHub Environment (a name in the config `environments`)",
    "  --job-name JOB          projects/P/locations/R/pipelineJobs/ID (output job-name of submit);",
    "                          default: the newest SUCCEEDED run of the pipeline at the commit",
    "  --commit SHA            the commit whose newest run to take without --job-name",
    "                          (default GITHUB_SHA; full 40-character SHA)",
    "  --schedule NAME         take the newest SUCCEEDED run that this Vertex schedule of the",
    "                          pipeline started (a name in the config's schedules:)",
    "  --pipeline NAME         the config entry (default: from the job, or the only model)",
    "  --project ID            Google Cloud project of the model registry (over the config)",
    "  --region REGION         its region (over the config)",
    `  --timeout-minutes N     longest wait for one Vertex operation (default 45)`,
    "  --comment true|false    update the PR comment\u2019s promotion timeline (default true)",
    "  --github-token TOKEN    token for the PR comment"
  ].join("\n"),
  cliFlags: { values: [...TARGET_FLAGS, "job-name", "commit", "schedule"], switches: [] },
  fromArgs: (args, common) => build(
    targetSettings(common, fromFlags(args), "promote"),
    fromFlags(args)("job-name"),
    fromFlags(args)("commit"),
    fromFlags(args)("schedule")
  ),
  // The action takes the commit from GITHUB_SHA (the checked-out commit of the workflow run).
  fromInputs: (input, common) => build(
    targetSettings(common, fromInputs(input), "promote"),
    fromInputs(input)("job-name"),
    void 0,
    fromInputs(input)("schedule")
  ),
  run
};
export {
  promoteCommand
};
