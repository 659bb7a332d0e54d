/**
 * Vertex AI's records as plain data: what the adapters (src/adapters/vertex/) turn the wire types
 * into, and what the pure core reads (run results, the newest run of a commit). The ports
 * (src/ports/vertex.ts) re-export them.
 */
import type { ParameterValue, PipelineState, TaskState } from '../result/model.js';

/** A Vertex location: `projects/{project}/locations/{region}`. */
export interface VertexLocation {
  readonly project: string;
  readonly region: string;
}

/** An output artifact of a task as Vertex ML Metadata reports it. */
export interface ArtifactView {
  readonly name?: string;
  readonly displayName?: string;
  readonly uri?: string;
  readonly schemaTitle?: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** One entry of PipelineJob.jobDetail.taskDetails, as plain data. */
export interface TaskDetailView {
  readonly taskId: string;
  readonly parentTaskId?: string;
  readonly taskName: string;
  readonly state: TaskState;
  readonly createTime?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly error?: string;
  /** execution.metadata: output parameters live under `output:<name>`. */
  readonly executionMetadata: Readonly<Record<string, unknown>>;
  /** outputs: output name → its artifacts. */
  readonly outputs: Readonly<Record<string, readonly ArtifactView[]>>;
}

/** The fields of a PipelineJob that submit reads, as plain data. */
export interface PipelineJobView {
  /** projects/{project}/locations/{region}/pipelineJobs/{id}. */
  readonly name: string;
  readonly displayName?: string;
  readonly state: PipelineState;
  readonly createTime?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly error?: string;
  readonly labels: Readonly<Record<string, string>>;
  /** The Schedule that started the job (output only; set only on scheduled runs). */
  readonly scheduleName?: string;
  /** runtimeConfig.parameterValues the job was created with. */
  readonly parameterValues: Readonly<Record<string, ParameterValue>>;
  readonly tasks: readonly TaskDetailView[];
}

/** A job as a listing shows it: no task details, no parameter values. */
export type PipelineJobSummary = Pick<
  PipelineJobView,
  'name' | 'displayName' | 'state' | 'createTime' | 'endTime' | 'labels' | 'scheduleName'
>;
