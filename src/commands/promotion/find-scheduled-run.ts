/**
 * `promote` with `schedule: NAME`: list the pipeline's jobs by the labels its Vertex schedule puts
 * on every run, and take the newest SUCCEEDED one that Vertex started from a schedule
 * (../../core/schedules/latest-run.ts) — saying which, or why there is none.
 */
import {
  describeScheduledPick,
  pickLatestScheduledRun,
  scheduledRunLabels,
  type ScheduledRunQuery,
} from '../../core/schedules/latest-run.js';
import type { Logger } from '../../ports/logger.js';
import type { PipelineService, VertexLocation } from '../../ports/vertex.js';
import { searchRun, type FoundRun } from './find-run.js';

export function findLatestScheduledRun(
  pipelines: PipelineService,
  location: VertexLocation,
  query: ScheduledRunQuery,
  log: Logger,
): Promise<FoundRun> {
  return searchRun(
    pipelines,
    location,
    {
      looking: (where) =>
        `schedule ${query.schedule}: looking in ${where} for the newest successful run it started of ${query.pipeline}`,
      labels: scheduledRunLabels(query),
      pick: (jobs, where, limit) => pickLatestScheduledRun(jobs, query, where, limit),
      describe: (pick) => describeScheduledPick(pick, query),
      code: 'promote/no-schedule-run',
    },
    log,
  );
}
