/**
 * The schedules the config asks for, resolved against the compiled pipeline of the merge commit:
 * parameter values checked against the pipeline's root inputs (as `submit` checks its own), the
 * cron written the way Vertex stores it, and the PipelineJob each run creates. Pure.
 */
import type { ScheduleSettings, VertexSettings } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { withCaching } from '../spec/caching.js';
import { checkParameters } from '../spec/parameters.js';
import type { PipelineSpec } from '../spec/types.js';
import { jobLabels } from '../vertex/job-id.js';
import type { ParameterValue } from '../result/model.js';
import { DEFAULT_TIME_ZONE, vertexCron } from './cron.js';
import type { DesiredSchedule } from './model.js';
import { scheduleDisplayName, scheduleLabels } from './names.js';

export interface SchedulePipeline {
  readonly name: string;
  readonly spec: PipelineSpec;
  /** The pipeline's own `parameters` (the schedule's go over them). */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** Resolved Vertex settings (config defaults, then the entry's own). */
  readonly vertex: VertexSettings & { project: string; region: string; pipelineRoot: string };
  readonly schedules: readonly ScheduleSettings[];
}

export interface ScheduleOrigin {
  /** `owner/repo`: part of every display name (ownership). */
  readonly repository: string;
  /** The merge commit whose compiled spec the schedules run. */
  readonly commit: string;
}

export function desiredSchedules(
  pipeline: SchedulePipeline,
  origin: ScheduleOrigin,
): { desired: DesiredSchedule[]; diagnostics: Diagnostic[]; labelChanges: string[] } {
  const desired: DesiredSchedule[] = [];
  const diagnostics: Diagnostic[] = [];
  const v = pipeline.vertex;
  const spec =
    v.enableCaching !== undefined ? withCaching(pipeline.spec, v.enableCaching) : pipeline.spec;
  let labelChanges: string[] = [];
  for (const s of pipeline.schedules) {
    const checked = checkParameters(
      pipeline.spec,
      { ...pipeline.parameters, ...s.parameters },
      `schedule ${s.name} (its parameters over the pipeline's)`,
    );
    if (checked.diagnostics.length > 0) {
      diagnostics.push(
        ...checked.diagnostics.map((d) => ({
          ...d,
          message: `${pipeline.name}, schedule ${s.name}: ${d.message}`,
          task: pipeline.name,
        })),
      );
      continue;
    }
    const { labels, changed } = jobLabels(
      { pipeline: pipeline.name, commit: origin.commit, repository: origin.repository },
      v.labels,
    );
    labelChanges = changed;
    const timeZone = s.timeZone ?? DEFAULT_TIME_ZONE;
    desired.push({
      pipeline: pipeline.name,
      schedule: s.name,
      location: { project: v.project, region: v.region },
      timeZone,
      cronFields: s.cron.trim().split(/\s+/).join(' '),
      paused: s.paused ?? false,
      catchUp: s.catchUp ?? false,
      fields: {
        displayName: scheduleDisplayName(origin.repository, pipeline.name, s.name),
        cron: vertexCron(s.cron, timeZone),
        maxConcurrentRunCount: s.maxConcurrentRuns ?? 1,
        ...(s.startTime ? { startTime: new Date(s.startTime).toISOString() } : {}),
        ...(s.endTime ? { endTime: new Date(s.endTime).toISOString() } : {}),
        ...(s.maxRunCount ? { maxRunCount: s.maxRunCount } : {}),
        allowQueueing: s.allowQueueing ?? false,
        job: {
          displayName: `${pipeline.name}-${s.name}`.slice(0, 128),
          pipelineSpec: spec as unknown as Record<string, unknown>,
          parameterValues: checked.values,
          pipelineRoot: v.pipelineRoot,
          labels: { ...labels, ...scheduleLabels(s.name) },
          ...(v.serviceAccount ? { serviceAccount: v.serviceAccount } : {}),
          ...(v.network ? { network: v.network } : {}),
          ...(v.kmsKey ? { kmsKey: v.kmsKey } : {}),
          ...(v.failurePolicy ? { failurePolicy: v.failurePolicy } : {}),
        },
      },
    });
  }
  return { desired, diagnostics, labelChanges };
}
