import type { ParameterValue } from '../core/result/model.js';
import type { PipelineJobSummary, PipelineJobView, VertexLocation } from '../core/vertex/types.js';

export type {
  ArtifactView,
  PipelineJobSummary,
  PipelineJobView,
  TaskDetailView,
  VertexLocation,
} from '../core/vertex/types.js';
import type { ScheduleFields, ScheduleView } from '../core/schedules/model.js';

/**
 * Vertex AI behind intent-named interfaces. The real adapters (src/adapters/vertex/) speak gRPC
 * through @google-cloud/aiplatform; tests hand in fakes or point the real adapter at the fake
 * server (test/support/fake-vertex/) with AIPLATFORM_EMULATOR_HOST.
 *
 * Everything crossing these interfaces is plain data: protobuf Structs, Values and Timestamps are
 * converted inside the adapter, so the callers never see a wire type.
 */

/** What to run: one PipelineJob, fully resolved (no defaults left to the service). */
export interface PipelineJobRequest {
  readonly location: VertexLocation;
  /** pipelineJobId, `^[a-z][-a-z0-9]{0,127}$` (see adapters/vertex/job-id.ts). */
  readonly jobId: string;
  readonly displayName: string;
  /** The compiled PipelineSpec as JSON; omitted when submitting by `templateUri`. */
  readonly pipelineSpec?: Readonly<Record<string, unknown>>;
  /** Artifact Registry template (`https://{region}-kfp.pkg.dev/…/{package}/{tag}`). */
  readonly templateUri?: string;
  /** Root input values with the types of the spec (number, boolean, string, list, struct). */
  readonly parameterValues: Readonly<Record<string, ParameterValue>>;
  /** runtimeConfig.gcsOutputDirectory. */
  readonly pipelineRoot: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly serviceAccount?: string;
  readonly network?: string;
  readonly kmsKey?: string;
  /** Overrides the caching compiled into every task when set. */
  readonly enableCaching?: boolean;
  readonly failurePolicy?: 'fast' | 'slow';
}

export interface SubmittedJob {
  readonly job: PipelineJobView;
  /** True when a job with that id already existed (a re-run, or a retried create whose first
   * answer was lost): nothing new was started, and `job` is the existing job. */
  readonly attached: boolean;
}

/** Which jobs to list: those carrying every one of `labels`, newest first. */
export interface PipelineJobQuery {
  readonly location: VertexLocation;
  /** Label key → value, exactly as the jobs were labelled (see core/vertex/job-id.ts). */
  readonly labels: Readonly<Record<string, string>>;
  /** Read no more than this many jobs (pages are fetched until then). */
  readonly limit: number;
}

/** google.cloud.aiplatform.v1.PipelineService, the calls a merge run and a promotion need. */
export interface PipelineService {
  /** Creates the job; when the id is taken (ALREADY_EXISTS) returns the existing job instead,
   * for the caller to compare (src/core/vertex/attach.ts). */
  createOrAttach(
    request: PipelineJobRequest,
    /** Aborted when the workflow is cancelled: no create is sent (nor retried) after that; the
     * call then throws a `vertex/cancelled` UserError. */
    options?: { readonly signal?: AbortSignal },
  ): Promise<SubmittedJob>;
  getPipelineJob(name: string): Promise<PipelineJobView>;
  /** ListPipelineJobs filtered on labels, newest (create time) first, at most `query.limit`. */
  listPipelineJobs(query: PipelineJobQuery): Promise<PipelineJobSummary[]>;
  /** Asks Vertex to cancel; the job goes through CANCELLING to CANCELLED. */
  cancelPipelineJob(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The metrics of the model version that serves production, to gate a new run against. */
export interface Baseline {
  /** Model Registry resource name with version, `projects/…/models/{id}@{version}`. */
  readonly model: string;
  /** Version id (`7`) for the report. */
  readonly version: string;
  /** Metric name → value, as stored with that version's evaluation. */
  readonly metrics: Readonly<Record<string, number>>;
}

export type BaselineLookup =
  | { readonly found: true; readonly baseline: Baseline }
  | { readonly found: false; readonly reason: string };

/** The Vertex Model Registry, read side: the evaluation stored with the `production` version. */
export interface ModelRegistry {
  /** Never throws for "no such model / alias / evaluation": says why instead. */
  tryReadBaseline(
    location: VertexLocation,
    modelDisplayName: string,
    alias: string,
  ): Promise<BaselineLookup>;
  close(): Promise<void>;
}

export interface TemplateUpload {
  /** Registry URL of the repository, `https://{region}-kfp.pkg.dev/{project}/{repository}`. */
  readonly registryUrl: string;
  /** The compiled IR YAML exactly as compiled. */
  readonly content: string;
  /** Tags to set on the version (commit SHA, `latest`, …). */
  readonly tags: readonly string[];
  readonly packageName: string;
}

/** Artifact Registry KFP repositories: upload a template, get the URI to submit by. */
export interface TemplateRegistry {
  /** Returns `https://{region}-kfp.pkg.dev/{project}/{repo}/{package}/sha256:{digest}`. */
  upload(
    upload: TemplateUpload,
  ): Promise<{ readonly templateUri: string; readonly version: string }>;
}

/** The Vertex clients of one region, created together by `Deps.vertex(region)`. */
export interface VertexClients {
  readonly pipelines: PipelineService;
  readonly models: ModelRegistry;
  readonly templates: TemplateRegistry;
  /** How long to wait before poll number `attempt` (0-based) of a running job: backoff with
   * jitter, settling at about one call per 30 s (fixed by KFP_ACTION_POLL_INTERVAL_MS in tests). */
  pollDelayMs(attempt: number): number;
  close(): Promise<void>;
}

/**
 * google.cloud.aiplatform.v1.ScheduleService: the calls schedule reconciliation needs
 * (src/core/schedules/plan.ts). Schedules as plain data (src/core/schedules/model.ts).
 */
export interface ScheduleService {
  /** Every schedule in `location` whose display name starts with `displayNamePrefix` (all
   * pages), made by a CreatePipelineJobRequest. */
  listSchedules(location: VertexLocation, displayNamePrefix: string): Promise<ScheduleView[]>;
  getSchedule(name: string): Promise<ScheduleView>;
  createSchedule(location: VertexLocation, fields: ScheduleFields): Promise<ScheduleView>;
  /** UpdateSchedule with a field mask of proto field names (`cron`, `max_run_count`, …). */
  updateSchedule(
    name: string,
    fields: ScheduleFields,
    mask: readonly string[],
  ): Promise<ScheduleView>;
  pauseSchedule(name: string): Promise<void>;
  /** ResumeSchedule; `catchUp` backfills the runs missed while paused. */
  resumeSchedule(name: string, catchUp: boolean): Promise<void>;
  /** DeleteSchedule, a long-running operation: resolves when the operation is done. */
  deleteSchedule(name: string): Promise<void>;
  close(): Promise<void>;
}
