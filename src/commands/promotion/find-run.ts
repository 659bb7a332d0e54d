/**
 * `promote` without a job name: list the pipeline's jobs at the commit by the labels submit put
 * on them, newest first, and take the newest SUCCEEDED one (../../core/promotion/latest-run.ts),
 * saying which — or, when there is none, why, with what was found.
 */
import { UserError } from '../../core/diagnostics.js';
import {
  describePick,
  pickLatestRun,
  runLabels,
  type RunQuery,
} from '../../core/promotion/latest-run.js';
import type { Logger } from '../../ports/logger.js';
import type { PipelineService, VertexLocation } from '../../ports/vertex.js';

/** Jobs read at most: a commit has a few (attempts, re-runs), never this many. */
export const RUN_SEARCH_LIMIT = 100;

export interface FoundRun {
  /** `projects/{p}/locations/{r}/pipelineJobs/{id}`. */
  readonly name: string;
  /** What was chosen and what was passed over, for the log and the job summary. */
  readonly note: string;
}

export async function findLatestRun(
  pipelines: PipelineService,
  location: VertexLocation,
  query: RunQuery,
  log: Logger,
): Promise<FoundRun> {
  const where = `projects/${location.project}/locations/${location.region}`;
  log.info(
    `no job-name given: looking in ${where} for the newest successful run of ${query.pipeline} at commit ${query.commit}`,
  );
  const jobs = await pipelines.listPipelineJobs({
    location,
    labels: runLabels(query),
    limit: RUN_SEARCH_LIMIT,
  });
  const pick = pickLatestRun(jobs, query, where, RUN_SEARCH_LIMIT);
  if (!pick.found) {
    throw new UserError(pick.reason, [
      { code: 'promote/no-run', severity: 'error', message: pick.reason },
    ]);
  }
  const note = describePick(pick, query);
  log.info(note);
  return { name: pick.job.name, note };
}
