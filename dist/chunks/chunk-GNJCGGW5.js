import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  RETRAINING_LABEL,
  attachReason,
  compareSubmission,
  jobLabels,
  pipelineJobId,
  runLabels,
  specLabelValue,
  workflowRunLabel
} from "./chunk-X6LX3OJ6.js";
import {
  jobIdOf,
  outputParametersOf,
  toRunResult
} from "./chunk-RS2ABS5Q.js";
import {
  evaluateGates
} from "./chunk-XWERWCEP.js";
import {
  specDigest
} from "./chunk-NLYHU2L3.js";
import {
  checkParameters
} from "./chunk-ORKUXPMH.js";
import {
  labelValue
} from "./chunk-OZW57QZC.js";
import {
  TERMINAL_PIPELINE_STATES
} from "./chunk-6ZC5HHQ7.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/settings/vertex.ts
var VERTEX_OVERRIDE_FLAGS = [
  "project",
  "region",
  "pipeline-root",
  "service-account"
];
function vertexOverrides(get) {
  return {
    ...get("project") ? { project: get("project") } : {},
    ...get("region") ? { region: get("region") } : {},
    ...get("pipeline-root") ? { pipelineRoot: get("pipeline-root") } : {},
    ...get("service-account") ? { serviceAccount: get("service-account") } : {}
  };
}

// src/commands/wait-for-job.ts
var ICON = {
  RUNNING: "\u25B6",
  SUCCEEDED: "\u2713",
  FAILED: "\u2717",
  SKIPPED: "\u267B",
  NOT_TRIGGERED: "\u23ED",
  CANCELLED: "\u26D4",
  CANCELLING: "\u26D4"
};
function clock(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  return `${h > 0 ? `${h}:${String(m).padStart(2, "0")}` : m}:${String(s % 60).padStart(2, "0")}`;
}
function describeChanges(before, job) {
  const states = /* @__PURE__ */ new Map();
  const title = [];
  const lines = [];
  for (const task of job.tasks) {
    const key = `${task.parentTaskId ?? ""}/${task.taskName}/${task.taskId}`;
    states.set(key, task.state);
    const old = before.get(key);
    if (old === task.state) continue;
    if (isRootDag(job, task)) continue;
    title.push(
      `${task.taskName} ${ICON[task.state] ?? "\xB7"} ${task.state.toLowerCase().replace("_", " ")}`
    );
    lines.push(...taskLines(task, old));
  }
  return { title, lines, states };
}
function isRootDag(job, task) {
  return !task.parentTaskId && job.tasks.some((t) => t.parentTaskId === task.taskId);
}
function taskLines(task, old) {
  const lines = [
    `${task.taskName}: ${old ?? "new"} \u2192 ${task.state}${task.state === "SKIPPED" ? " (cache hit)" : ""}`
  ];
  if (task.error) lines.push(`  error: ${task.error.split("\n")[0]}`);
  const params = outputParametersOf(task);
  for (const [k, v] of Object.entries(params)) lines.push(`  output ${k} = ${JSON.stringify(v)}`);
  return lines;
}
function abortableSleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
async function waitForJob(service, first, options) {
  const started = options.now();
  const heartbeat = options.heartbeatMs ?? 6e5;
  let lastNews = started;
  let job = first;
  let states = describeChanges(/* @__PURE__ */ new Map(), first).states;
  let jobState = first.state;
  options.logger.info(`${first.name}: ${first.state}`);
  for (let attempt = 0; !TERMINAL_PIPELINE_STATES.has(job.state); attempt++) {
    if (options.signal?.aborted) return { kind: "interrupted", job };
    const elapsed = options.now() - started;
    if (elapsed >= options.timeoutMs) return { kind: "timeout", job };
    const wait = Math.min(options.delayMs(attempt), options.timeoutMs - elapsed);
    await options.sleep(wait, options.signal);
    if (options.signal?.aborted) return { kind: "interrupted", job };
    job = await service.getPipelineJob(first.name);
    const changes = describeChanges(states, job);
    states = changes.states;
    const at = clock(options.now() - started);
    if (job.state !== jobState) changes.title.unshift(`job ${job.state}`);
    if (changes.title.length > 0) {
      lastNews = options.now();
      const lines = job.state !== jobState ? [`job: ${jobState} \u2192 ${job.state}`, ...changes.lines] : changes.lines;
      jobState = job.state;
      await options.logger.group(`${at} \xB7 ${changes.title.join(" \xB7 ")}`, async () => {
        for (const line of lines) options.logger.info(line);
      });
    } else if (options.now() - lastNews >= heartbeat) {
      lastNews = options.now();
      const steps = job.tasks.filter((t) => !isRootDag(job, t));
      const done = steps.filter((t) => !["RUNNING", "PENDING"].includes(t.state)).length;
      options.logger.info(`${at} \xB7 still ${job.state} (${done} of ${steps.length} tasks done)`);
    }
  }
  if (job.error) options.logger.info(`job error: ${job.error.split("\n")[0]}`);
  return { kind: "finished", job };
}

// src/core/spec/caching.ts
function withDag(dag, enable) {
  if (!dag?.tasks) return dag;
  const tasks = Object.fromEntries(
    Object.entries(dag.tasks).map(([name, task]) => [
      name,
      { ...task, cachingOptions: { ...task.cachingOptions, enableCache: enable } }
    ])
  );
  return { ...dag, tasks };
}
function withCaching(spec, enable) {
  const components = spec.components ? Object.fromEntries(
    Object.entries(spec.components).map(([name, c]) => [
      name,
      c.dag ? { ...c, dag: withDag(c.dag, enable) } : c
    ])
  ) : spec.components;
  const root = spec.root ? { ...spec.root, dag: withDag(spec.root.dag, enable) } : spec.root;
  return {
    ...spec,
    ...components ? { components } : {},
    ...root ? { root } : {}
  };
}

// src/core/vertex/fresh-run.ts
function retrainingLabelValue(runId) {
  return labelValue(runId);
}
function attemptOf(jobId, pipeline, commit) {
  const first = pipelineJobId(pipeline, commit, 1);
  const prefix = first.slice(0, -1);
  if (!jobId.startsWith(prefix)) return void 0;
  const rest = jobId.slice(prefix.length);
  return /^[1-9][0-9]{0,8}$/.test(rest) ? Number(rest) : void 0;
}
function freshStart(jobs, pipeline, commit, retraining) {
  const ours = jobs.map((j) => ({ attempt: attemptOf(jobIdOf(j.name), pipeline, commit), labels: j.labels })).filter((j) => !!j.attempt);
  const own = ours.filter((j) => j.labels[RETRAINING_LABEL] === retraining).map((j) => j.attempt);
  if (own.length > 0) return { attempt: Math.min(...own), rerun: true };
  const highest = ours.reduce((max, j) => Math.max(max, j.attempt), 0);
  return { attempt: highest + 1, rerun: false };
}
function freshRunMayAttach(existing, retraining) {
  const label = existing.labels[RETRAINING_LABEL];
  if (label === retraining) return { same: true };
  return {
    same: false,
    reason: label ? `was started by another retraining (workflow run ${label}), and a fresh run trains again` : "was started by another workflow run, and a fresh run trains again"
  };
}

// src/commands/submit-pipeline.ts
function resolveVertex(config, entry, overrides, pipeline) {
  const merged = { ...config?.vertex, ...entry?.vertex };
  for (const [k, v] of Object.entries(overrides)) {
    if (v !== void 0 && v !== "") merged[k] = v;
  }
  const missing = [
    ["project", "project"],
    ["region", "region"],
    ["pipelineRoot", "pipeline-root"]
  ].filter(([key]) => !merged[key]);
  if (missing.length > 0) {
    const list = missing.map(([key, input]) => `vertex.${key} (input \`${input}\`)`).join(", ");
    throw new UserError(
      `pipeline ${pipeline}: ${list} not set; set ${missing.length === 1 ? "it" : "them"} in the config file or as action inputs (code vertex/missing-setting)`,
      [
        {
          code: "vertex/missing-setting",
          severity: "error",
          message: `${pipeline}: ${list} not set`
        }
      ]
    );
  }
  if (!/^gs:\/\/[^/]+/.test(merged.pipelineRoot)) {
    throw new UserError(
      `pipeline ${pipeline}: vertex.pipelineRoot is "${merged.pipelineRoot}"; it must be a gs://bucket/folder URI (code vertex/missing-setting)`
    );
  }
  return merged;
}
var MAX_ATTEMPTS = 10;
var FRESH_LIST_LIMIT = 500;
async function findFreshStart(vertex, location, pipeline, commit, retraining) {
  const jobs = await vertex.pipelines.listPipelineJobs({
    location,
    labels: runLabels({ pipeline, commit }),
    limit: FRESH_LIST_LIMIT
  });
  return freshStart(jobs, pipeline, commit, retraining);
}
var CANCEL_POLLS = 4;
async function cancelJob(vertex, job, context) {
  if (TERMINAL_PIPELINE_STATES.has(job.state)) return job;
  context.logger.info(`cancelling ${job.name} because the workflow was cancelled`);
  await vertex.pipelines.cancelPipelineJob(job.name);
  let current = job;
  for (let i = 0; i < CANCEL_POLLS && current.state !== "CANCELLED"; i++) {
    await context.waitOptions.sleep(Math.min(vertex.pollDelayMs(0), 1e3));
    current = await vertex.pipelines.getPipelineJob(job.name);
  }
  context.logger.info(`${job.name} is ${current.state}`);
  return current;
}
function cancelledBeforeCreate(pipeline) {
  const message = `${pipeline}: the workflow was cancelled before the pipeline job was created; nothing was submitted`;
  return new UserError(message, [{ code: "vertex/cancelled", severity: "error", message }]);
}
async function waitWhileCancelling(vertex, job, context, pipeline) {
  context.logger.info(
    `${job.name} is being cancelled: waiting for it to end before the next attempt`
  );
  const waited = await waitForJob(vertex.pipelines, job, {
    ...context.waitOptions,
    delayMs: (attempt) => vertex.pollDelayMs(attempt),
    timeoutMs: context.timeoutMinutes * 6e4,
    logger: context.logger
  });
  if (waited.kind === "interrupted") throw cancelledBeforeCreate(pipeline);
  if (waited.kind === "timeout") {
    const message = `${pipeline}: ${job.name} was still ${waited.job.state} after ${context.timeoutMinutes} minutes; the next attempt was not started`;
    throw new UserError(message, [{ code: "vertex/timeout", severity: "error", message }]);
  }
  return waited.job;
}
function prepareParameters(p) {
  const checked = checkParameters(p.spec, p.parameters, p.parametersSource);
  if (checked.diagnostics.length > 0) {
    const located = checked.diagnostics.map((d) => ({ ...d, task: p.name }));
    throw new UserError(
      `pipeline ${p.name}: ${checked.diagnostics.length} parameter value${checked.diagnostics.length === 1 ? " is" : "s are"} wrong; nothing was submitted:
${checked.diagnostics.map((d) => `  - ${d.message} (${d.code})`).join("\n")}`,
      located
    );
  }
  return checked.values;
}
async function submitPipeline(p, vertex, context, onJob) {
  const log = context.logger;
  const parameters = prepareParameters(p);
  const location = { project: p.vertex.project, region: p.vertex.region };
  const spec = p.vertex.enableCaching !== void 0 ? withCaching(p.spec, p.vertex.enableCaching) : p.spec;
  const digest = `sha256:${specDigest(p.spec)}`;
  const sentDigest = spec === p.spec ? digest : `sha256:${specDigest(spec)}`;
  const origin = {
    pipeline: p.name,
    commit: context.commit,
    specDigest: sentDigest,
    ...context.repository ? { repository: context.repository } : {},
    ...context.workflowRun ? { workflowRun: context.workflowRun } : {},
    ...context.workflowRunAttempt ? { workflowRunAttempt: context.workflowRunAttempt } : {},
    ...context.freshRun ? { retraining: context.freshRun } : {}
  };
  const runLabel = workflowRunLabel(origin);
  const { labels, changed } = jobLabels(origin, p.vertex.labels);
  for (const c of changed) log.warning(`label rewritten to fit Vertex's rules: ${c}`);
  let templateUri;
  if (p.vertex.templateRegistry) {
    const uploaded = await vertex.templates.upload({
      registryUrl: p.vertex.templateRegistry,
      content: p.yaml,
      tags: [`commit-${context.commit.slice(0, 40)}`, "latest"],
      packageName: p.name
    });
    templateUri = uploaded.templateUri;
    log.info(`uploaded the template: ${templateUri}`);
  }
  const wanted = { specLabel: specLabelValue(sentDigest), parameters };
  const passedOver = [];
  const retraining = context.freshRun ? retrainingLabelValue(context.freshRun) : void 0;
  const start = retraining ? await findFreshStart(vertex, location, p.name, context.commit, retraining) : { attempt: 1, rerun: false };
  if (retraining) {
    log.info(
      start.rerun ? `fresh-run: this workflow run already started attempt ${start.attempt} of commit ${context.commit.slice(0, 7)}; following it as a re-run does` : `fresh-run: a retraining, so no earlier job of commit ${context.commit.slice(0, 7)} is reused: starting at attempt ${start.attempt}`
    );
  }
  const last = start.attempt + MAX_ATTEMPTS - 1;
  let submitted;
  for (let attempt = start.attempt; attempt <= last && !submitted; attempt++) {
    const jobId = pipelineJobId(p.name, context.commit, attempt);
    if (context.waitOptions.signal?.aborted) throw cancelledBeforeCreate(p.name);
    const result = await vertex.pipelines.createOrAttach(
      {
        location,
        jobId,
        // Vertex allows 128 characters.
        displayName: (p.vertex.displayName ?? `${p.name}-${context.commit.slice(0, 7)}`).slice(
          0,
          128
        ),
        // Submitting by template: Vertex reads the spec from the registry (the same bytes).
        ...templateUri && p.vertex.enableCaching === void 0 ? { templateUri } : { pipelineSpec: spec },
        parameterValues: parameters,
        pipelineRoot: p.vertex.pipelineRoot,
        labels,
        ...p.vertex.serviceAccount ? { serviceAccount: p.vertex.serviceAccount } : {},
        ...p.vertex.network ? { network: p.vertex.network } : {},
        ...p.vertex.kmsKey ? { kmsKey: p.vertex.kmsKey } : {},
        ...p.vertex.failurePolicy ? { failurePolicy: p.vertex.failurePolicy } : {}
      },
      context.waitOptions.signal ? { signal: context.waitOptions.signal } : {}
    );
    if (!result.attached) {
      submitted = { job: result.job, attempt };
      break;
    }
    const skip = (why) => {
      passedOver.push(`${jobId} ${why}`);
      log.info(`${jobId} already exists and ${why}: starting attempt ${attempt + 1}`);
    };
    let existing = result.job;
    if (existing.state === "CANCELLING") {
      existing = await waitWhileCancelling(vertex, existing, context, p.name);
      skip(`was being cancelled (now ${existing.state})`);
      continue;
    }
    if (existing.state === "FAILED" || existing.state === "CANCELLED") {
      skip(`ended ${existing.state}`);
      continue;
    }
    const ours = retraining ? freshRunMayAttach(existing, retraining) : { same: true };
    if (!ours.same) {
      skip(ours.reason);
      continue;
    }
    const same = compareSubmission(existing, wanted);
    if (!same.same) {
      skip(same.reason);
      continue;
    }
    submitted = { job: existing, attached: attachReason(existing, runLabel), attempt };
  }
  if (!submitted) {
    throw new UserError(
      `pipeline ${p.name}: the ${MAX_ATTEMPTS} job ids of commit ${context.commit.slice(0, 7)}${start.attempt > 1 ? ` from attempt ${start.attempt} on` : ""} are all taken by jobs that failed, were cancelled or ran another spec or other parameters; not starting another (code vertex/too-many-attempts):
${passedOver.map((l) => `  - ${l}`).join("\n")}`,
      [
        {
          code: "vertex/too-many-attempts",
          severity: "error",
          message: `${p.name}: all ${MAX_ATTEMPTS} job ids of commit ${context.commit.slice(0, 7)} are taken`
        }
      ]
    );
  }
  const { job: created, attached } = submitted;
  onJob(created.name);
  if (retraining && attached !== "earlier-run") {
    log.info(`a scheduled retraining: new attempt ${submitted.attempt} (${created.name})`);
  }
  log.info(
    attached === "lost-answer" ? `${created.name} was created by this step (the first answer was lost on the way back): following it` : attached === "earlier-run" ? `attached to ${created.name}: an earlier workflow run started it with the same spec and parameter values` : `created ${created.name}`
  );
  let ending = "not-waited";
  let job = created;
  if (context.wait) {
    const waited = await waitForJob(vertex.pipelines, created, {
      ...context.waitOptions,
      delayMs: (attempt) => vertex.pollDelayMs(attempt),
      timeoutMs: context.timeoutMinutes * 6e4,
      logger: log
    });
    ending = waited.kind;
    job = waited.kind === "interrupted" ? await cancelJob(vertex, waited.job, context) : waited.job;
  }
  return gateJob(
    {
      name: p.name,
      ...p.entry ? { entry: p.entry } : {},
      pipelineRoot: p.vertex.pipelineRoot,
      location,
      job,
      ...attached ? { attached } : {},
      ...retraining ? { retraining: { attempt: submitted.attempt } } : {},
      ending,
      passedOver,
      specDigest: digest,
      ...templateUri ? { templateUri } : {}
    },
    vertex,
    context
  );
}
async function gateJob(waited, vertex, context) {
  const log = context.logger;
  const { job, location, ending, entry, name } = waited;
  const ran = job.parameterValues;
  const run = toRunResult(job, {
    pipelineName: name,
    location,
    specDigest: waited.specDigest,
    parameters: ran
  });
  let baseline;
  let baselineMetrics;
  const wantsBaseline = (entry?.gates ?? []).some((g) => g.maxRegression !== void 0);
  if (wantsBaseline && ending === "finished") {
    const modelName = entry?.model?.displayName ?? name;
    const lookup = await vertex.models.tryReadBaseline(location, modelName, context.baselineAlias);
    if (lookup.found) {
      const label = `${context.baselineAlias} (v${lookup.baseline.version})`;
      baseline = { label };
      baselineMetrics = { label, values: lookup.baseline.metrics };
      log.info(`baseline: ${lookup.baseline.model} ${JSON.stringify(lookup.baseline.metrics)}`);
    } else {
      baseline = { missing: lookup.reason };
      log.info(`no baseline: ${lookup.reason}; regression gates are skipped`);
    }
  }
  const outcome = evaluateGates(run, entry ?? {}, baselineMetrics);
  return { ...waited, run, outcome, parameters: ran, ...baseline ? { baseline } : {} };
}

export {
  VERTEX_OVERRIDE_FLAGS,
  vertexOverrides,
  withCaching,
  abortableSleep,
  waitForJob,
  resolveVertex,
  prepareParameters,
  submitPipeline,
  gateJob
};
