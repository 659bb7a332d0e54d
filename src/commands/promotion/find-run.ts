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
  type LatestRun,
  type RunQuery,
} from '../../core/promotion/latest-run.js';
import type { Logger } from '../../ports/logger.js';
import type { PipelineJobSummary, PipelineService, VertexLocation } from '../../ports/vertex.js';

/** Jobs read at most: a commit has a few (attempts, re-runs), never this many. */
export const RUN_SEARCH_LIMIT = 100;

export interface FoundRun {
  /** `projects/{p}/locations/{r}/pipelineJobs/{id}`. */
  readonly name: string;
  /** What was chosen and what was passed over, for the log and the job summary. */
  readonly note: string;
}

/** One search for the run to promote: what it lists by, how it picks, and how it words both. */
export interface RunSearch {
  /** The log line before the search, given where it looks. */
  readonly looking: (where: string) => string;
  readonly labels: Readonly<Record<string, string>>;
  readonly pick: (jobs: readonly PipelineJobSummary[], where: string, limit: number) => LatestRun;
  /** The log line for the run chosen. */
  readonly describe: (pick: Extract<LatestRun, { found: true }>) => string;
  /** The diagnostic code when there is none. */
  readonly code: string;
}

/** Lists the jobs by the search's labels and takes its pick — saying which, or why there is none. */
export async function searchRun(
  pipelines: PipelineService,
  location: VertexLocation,
  search: RunSearch,
  log: Logger,
): Promise<FoundRun> {
  const where = `projects/${location.project}/locations/${location.region}`;
  log.info(search.looking(where));
  const jobs = await pipelines.listPipelineJobs({
    location,
    labels: search.labels,
    limit: RUN_SEARCH_LIMIT,
  });
  const pick = search.pick(jobs, where, RUN_SEARCH_LIMIT);
  if (!pick.found) {
    throw new UserError(pick.reason, [
      { code: search.code, severity: 'error', message: pick.reason },
    ]);
  }
  const note = search.describe(pick);
  log.info(note);
  return { name: pick.job.name, note };
}

export function findLatestRun(
  pipelines: PipelineService,
  location: VertexLocation,
  query: RunQuery,
  log: Logger,
): Promise<FoundRun> {
  return searchRun(
    pipelines,
    location,
    {
      looking: (where) =>
        `no job-name given: looking in ${where} for the newest successful run of ${query.pipeline} at commit ${query.commit}`,
      labels: runLabels(query),
      pick: (jobs, where, limit) => pickLatestRun(jobs, query, where, limit),
      describe: (pick) => describePick(pick, query),
      code: 'promote/no-run',
    },
    log,
  );
}
