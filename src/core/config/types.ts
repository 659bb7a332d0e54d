/**
 * The repository's config file (`kfp-action.yaml` at the repository root by default). Its JSON
 * Schema is `schema/kfp-action.schema.json` (shipped so editors complete it); the loader in this
 * folder validates the file against it and reports unknown keys with their line.
 *
 * Keys are camelCase, like the KFP IR and the Vertex API they configure.
 */
import type { ParameterValue } from '../result/model.js';

export type RuleLevel = 'off' | 'warning' | 'error';

export interface VertexSettings {
  /** Google Cloud project id. */
  readonly project?: string;
  /** Region, e.g. `europe-west4`; the client uses the `{region}-aiplatform.googleapis.com` endpoint. */
  readonly region?: string;
  /** `runtimeConfig.gcsOutputDirectory`, e.g. `gs://bucket/pipeline-root`. Required by Vertex. */
  readonly pipelineRoot?: string;
  readonly serviceAccount?: string;
  /** Full VPC network name `projects/{number}/global/networks/{name}`. */
  readonly network?: string;
  /** Cloud KMS key resource name (`encryptionSpec.kmsKeyName`). */
  readonly kmsKey?: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** Overrides the caching options compiled into the pipeline when set. */
  readonly enableCaching?: boolean;
  readonly failurePolicy?: 'fast' | 'slow';
  /** Display name; default `{pipeline}-{short sha}`. */
  readonly displayName?: string;
  /** Artifact Registry KFP repository URL (`https://{region}-kfp.pkg.dev/{project}/{repo}`) to
   * upload the template to and submit from by templateUri. */
  readonly templateRegistry?: string;
  /** Give up waiting for the job after this many minutes (default 720). */
  readonly timeoutMinutes?: number;
}

/** Where the pipeline's own deploy decision is read from: an output parameter of a task. */
export interface DecisionSource {
  readonly task: string;
  readonly output: string;
  /** Values that mean "deploy" (default: ["true"]). */
  readonly deployValues?: readonly string[];
}

export interface Gate {
  /** Metric name as logged by the pipeline (`accuracy`, `score`, `auc`). */
  readonly metric: string;
  /** Task that logged it, when several tasks log the same name. */
  readonly task?: string;
  readonly min?: number;
  readonly max?: number;
  /** Largest allowed drop against the production baseline (absolute, in the metric's units). */
  readonly maxRegression?: number;
  /** Whether bigger is better (default true); flips what "regression" means. */
  readonly higherIsBetter?: boolean;
}

export interface ModelSettings {
  /** Task whose output artifact is the model (e.g. `train-model`). */
  readonly task: string;
  /** Its output artifact name (default `model`). */
  readonly artifact?: string;
  /** Model Registry display name (default: the pipeline name). */
  readonly displayName?: string;
  /** Serving container image for uploads, e.g. a prebuilt XGBoost prediction image. */
  readonly servingContainer?: string;
}

export interface EnvironmentSettings {
  /** GitHub Environment name; also the Model Registry alias moved on promotion. */
  readonly name: string;
  readonly project?: string;
  readonly region?: string;
  /** Endpoint display name (created when missing). */
  readonly endpoint?: string;
  readonly machineType?: string;
  readonly minReplicas?: number;
  readonly maxReplicas?: number;
  /** Percentage of traffic for the new version (100 = all at once). */
  readonly trafficPercent?: number;
  /** Undeploy the version that no longer receives traffic. */
  readonly undeployPrevious?: boolean;
  readonly serviceAccount?: string;
}

export interface PolicySettings {
  readonly imageLatestTag?: RuleLevel;
  readonly imageNotPinnedByDigest?: RuleLevel;
  readonly imageRegistryNotAllowed?: RuleLevel;
  readonly allowedRegistries?: readonly string[];
  readonly missingResourceLimits?: RuleLevel;
  readonly cachingDisabled?: RuleLevel;
  readonly parameterWithoutDefault?: RuleLevel;
  readonly tooManyTasks?: RuleLevel;
  readonly maxTasks?: number;
}

/**
 * A Vertex AI schedule (ScheduleService) that runs this pipeline on a cron, reconciled on merge
 * by `kfp-action schedules` (see src/core/schedules/ and docs/vertex.md, "Schedules").
 */
export interface ScheduleSettings {
  /** Unique within the pipeline, `^[a-z][a-z0-9-]{0,62}$`; part of the Vertex display name. */
  readonly name: string;
  /** Five-field unix cron (minute hour day-of-month month day-of-week), e.g. `0 3 * * 1`. */
  readonly cron: string;
  /** IANA time zone the cron is read in (default `UTC`), e.g. `Europe/Berlin`. */
  readonly timeZone?: string;
  /** Parameter values over the pipeline's own `parameters`, checked against its inputs. */
  readonly parameters?: Readonly<Record<string, ParameterValue>>;
  /** Schedule.max_concurrent_run_count (default 1). */
  readonly maxConcurrentRuns?: number;
  /** RFC 3339 time before which no run starts (default: when the schedule is created). */
  readonly startTime?: string;
  /** RFC 3339 time after which no run starts; the schedule then completes. */
  readonly endTime?: string;
  /** The schedule completes after starting this many runs. */
  readonly maxRunCount?: number;
  /** Queue a run when maxConcurrentRuns are running instead of skipping it (default false). */
  readonly allowQueueing?: boolean;
  /** On resume (paused: true → false), start the runs missed while paused (default false). */
  readonly catchUp?: boolean;
  /** Keep the schedule but start no runs (default false). */
  readonly paused?: boolean;
}

export interface PipelineEntry {
  /** Path or glob (relative to the config file) of Python sources or compiled IR (.yaml/.json). */
  readonly source: string;
  /** pipelineInfo.name this entry configures; with several pipelines in a module, selects one. */
  readonly name?: string;
  /** Python function name of the pipeline, when the module defines several. */
  readonly function?: string;
  /** Extra paths (globs) whose change should re-check this pipeline (shared modules, data). */
  readonly dependsOn?: readonly string[];
  /** Runtime parameter values (root inputs). */
  readonly parameters?: Readonly<Record<string, ParameterValue>>;
  readonly vertex?: VertexSettings;
  readonly decision?: DecisionSource;
  readonly gates?: readonly Gate[];
  readonly model?: ModelSettings;
  /** Vertex AI schedules of this pipeline (continuous training). */
  readonly schedules?: readonly ScheduleSettings[];
}

export interface KfpActionConfig {
  readonly version: 1;
  /** Defaults for every pipeline; a pipeline's own `vertex` overrides key by key. */
  readonly vertex?: VertexSettings;
  readonly policy?: PolicySettings;
  readonly pipelines: readonly PipelineEntry[];
  /** Promotion order: each environment must hold a version before the next may receive it. */
  readonly environments?: readonly EnvironmentSettings[];
}
