/**
 * `submit` — on merge: compile the pipelines of the checked-out commit, check their parameter
 * values, run them on Vertex AI Pipelines, wait, read metrics and the pipeline's decision, gate,
 * and report on the merged pull request, in the job summary and in the outputs.
 */
import { vertexOverrides, VERTEX_OVERRIDE_FLAGS } from '../settings/vertex.js';
import path from 'node:path';
import { splitSourceList } from '../core/compile/sources.js';
import type { VertexSettings } from '../core/config/types.js';
import { isError, UserError } from '../core/diagnostics.js';
import { describeError } from '../core/errors.js';
import { aliasFor } from '../core/promotion/aliases.js';
import type { ParameterValue } from '../core/result/model.js';
import type { Deps } from '../ports/deps.js';
import {
  flag,
  parseBoolean,
  parseParameterObject,
  parsePositiveInt,
  type ParsedArgs,
} from '../settings/args.js';
import { compiledDir, outputBase, type CommonSettings } from '../settings/common.js';
import type { CommandDefinition, InputReader } from './command.js';
import { compilePipelines } from './compile-pipelines.js';
import { publishOutcomes } from './submit-report.js';
import { reviewedLine, reviewSpecs } from './submit-reviewed.js';
import { pickUpJob } from './submit-pickup.js';
import { specDigest } from '../core/spec/digest.js';
import { abortableSleep } from './wait-for-job.js';
import { VERSION } from '../core/version.js';
import {
  resolveVertex,
  prepareParameters,
  submitPipeline,
  type PipelineToSubmit,
  type SubmitOutcome,
} from './submit-pipeline.js';

export interface SubmitSettings {
  readonly common: CommonSettings;
  /** Explicit sources (paths or globs); empty = every pipeline of the config file. */
  readonly sources: readonly string[];
  /** Absolute base folder: IR goes to `compiled/`, reports to `reports/`. */
  readonly outputBase: string;
  /** Values over the config's (the `parameters` input, JSON). */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** Inputs that override the config's `vertex` settings (unset = undefined). */
  readonly vertex: VertexSettings;
  readonly wait: boolean;
  /** Minutes to wait before giving up; undefined = the config's, else 720. */
  readonly timeoutMinutes?: number;
  readonly comment: boolean;
  readonly githubToken: string;
  /** The GitHub job's own `timeout-minutes` (input `job-timeout-minutes`): the wait is fitted
   * inside it, so that GitHub never cancels the step (and with it the Vertex job). */
  readonly jobTimeoutMinutes?: number;
  /** Pick up this job (`projects/…/pipelineJobs/…`) instead of compiling and submitting. */
  readonly jobName: string;
  /** Refuse to submit a spec whose digest no PR check saw (input `require-reviewed-spec`). */
  readonly requireReviewedSpec: boolean;
  /** Train again on purpose (input `fresh-run`): never attach to a job of another workflow run
   * of this commit; start the next free attempt (src/core/vertex/fresh-run.ts). */
  readonly freshRun: boolean;
}

function build(
  common: CommonSettings,
  get: (name: string) => string | undefined,
  sources: string[],
): SubmitSettings {
  const cache = get('cache');
  const timeout = get('timeout-minutes');
  const vertex: VertexSettings = {
    ...vertexOverrides(get),
    ...(cache && cache.trim() !== '' ? { enableCaching: parseBoolean('cache', cache, true) } : {}),
  };
  return {
    common,
    sources,
    outputBase: outputBase(common, get('output-dir')),
    parameters: parseParameterObject('parameters', get('parameters')),
    vertex,
    wait: parseBoolean('wait', get('wait'), true),
    ...(timeout && timeout.trim() !== ''
      ? { timeoutMinutes: parsePositiveInt('timeout-minutes', timeout, 720) }
      : {}),
    comment: parseBoolean('comment', get('comment'), true),
    githubToken: get('github-token') ?? '',
    ...(get('job-timeout-minutes')?.trim()
      ? {
          jobTimeoutMinutes: parsePositiveInt(
            'job-timeout-minutes',
            get('job-timeout-minutes'),
            360,
          ),
        }
      : {}),
    jobName: (get('job-name') ?? '').trim(),
    requireReviewedSpec: parseBoolean('require-reviewed-spec', get('require-reviewed-spec'), false),
    freshRun: parseBoolean('fresh-run', get('fresh-run'), false),
  };
}

const VALUE_FLAGS = [
  'output-dir',
  'parameters',
  ...VERTEX_OVERRIDE_FLAGS,
  'cache',
  'wait',
  'timeout-minutes',
  'comment',
  'github-token',
  'require-reviewed-spec',
  'job-timeout-minutes',
  'job-name',
  'fresh-run',
];

/** Minutes left for the steps before submit and for the report after the wait. */
const JOB_MARGIN_MINUTES = 10;

/**
 * The longest wait that GitHub will not cut short: the timeout, or less when the job's own
 * `timeout-minutes` (minus a margin and the minutes this step already spent) is shorter. A job
 * limit that leaves no time to wait at all is refused with the fix.
 */
export function fitWait(
  settings: SubmitSettings,
  configured: number,
  spentMinutes: number,
): { minutes: number; shortened: boolean } {
  const limit = settings.jobTimeoutMinutes;
  if (limit === undefined || !settings.wait) return { minutes: configured, shortened: false };
  const room = Math.floor(limit - JOB_MARGIN_MINUTES - spentMinutes);
  if (room < 1) {
    const message = `the job's timeout-minutes (${limit}) leaves no time to wait for the run after a ${JOB_MARGIN_MINUTES}-minute margin; GitHub would cancel the step and with it the Vertex job. Raise the job's timeout-minutes, or submit with wait: false and pick the run up later with job-name (docs/vertex.md, "Long trainings")`;
    throw new UserError(message, [{ code: 'vertex/job-limit', severity: 'error', message }], 2);
  }
  return room < configured
    ? { minutes: room, shortened: true }
    : { minutes: configured, shortened: false };
}

async function run(settings: SubmitSettings, deps: Deps): Promise<number> {
  const log = deps.logger;
  const started = Date.now();
  if (settings.jobName && settings.freshRun) {
    const message =
      'fresh-run: true starts a new training and job-name picks up one that exists; set one of them (code vertex/fresh-run-with-job-name)';
    throw new UserError(message, [
      { code: 'vertex/fresh-run-with-job-name', severity: 'error', message },
    ]);
  }
  if (settings.jobName) {
    const { minutes } = fitWait({ ...settings, wait: true }, settings.timeoutMinutes ?? 720, 0);
    return pickUpJob(settings, VERSION, deps, minutes);
  }
  // A cancel stops the step before it creates a job, with or without `wait`. Only a waiting
  // submit owns its jobs afterwards: with wait: false they are meant to outlive the step.
  const cancel = deps.interruption?.();
  const interruption = settings.wait ? cancel : undefined;
  const signal = cancel?.signal;
  const compiled = await compilePipelines(
    {
      common: settings.common,
      sources: settings.sources,
      outputDir: compiledDir(settings.outputBase),
      requireConfig: 'submit',
    },
    deps,
  );
  deps.edge.report(compiled.diagnostics);
  if (compiled.diagnostics.some(isError)) {
    log.error('the pipelines did not compile and validate; nothing was submitted');
    return 1;
  }
  if (compiled.compiled.length === 0) {
    log.error('no pipeline to submit: the sources hold no @dsl.pipeline and no compiled IR');
    return 1;
  }

  // Everything is checked before the first job is created: no half-submitted merge.
  const wd = settings.common.workingDirectory;
  const config = compiled.config;
  const pipelines: PipelineToSubmit[] = compiled.compiled.map((c) => {
    // The text goes to the template registry as written; the spec was loaded once by compile.
    const yaml = deps.workspace.readText(path.resolve(wd, c.file));
    const loaded = c.loaded;
    if (!loaded) throw new UserError(`cannot read the compiled ${c.file}`, []);
    const entry = c.entryIndex !== undefined ? config?.pipelines[c.entryIndex] : undefined;
    if (loaded.platform)
      log.warning(`${c.name}: the platform spec (kfp-kubernetes) is not used by Vertex AI`);
    return {
      name: c.name,
      file: c.file,
      yaml,
      spec: loaded.spec,
      ...(entry ? { entry } : {}),
      vertex: resolveVertex(config, entry, settings.vertex, c.name),
      parameters: { ...entry?.parameters, ...settings.parameters },
      parametersSource: Object.keys(settings.parameters).length
        ? 'the config and the `parameters` input'
        : 'the config',
    };
  });
  for (const p of pipelines) prepareParameters(p);

  if (signal?.aborted) {
    log.error('the workflow was cancelled before anything was submitted');
    return 1;
  }
  const commit = deps.env.GITHUB_SHA || (await (await deps.git()).tryResolveCommit('HEAD'));
  if (!commit)
    throw new UserError('cannot tell the commit: GITHUB_SHA is not set and HEAD does not resolve');
  // What ran is what was reviewed: each spec against the digest the merged PR's check saw.
  const review = await reviewSpecs(
    pipelines.map((p) => ({ name: p.name, digest: `sha256:${specDigest(p.spec)}` })),
    commit,
    settings,
    deps,
  );
  for (const [name, verdict] of review) log.info(`${name}: ${reviewedLine(verdict)}`);
  if (settings.requireReviewedSpec) {
    const unreviewed = [...review].filter(([, v]) => v.kind !== 'reviewed');
    if (unreviewed.length > 0) {
      deps.edge.report(
        unreviewed.map(([name, v]) => ({
          code: 'vertex/unreviewed-spec',
          severity: 'error' as const,
          message: `${name}: ${reviewedLine(v)}; require-reviewed-spec is true, so nothing was submitted`,
        })),
      );
      log.info(
        'Run the PR check on the final head of the PR (and merge without the base moving), or set require-reviewed-spec: false. See docs/promotion.md, "What ran is what was reviewed".',
      );
      return 1;
    }
  }
  const fitted = new Map<string, number>();
  for (const p of pipelines) {
    const configured = settings.timeoutMinutes ?? p.vertex.timeoutMinutes ?? 720;
    const fit = fitWait(settings, configured, (Date.now() - started) / 60_000);
    fitted.set(p.name, fit.minutes);
    if (fit.shortened) {
      deps.edge.report([
        {
          code: 'vertex/wait-shortened',
          severity: 'warning',
          message: `${p.name}: waiting at most ${fit.minutes} minutes, not ${configured}: GitHub ends this job at its timeout-minutes (${settings.jobTimeoutMinutes}) and would cancel the Vertex run with it. If the run takes longer it keeps going, and submit with job-name picks it up later (docs/vertex.md, "Long trainings")`,
        },
      ]);
    }
  }
  // The `kfp-retraining` label of a fresh run: the GitHub run id, so a re-run of the same
  // workflow run attaches; outside Actions a value of this invocation only.
  const retrainingRun = deps.env.GITHUB_RUN_ID || `local-${Date.now().toString(36)}`;
  const settled = await Promise.allSettled(
    pipelines.map(async (p) => {
      const vertex = await deps.vertex(p.vertex.region);
      const scoped = log.withNamespace(p.name);
      const outcome = await submitPipeline(
        p,
        vertex,
        {
          commit,
          ...(deps.env.GITHUB_REPOSITORY ? { repository: deps.env.GITHUB_REPOSITORY } : {}),
          ...(deps.env.GITHUB_RUN_ID ? { workflowRun: deps.env.GITHUB_RUN_ID } : {}),
          ...(deps.env.GITHUB_RUN_ATTEMPT
            ? { workflowRunAttempt: deps.env.GITHUB_RUN_ATTEMPT }
            : {}),
          wait: settings.wait,
          ...(settings.freshRun ? { freshRun: retrainingRun } : {}),
          timeoutMinutes: fitted.get(p.name)!,
          // The Model Registry alias of the last environment (`Production` → `production`).
          baselineAlias: aliasFor(config?.environments?.at(-1)?.name ?? 'production'),
          logger: scoped,
          waitOptions: {
            sleep: abortableSleep,
            now: Date.now,
            ...(signal ? { signal } : {}),
          },
        },
        (name) => interruption?.track({ name, region: p.vertex.region }),
      );
      interruption?.settle(outcome.job.name);
      return outcome;
    }),
  );
  // One pipeline's error does not lose the others' reports; it is reported and fails the step.
  const outcomes: SubmitOutcome[] = [];
  let errors = 0;
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') return void outcomes.push(s.value);
    errors++;
    const { message, stack } = describeError(s.reason);
    if (stack) log.debug(stack);
    const diagnostics = s.reason instanceof UserError ? s.reason.diagnostics : [];
    if (diagnostics.length > 0) {
      // The diagnostic says what failed; the log adds the hint and the docs link below it.
      deps.edge.report(diagnostics);
      for (const line of message.split('\n').slice(1)) log.info(line);
    } else {
      deps.edge.report([
        {
          code: 'vertex/submit-failed',
          severity: 'error',
          message: `${pipelines[i]!.name}: ${message}`,
        },
      ]);
    }
  });
  if (outcomes.length === 0) return 1;

  const failed = await publishOutcomes(
    outcomes,
    {
      settings,
      commit,
      version: VERSION,
      review,
      ...(fitted.size === 1 ? { waitMinutes: [...fitted.values()][0]! } : {}),
    },
    deps,
  );
  return failed || errors > 0 ? 1 : 0;
}

export const submitCommand: CommandDefinition<SubmitSettings> = {
  name: 'submit',
  summary:
    'run the pipelines on Vertex AI Pipelines, wait, gate the metrics and report on the merged PR',
  usage: [
    'Usage: kfp-action submit [sources…] [options]',
    '',
    'Compiles the pipelines (default: every one in the config file), checks their parameter',
    'values, submits each to Vertex AI Pipelines, waits, applies the decision output and the',
    'metric gates, and reports (job summary, merged-PR comment, outputs).',
    '',
    '  --project ID            Google Cloud project (over the config)',
    '  --region REGION         Vertex AI region (over the config)',
    '  --pipeline-root GS_URI  runtimeConfig.gcsOutputDirectory (over the config)',
    '  --service-account SA    service account the pipeline runs as',
    "  --parameters JSON       parameter values over the config's, e.g. '{\"seed\": 7}'",
    '  --cache true|false      override the compiled caching options',
    '  --wait true|false       wait for the run and gate it (default true)',
    '  --timeout-minutes N     stop waiting after N minutes (default 720)',
    '  --require-reviewed-spec true|false  refuse a spec whose digest no PR check saw',
    "  --job-timeout-minutes N the GitHub job's timeout-minutes: the wait is fitted inside it",
    '  --job-name JOB          pick up projects/P/locations/R/pipelineJobs/ID: wait, gate, report',
    "  --fresh-run true|false  train again on purpose: never attach to the commit's earlier jobs",
    '  --output-dir DIR        base folder for IR and reports (default .kfp-action)',
    '',
    'Authentication: Application Default Credentials (gcloud auth application-default login, or',
    'google-github-actions/auth in a workflow). See docs/vertex.md.',
    'Exit: 0 the runs succeeded (decision deploy or hold), 1 a run failed, was cancelled or timed',
    'out, or the input is wrong, 2 usage.',
  ].join('\n'),
  cliFlags: { values: VALUE_FLAGS, switches: [] },
  fromArgs: (args: ParsedArgs, common) =>
    build(common, (n) => flag(args, n), [...args.positionals]),
  fromInputs: (input: InputReader, common) =>
    build(common, (n) => input(n), splitSourceList(input('pipelines'))),
  run,
};
