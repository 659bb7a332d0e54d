/**
 * The one result model of a finished (or stopped) pipeline run. Both backends produce it — the
 * local runner (src/local/) and Vertex AI Pipelines (src/adapters/vertex/) — and the gates
 * (src/core/gates/) and reports (src/core/report/) consume nothing else.
 *
 * Names and states follow Vertex AI's PipelineJob / PipelineTaskDetail so that a reader who knows
 * the console recognises them.
 */

/** google.cloud.aiplatform.v1.PipelineState without the PIPELINE_STATE_ prefix. */
export type PipelineState =
  | 'QUEUED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'CANCELLING'
  | 'CANCELLED'
  | 'PAUSED'
  | 'UNSPECIFIED';

export const TERMINAL_PIPELINE_STATES: ReadonlySet<PipelineState> = new Set([
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
  'PAUSED',
]);

/** google.cloud.aiplatform.v1.PipelineTaskDetail.State. SKIPPED = cache hit on Vertex;
 * NOT_TRIGGERED = its condition was false (or an upstream task failed). */
export type TaskState =
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'CANCEL_PENDING'
  | 'CANCELLING'
  | 'CANCELLED'
  | 'FAILED'
  | 'SKIPPED'
  | 'NOT_TRIGGERED'
  | 'UNSPECIFIED';

export type ParameterValue =
  string | number | boolean | null | ParameterValue[] | { [key: string]: ParameterValue };

export interface ArtifactResult {
  /** The output name on the producing component, e.g. `metrics`, `model`. */
  readonly outputName: string;
  /** `system.Metrics`, `system.ClassificationMetrics`, `system.Model`, … */
  readonly schemaTitle: string;
  /** gs://… on Vertex, file://… or an absolute path locally. */
  readonly uri: string;
  /** Artifact metadata as the component wrote it (metrics live here). */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Display name / resource name where the backend has one. */
  readonly name?: string;
}

export interface TaskResult {
  /** Task name as in the compiled IR (`eval-model`); nested tasks keep their own name. */
  readonly name: string;
  readonly state: TaskState;
  /** True when the task was satisfied from the cache (Vertex reports these as SKIPPED). */
  readonly cached: boolean;
  /** For tasks inside a ParallelFor: the iteration index (of the innermost loop). */
  readonly iteration?: number;
  /** Inside nested ParallelFors: every loop's index, outermost first (`[1, 0]`); its last
   * element is `iteration`. Tells apart the iterations of an inner loop. */
  readonly iterationPath?: readonly number[];
  /** Parent DAG task name for nested tasks (`condition-1`, `for-loop-2`, …). */
  readonly parent?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  /** Error message, or for a local task the tail of its output. */
  readonly error?: string;
  /** Why it failed, as a documented code (`run/task-failed`, …; docs/TROUBLESHOOTING.md). */
  readonly errorCode?: string;
  /** Output parameters by name (`deploy` → "true"). Vertex: execution.metadata["output:<name>"]. */
  readonly outputParameters: Readonly<Record<string, ParameterValue>>;
  readonly outputArtifacts: readonly ArtifactResult[];
}

/** Something the run did differently from the platform (local runs: a package version the
 * venv does not have). Shown in the report; `code` has a heading in docs/TROUBLESHOOTING.md. */
export interface RunWarning {
  readonly code: string;
  readonly message: string;
}

/** What the pipeline itself returns (its root DAG's outputs). */
export interface PipelineOutputs {
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly artifacts: readonly ArtifactResult[];
}

export interface RunResult {
  readonly backend: 'local' | 'vertex';
  /** pipelineInfo.name of the compiled spec. */
  readonly pipelineName: string;
  /** Vertex resource name (projects/…/pipelineJobs/…) or the local run id. */
  readonly jobName: string;
  readonly displayName?: string;
  readonly state: PipelineState;
  /** Console URL on Vertex; the local run folder for the local backend. */
  readonly url?: string;
  readonly createTime?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  /** Job-level error (google.rpc.Status message). */
  readonly error?: string;
  /** sha256 of the canonical compiled spec that ran (see core/spec digest). */
  readonly specDigest?: string;
  /** Parameter values the run was started with. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly tasks: readonly TaskResult[];
  /** The pipeline's outputs (a pipeline function's return value), when it has any. */
  readonly outputs?: PipelineOutputs;
  readonly warnings?: readonly RunWarning[];
}
