/**
 * `promote` with `schedule: NAME`: list the pipeline's jobs by the labels its Vertex schedule puts
 * on every run, and take the newest SUCCEEDED one that Vertex started from a schedule
 * (../../core/schedules/latest-run.ts) — saying which, or why there is none.
 */
import { UserError } from '../../core/diagnostics.js';
import {
  describeScheduledPick,
  pickLatestScheduledRun,
  scheduledRunLabels,
  type ScheduledRunQuery,
} from '../../core/schedules/latest-run.js';
import type { Logger } from '../../ports/logger.js';
import type { PipelineService, VertexLocation } from '../../ports/vertex.js';
import { RUN_SEARCH_LIMIT, type FoundRun } from './find-run.js';

export async function findLatestScheduledRun(
  pipelines: PipelineService,
  location: VertexLocation,
  query: ScheduledRunQuery,
  log: Logger,
): Promise<FoundRun> {
  const where = `projects/${location.project}/locations/${location.region}`;
  log.info(
    `schedule ${query.schedule}: looking in ${where} for the newest successful run it started of ${query.pipeline}`,
  );
  const jobs = await pipelines.listPipelineJobs({
    location,
    labels: scheduledRunLabels(query),
    limit: RUN_SEARCH_LIMIT,
  });
  const pick = pickLatestScheduledRun(jobs, query, where, RUN_SEARCH_LIMIT);
  if (!pick.found) {
    throw new UserError(pick.reason, [
      { code: 'promote/no-schedule-run', severity: 'error', message: pick.reason },
    ]);
  }
  const note = describeScheduledPick(pick, query);
  log.info(note);
  return { name: pick.job.name, note };
}
