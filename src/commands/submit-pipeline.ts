/**
 * One pipeline through Vertex AI, as a straight line: resolve settings → check parameters →
 * (upload the template) → create or attach → wait → RunResult → baseline → gates. Reporting is
 * done by the caller (submit.ts), which sees every pipeline's outcome.
 */
import type { KfpActionConfig, PipelineEntry, VertexSettings } from '../core/config/types.js';
import { UserError, type Diagnostic } from '../core/diagnostics.js';
import { evaluateGates, type BaselineMetrics, type GateOutcome } from '../core/gates/evaluate.js';
import {
  TERMINAL_PIPELINE_STATES,
  type ParameterValue,
  type RunResult,
} from '../core/result/model.js';
import { withCaching } from '../core/spec/caching.js';
import { specDigest } from '../core/spec/digest.js';
import { checkParameters } from '../core/spec/parameters.js';
import type { PipelineSpec } from '../core/spec/types.js';
import type { Logger } from '../ports/logger.js';
import type { PipelineJobView, VertexClients, VertexLocation } from '../ports/vertex.js';
import {
  attachReason,
  compareSubmission,
  specLabelValue,
  type AttachReason,
} from '../core/vertex/attach.js';
import {
  freshRunMayAttach,
  freshStart,
  retrainingLabelValue,
  type FreshStart,
} from '../core/vertex/fresh-run.js';
import { jobLabels, pipelineJobId, workflowRunLabel } from '../core/vertex/job-id.js';
import { runLabels } from '../core/promotion/latest-run.js';
import { toRunResult } from '../core/vertex/run-result.js';
import { waitForJob, type WaitOptions, type WaitOutcome } from './wait-for-job.js';

/** The Vertex settings of one pipeline after config defaults, its own entry and the inputs. */
export interface ResolvedVertex extends VertexSettings {
  readonly project: string;
  readonly region: string;
  readonly pipelineRoot: string;
}

/** `vertex` of the config, then the pipeline's own, then the inputs — key by key. */
export function resolveVertex(
  config: KfpActionConfig | undefined,
  entry: PipelineEntry | undefined,
  overrides: VertexSettings,
  pipeline: string,
): ResolvedVertex {
  const merged: VertexSettings = { ...config?.vertex, ...entry?.vertex };
  for (const [k, v] of Object.entries(overrides)) {
    if (v !== undefined && v !== '') (merged as Record<string, unknown>)[k] = v;
  }
  const missing = (
    [
      ['project', 'project'],
      ['region', 'region'],
      ['pipelineRoot', 'pipeline-root'],
    ] as const
  ).filter(([key]) => !merged[key]);
  if (missing.length > 0) {
    const list = missing.map(([key, input]) => `vertex.${key} (input \`${input}\`)`).join(', ');
    throw new UserError(
      `pipeline ${pipeline}: ${list} not set; set ${missing.length === 1 ? 'it' : 'them'} in the config file or as action inputs (code vertex/missing-setting)`,
      [
        {
          code: 'vertex/missing-setting',
          severity: 'error',
          message: `${pipeline}: ${list} not set`,
        },
      ],
    );
  }
  if (!/^gs:\/\/[^/]+/.test(merged.pipelineRoot!)) {
    throw new UserError(
      `pipeline ${pipeline}: vertex.pipelineRoot is "${merged.pipelineRoot}"; it must be a gs://bucket/folder URI (code vertex/missing-setting)`,
    );
  }
  return merged as ResolvedVertex;
}

export interface PipelineToSubmit {
  readonly name: string;
  /** The IR file, relative to the working directory (for messages). */
  readonly file: string;
  readonly yaml: string;
  readonly spec: PipelineSpec;
  readonly entry?: PipelineEntry;
  readonly vertex: ResolvedVertex;
  /** Parameter values before checking: config entry, then the `parameters` input. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly parametersSource: string;
}

export interface RunContext {
  readonly commit: string;
  readonly repository?: string;
  readonly workflowRun?: string;
  readonly workflowRunAttempt?: string;
  readonly wait: boolean;
  /** Train again on purpose (input `fresh-run`): the run id (or, outside GitHub Actions, a value
   * unique to this invocation) that the job's `kfp-retraining` label carries. */
  readonly freshRun?: string;
  readonly timeoutMinutes: number;
  /** Alias whose model evaluation is the baseline (the last environment, default `production`). */
  readonly baselineAlias: string;
  readonly logger: Logger;
  readonly waitOptions: Omit<WaitOptions, 'timeoutMs' | 'logger' | 'delayMs'>;
}

/** What was sent and what came back, for the report and the outputs. */
export interface SubmitOutcome {
  readonly name: string;
  /** The config entry of the pipeline, when it has one. */
  readonly entry?: PipelineEntry;
  readonly pipelineRoot: string;
  readonly location: VertexLocation;
  readonly job: PipelineJobView;
  /** Set when the job already existed and was the same run: why it existed. */
  readonly attached?: AttachReason;
  /** Earlier attempts of this commit that were not attached to, each with why. */
  readonly passedOver: readonly string[];
  /** Set on a retraining (`fresh-run`): the attempt it runs as. */
  readonly retraining?: { readonly attempt: number };
  /** The spec digest the job runs (`sha256:…` of the compiled spec). */
  readonly specDigest: string;
  readonly ending: WaitOutcome['kind'] | 'not-waited';
  readonly run: RunResult;
  readonly outcome: GateOutcome;
  /** The parameter values the job runs with, read back from Vertex. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** The baseline read for regression gates, why there is none, or undefined when no gate
   * needs one. */
  readonly baseline?: { label: string } | { missing: string };
  readonly templateUri?: string;
}

/** How many job ids to try when earlier attempts of this commit FAILED or were CANCELLED. */
const MAX_ATTEMPTS = 10;

/** How many jobs of the commit a fresh run reads to find the next free attempt. */
const FRESH_LIST_LIMIT = 500;

/** Where a fresh run starts: one past the commit's highest attempt, or at this run's own job. */
async function findFreshStart(
  vertex: VertexClients,
  location: VertexLocation,
  pipeline: string,
  commit: string,
  retraining: string,
): Promise<FreshStart> {
  const jobs = await vertex.pipelines.listPipelineJobs({
    location,
    labels: runLabels({ pipeline, commit }),
    limit: FRESH_LIST_LIMIT,
  });
  return freshStart(jobs, pipeline, commit, retraining);
}

/** Polls after a cancel this many times for CANCELLED (the runner kills us a few seconds after
 * the cancel signal, so this stays short; CANCELLING is reported as it is). */
const CANCEL_POLLS = 4;

/** The workflow was cancelled: cancel the job and report the state it reached. */
async function cancelJob(
  vertex: VertexClients,
  job: PipelineJobView,
  context: RunContext,
): Promise<PipelineJobView> {
  if (TERMINAL_PIPELINE_STATES.has(job.state)) return job;
  context.logger.info(`cancelling ${job.name} because the workflow was cancelled`);
  await vertex.pipelines.cancelPipelineJob(job.name);
  let current = job;
  for (let i = 0; i < CANCEL_POLLS && current.state !== 'CANCELLED'; i++) {
    await context.waitOptions.sleep(Math.min(vertex.pollDelayMs(0), 1000));
    current = await vertex.pipelines.getPipelineJob(job.name);
  }
  context.logger.info(`${job.name} is ${current.state}`);
  return current;
}

/** The workflow was cancelled before a job was created: nothing runs, and that is said. */
function cancelledBeforeCreate(pipeline: string): UserError {
  const message = `${pipeline}: the workflow was cancelled before the pipeline job was created; nothing was submitted`;
  return new UserError(message, [{ code: 'vertex/cancelled', severity: 'error', message }]);
}

/** An earlier attempt is CANCELLING: wait (within the timeout) until it has ended. */
async function waitWhileCancelling(
  vertex: VertexClients,
  job: PipelineJobView,
  context: RunContext,
  pipeline: string,
): Promise<PipelineJobView> {
  context.logger.info(
    `${job.name} is being cancelled: waiting for it to end before the next attempt`,
  );
  const waited = await waitForJob(vertex.pipelines, job, {
    ...context.waitOptions,
    delayMs: (attempt) => vertex.pollDelayMs(attempt),
    timeoutMs: context.timeoutMinutes * 60_000,
    logger: context.logger,
  });
  if (waited.kind === 'interrupted') throw cancelledBeforeCreate(pipeline);
  if (waited.kind === 'timeout') {
    const message = `${pipeline}: ${job.name} was still ${waited.job.state} after ${context.timeoutMinutes} minutes; the next attempt was not started`;
    throw new UserError(message, [{ code: 'vertex/timeout', severity: 'error', message }]);
  }
  return waited.job;
}

/** Checks parameter values and settings before anything is sent; throws a UserError listing all. */
export function prepareParameters(p: PipelineToSubmit): Record<string, ParameterValue> {
  const checked = checkParameters(p.spec, p.parameters, p.parametersSource);
  if (checked.diagnostics.length > 0) {
    const located: Diagnostic[] = checked.diagnostics.map((d) => ({ ...d, task: p.name }));
    throw new UserError(
      `pipeline ${p.name}: ${checked.diagnostics.length} parameter value${checked.diagnostics.length === 1 ? ' is' : 's are'} wrong; nothing was submitted:\n${checked.diagnostics.map((d) => `  - ${d.message} (${d.code})`).join('\n')}`,
      located,
    );
  }
  return checked.values;
}

export async function submitPipeline(
  p: PipelineToSubmit,
  vertex: VertexClients,
  context: RunContext,
  onJob: (jobName: string) => void,
): Promise<SubmitOutcome> {
  const log = context.logger;
  const parameters = prepareParameters(p);
  const location = { project: p.vertex.project, region: p.vertex.region };
  const spec =
    p.vertex.enableCaching !== undefined ? withCaching(p.spec, p.vertex.enableCaching) : p.spec;
  const digest = `sha256:${specDigest(p.spec)}`;
  // The spec as sent (caching may be rewritten): what a re-run compares before attaching.
  const sentDigest = spec === p.spec ? digest : `sha256:${specDigest(spec)}`;
  const origin = {
    pipeline: p.name,
    commit: context.commit,
    specDigest: sentDigest,
    ...(context.repository ? { repository: context.repository } : {}),
    ...(context.workflowRun ? { workflowRun: context.workflowRun } : {}),
    ...(context.workflowRunAttempt ? { workflowRunAttempt: context.workflowRunAttempt } : {}),
    ...(context.freshRun ? { retraining: context.freshRun } : {}),
  };
  const runLabel = workflowRunLabel(origin);
  const { labels, changed } = jobLabels(origin, p.vertex.labels);
  for (const c of changed) log.warning(`label rewritten to fit Vertex's rules: ${c}`);

  let templateUri: string | undefined;
  if (p.vertex.templateRegistry) {
    const uploaded = await vertex.templates.upload({
      registryUrl: p.vertex.templateRegistry,
      content: p.yaml,
      tags: [`commit-${context.commit.slice(0, 40)}`, 'latest'],
      packageName: p.name,
    });
    templateUri = uploaded.templateUri;
    log.info(`uploaded the template: ${templateUri}`);
  }

  const wanted = { specLabel: specLabelValue(sentDigest), parameters };
  const passedOver: string[] = [];
  const retraining = context.freshRun ? retrainingLabelValue(context.freshRun) : undefined;
  // A fresh run starts past every job of the commit, or at the one this workflow run made.
  const start = retraining
    ? await findFreshStart(vertex, location, p.name, context.commit, retraining)
    : { attempt: 1, rerun: false };
  if (retraining) {
    log.info(
      start.rerun
        ? `fresh-run: this workflow run already started attempt ${start.attempt} of commit ${context.commit.slice(0, 7)}; following it as a re-run does`
        : `fresh-run: a retraining, so no earlier job of commit ${context.commit.slice(0, 7)} is reused: starting at attempt ${start.attempt}`,
    );
  }
  const last = start.attempt + MAX_ATTEMPTS - 1;
  let submitted: { job: PipelineJobView; attached?: AttachReason; attempt: number } | undefined;
  for (let attempt = start.attempt; attempt <= last && !submitted; attempt++) {
    const jobId = pipelineJobId(p.name, context.commit, attempt);
    // The last moment a cancelled workflow can still keep a job from being created.
    if (context.waitOptions.signal?.aborted) throw cancelledBeforeCreate(p.name);
    const result = await vertex.pipelines.createOrAttach(
      {
        location,
        jobId,
        // Vertex allows 128 characters.
        displayName: (p.vertex.displayName ?? `${p.name}-${context.commit.slice(0, 7)}`).slice(
          0,
          128,
        ),
        // Submitting by template: Vertex reads the spec from the registry (the same bytes).
        ...(templateUri && p.vertex.enableCaching === undefined
          ? { templateUri }
          : { pipelineSpec: spec as unknown as Record<string, unknown> }),
        parameterValues: parameters,
        pipelineRoot: p.vertex.pipelineRoot,
        labels,
        ...(p.vertex.serviceAccount ? { serviceAccount: p.vertex.serviceAccount } : {}),
        ...(p.vertex.network ? { network: p.vertex.network } : {}),
        ...(p.vertex.kmsKey ? { kmsKey: p.vertex.kmsKey } : {}),
        ...(p.vertex.failurePolicy ? { failurePolicy: p.vertex.failurePolicy } : {}),
      },
      context.waitOptions.signal ? { signal: context.waitOptions.signal } : {},
    );
    if (!result.attached) {
      submitted = { job: result.job, attempt };
      break;
    }
    const skip = (why: string) => {
      passedOver.push(`${jobId} ${why}`);
      log.info(`${jobId} already exists and ${why}: starting attempt ${attempt + 1}`);
    };
    let existing = result.job;
    if (existing.state === 'CANCELLING') {
      existing = await waitWhileCancelling(vertex, existing, context, p.name);
      skip(`was being cancelled (now ${existing.state})`);
      continue;
    }
    if (existing.state === 'FAILED' || existing.state === 'CANCELLED') {
      skip(`ended ${existing.state}`);
      continue;
    }
    const ours = retraining ? freshRunMayAttach(existing, retraining) : { same: true as const };
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
      `pipeline ${p.name}: the ${MAX_ATTEMPTS} job ids of commit ${context.commit.slice(0, 7)}${start.attempt > 1 ? ` from attempt ${start.attempt} on` : ''} are all taken by jobs that failed, were cancelled or ran another spec or other parameters; not starting another (code vertex/too-many-attempts):\n${passedOver.map((l) => `  - ${l}`).join('\n')}`,
      [
        {
          code: 'vertex/too-many-attempts',
          severity: 'error',
          message: `${p.name}: all ${MAX_ATTEMPTS} job ids of commit ${context.commit.slice(0, 7)} are taken`,
        },
      ],
    );
  }
  const { job: created, attached } = submitted;
  onJob(created.name);
  // A lost answer is this step's own create: still the new attempt.
  if (retraining && attached !== 'earlier-run') {
    log.info(`a scheduled retraining: new attempt ${submitted.attempt} (${created.name})`);
  }
  log.info(
    attached === 'lost-answer'
      ? `${created.name} was created by this step (the first answer was lost on the way back): following it`
      : attached === 'earlier-run'
        ? `attached to ${created.name}: an earlier workflow run started it with the same spec and parameter values`
        : `created ${created.name}`,
  );

  let ending: SubmitOutcome['ending'] = 'not-waited';
  let job = created;
  if (context.wait) {
    const waited = await waitForJob(vertex.pipelines, created, {
      ...context.waitOptions,
      delayMs: (attempt) => vertex.pollDelayMs(attempt),
      timeoutMs: context.timeoutMinutes * 60_000,
      logger: log,
    });
    ending = waited.kind;
    job = waited.kind === 'interrupted' ? await cancelJob(vertex, waited.job, context) : waited.job;
  }
  return gateJob(
    {
      name: p.name,
      ...(p.entry ? { entry: p.entry } : {}),
      pipelineRoot: p.vertex.pipelineRoot,
      location,
      job,
      ...(attached ? { attached } : {}),
      ...(retraining ? { retraining: { attempt: submitted.attempt } } : {}),
      ending,
      passedOver,
      specDigest: digest,
      ...(templateUri ? { templateUri } : {}),
    },
    vertex,
    context,
  );
}

/** A job as it stands after the wait, before the run result, the baseline and the gates. */
export type WaitedJob = Omit<SubmitOutcome, 'run' | 'outcome' | 'parameters' | 'baseline'>;

/** The run result of a job, its baseline (when a gate needs one) and the gates' decision. */
export async function gateJob(
  waited: WaitedJob,
  vertex: VertexClients,
  context: Pick<RunContext, 'baselineAlias' | 'logger'>,
): Promise<SubmitOutcome> {
  const log = context.logger;
  const { job, location, ending, entry, name } = waited;
  // The values the job really runs with, as Vertex reports them (not those asked for).
  const ran = job.parameterValues;
  const run = toRunResult(job, {
    pipelineName: name,
    location,
    specDigest: waited.specDigest,
    parameters: ran,
  });

  let baseline: SubmitOutcome['baseline'];
  let baselineMetrics: BaselineMetrics | undefined;
  const wantsBaseline = (entry?.gates ?? []).some((g) => g.maxRegression !== undefined);
  if (wantsBaseline && ending === 'finished') {
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
  return { ...waited, run, outcome, parameters: ran, ...(baseline ? { baseline } : {}) };
}
