/**
 * The run `promote` takes with `schedule: NAME`: the newest SUCCEEDED PipelineJob that a Vertex
 * schedule of this repository started. Such jobs carry the labels the schedule's request set
 * (`kfp-pipeline`, `kfp-schedule`, `kfp-repository`; ./names.ts) and, set by Vertex itself, the
 * output-only `schedule_name`. ListPipelineJobs cannot filter on `schedule_name`
 * (pipeline_service.proto lists the filter fields), so the listing filters on the labels and
 * this keeps only jobs that really came from a schedule. Pure.
 */
import type { PipelineJobSummary } from '../vertex/types.js';
import { LABEL_KEYS, labelValue } from '../promotion/labels.js';
import {
  labelSelector,
  listed,
  newestWithLabels,
  type LatestRun,
} from '../promotion/latest-run.js';
import { SCHEDULE_LABEL } from './names.js';

export interface ScheduledRunQuery {
  /** The pipeline's name (its config entry's `name`). */
  readonly pipeline: string;
  /** The schedule's `name` in the config. */
  readonly schedule: string;
  /** `owner/repo`, when known: runs of another repository's schedule of the same name are not
   * taken. */
  readonly repository?: string;
}

export function scheduledRunLabels(query: ScheduledRunQuery): Record<string, string> {
  return {
    [LABEL_KEYS.pipeline]: labelValue(query.pipeline),
    [SCHEDULE_LABEL]: labelValue(query.schedule),
    ...(query.repository ? { [LABEL_KEYS.repository]: labelValue(query.repository) } : {}),
  };
}

export function pickLatestScheduledRun(
  jobs: readonly PipelineJobSummary[],
  query: ScheduledRunQuery,
  where: string,
  limit: number,
): LatestRun {
  const labels = scheduledRunLabels(query);
  const ours = newestWithLabels(jobs, labels).filter((j) => (j.scheduleName ?? '') !== '');
  const at = ours.findIndex((j) => j.state === 'SUCCEEDED');
  if (at >= 0) return { found: true, job: ours[at]!, passedOver: ours.slice(0, at) };
  const selector = labelSelector(labels);
  if (ours.length === 0) {
    return {
      found: false,
      reason: `no pipeline job in ${where} was started by schedule ${query.schedule} of ${query.pipeline} (labels ${selector} and a schedule_name): the schedule has not run yet, or is in another project or region; check its name in the config's schedules:, or pass \`job-name\``,
    };
  }
  const some = ours.length >= limit ? `the newest ${ours.length}` : `${ours.length}`;
  return {
    found: false,
    reason: `none of ${some} run${ours.length === 1 ? '' : 's'} of schedule ${query.schedule} of ${query.pipeline} succeeded (${listed(ours)}); only a SUCCEEDED run can be promoted`,
  };
}

/** One log line for the scheduled run that was chosen. */
export function describeScheduledPick(
  pick: Extract<LatestRun, { found: true }>,
  query: ScheduledRunQuery,
): string {
  const created = pick.job.createTime ? ` (created ${pick.job.createTime})` : '';
  const over = pick.passedOver.length
    ? `; passed over newer runs that did not succeed: ${listed(pick.passedOver)}`
    : '';
  return `schedule ${query.schedule}: promoting ${pick.job.name}, the newest SUCCEEDED run it started of ${query.pipeline}${created}${over}`;
}
