/**
 * The run `promote` takes when it is given no job name: the newest SUCCEEDED pipeline job of the
 * pipeline at the commit, found by the labels `submit` puts on every job (`kfp-pipeline`,
 * `kfp-commit`; see ../vertex/job-id.ts). Pure: the caller lists the jobs; this builds the label
 * query, chooses, and says what it chose or why there is nothing to choose.
 */
import type { PipelineJobSummary } from '../vertex/types.js';
import { jobIdOf } from '../vertex/run-result.js';
import { LABEL_KEYS, labelValue } from './labels.js';

export interface RunQuery {
  /** The pipeline's name (its config entry's `name`), as submit labelled the job. */
  readonly pipeline: string;
  /** The full commit SHA the job was submitted from. */
  readonly commit: string;
}

/** The labels a job of this pipeline at this commit carries. */
export function runLabels(query: RunQuery): Record<string, string> {
  return {
    [LABEL_KEYS.pipeline]: labelValue(query.pipeline),
    [LABEL_KEYS.commit]: labelValue(query.commit),
  };
}

/** A full Git commit SHA (SHA-1, or SHA-256 repositories). */
export const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

export type LatestRun =
  | {
      readonly found: true;
      readonly job: PipelineJobSummary;
      /** Newer jobs of the same pipeline and commit that did not succeed (passed over). */
      readonly passedOver: readonly PipelineJobSummary[];
    }
  | { readonly found: false; readonly reason: string };

/** `id (STATE), …` of the first jobs, for a message. */
export const listed = (jobs: readonly PipelineJobSummary[], max = 5) => {
  const shown = jobs
    .slice(0, max)
    .map((j) => `${jobIdOf(j.name)} (${j.state})`)
    .join(', ');
  return jobs.length > max ? `${shown} and ${jobs.length - max} more` : shown;
};

/** The jobs that really carry every one of `labels` (a listing is trusted for nothing), newest
 * first by create time, listing order breaking ties. */
export function newestWithLabels(
  jobs: readonly PipelineJobSummary[],
  labels: Readonly<Record<string, string>>,
): PipelineJobSummary[] {
  return jobs
    .filter((j) => Object.entries(labels).every(([k, v]) => j.labels[k] === v))
    .map((job, index) => ({ job, index }))
    .sort(
      (a, b) => (b.job.createTime ?? '').localeCompare(a.job.createTime ?? '') || a.index - b.index,
    )
    .map(({ job }) => job);
}

/** `key=value, …` of a label query, for a message. */
export const labelSelector = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/**
 * Chooses among the listed jobs. Only jobs that really carry both labels count (a listing is
 * trusted for nothing); newest first by create time.
 *
 * @param where the Vertex location that was searched, for the message
 * @param limit how many jobs the listing read at most (a full listing may have left some out)
 */
export function pickLatestRun(
  jobs: readonly PipelineJobSummary[],
  query: RunQuery,
  where: string,
  limit: number,
): LatestRun {
  const labels = runLabels(query);
  const ours = newestWithLabels(jobs, labels);
  const short = query.commit.slice(0, 7);
  const at = ours.findIndex((j) => j.state === 'SUCCEEDED');
  if (at >= 0) return { found: true, job: ours[at]!, passedOver: ours.slice(0, at) };
  const selector = labelSelector(labels);
  if (ours.length === 0) {
    return {
      found: false,
      reason: `no pipeline job in ${where} carries the labels ${selector}: pipeline ${query.pipeline} was not submitted from commit ${short} by kfp-action submit, or ran in another project or region; pass \`job-name\` (the job-name output of submit; CLI: --job-name)`,
    };
  }
  const some = ours.length >= limit ? `the newest ${ours.length}` : `${ours.length}`;
  return {
    found: false,
    reason: `none of ${some} pipeline job${ours.length === 1 ? '' : 's'} of ${query.pipeline} at commit ${short} succeeded (${listed(ours)}); only a SUCCEEDED run can be promoted: wait for it, or re-run the train workflow`,
  };
}

/** One log line for the run that was chosen, with the newer jobs passed over. */
export function describePick(pick: Extract<LatestRun, { found: true }>, query: RunQuery): string {
  const created = pick.job.createTime ? ` (created ${pick.job.createTime})` : '';
  const over = pick.passedOver.length
    ? `; passed over newer jobs that did not succeed: ${listed(pick.passedOver)}`
    : '';
  return `no job-name given: promoting ${pick.job.name}, the newest SUCCEEDED run of ${query.pipeline} at commit ${query.commit.slice(0, 7)}${created}${over}`;
}
