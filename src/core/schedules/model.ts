/**
 * Vertex AI schedules as plain data, shared by the reconciliation plan (./plan.ts), the port
 * (src/ports/vertex.ts `ScheduleService`) and the reports. Field names follow
 * google.cloud.aiplatform.v1.Schedule (schedule.proto) in camelCase.
 */
import type { ParameterValue } from '../result/model.js';

/** The PipelineJob a schedule creates on every run (Schedule.createPipelineJobRequest). */
export interface ScheduledJob {
  readonly displayName: string;
  /** The compiled PipelineSpec as JSON (the merge commit's, caching applied). */
  readonly pipelineSpec: Readonly<Record<string, unknown>>;
  readonly parameterValues: Readonly<Record<string, ParameterValue>>;
  /** runtimeConfig.gcsOutputDirectory. */
  readonly pipelineRoot: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly serviceAccount?: string;
  readonly network?: string;
  readonly kmsKey?: string;
  readonly failurePolicy?: 'fast' | 'slow';
}

/** The settable fields of a Schedule. */
export interface ScheduleFields {
  /** `kfp-action:{repository}/{pipeline}/{schedule}` for the schedules kfp-action owns. */
  readonly displayName: string;
  /** As Vertex stores it: `TZ={zone} {five fields}`. */
  readonly cron: string;
  readonly maxConcurrentRunCount: number;
  /** RFC 3339 (ISO 8601) times. */
  readonly startTime?: string;
  readonly endTime?: string;
  readonly maxRunCount?: number;
  readonly allowQueueing: boolean;
  readonly job: ScheduledJob;
}

/** Schedule.State without the prefix. */
export type ScheduleState = 'ACTIVE' | 'PAUSED' | 'COMPLETED' | 'UNSPECIFIED';

/** A Schedule as Vertex returns it. */
export interface ScheduleView extends ScheduleFields {
  /** `projects/{project}/locations/{region}/schedules/{id}`. */
  readonly name: string;
  readonly state: ScheduleState;
  readonly createTime?: string;
  readonly nextRunTime?: string;
  readonly startedRunCount?: number;
  /** Output only: whether the last resume backfilled missed runs. */
  readonly catchUp?: boolean;
}

/** A Vertex location. */
export interface ScheduleLocation {
  readonly project: string;
  readonly region: string;
}

/** A schedule the config asks for, resolved against the compiled pipeline. */
export interface DesiredSchedule {
  readonly pipeline: string;
  /** The schedule's own name in the config (`nightly`). */
  readonly schedule: string;
  readonly location: ScheduleLocation;
  readonly fields: ScheduleFields;
  readonly paused: boolean;
  readonly catchUp: boolean;
  /** The IANA zone and five-field cron, for reports. */
  readonly timeZone: string;
  readonly cronFields: string;
}
