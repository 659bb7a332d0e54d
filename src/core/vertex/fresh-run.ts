/**
 * A retraining on purpose (`submit` with `fresh-run: true`), as pure rules. The job id is
 * pipeline, commit and attempt (./job-id.ts), so a scheduled retraining of an unchanged commit
 * would otherwise attach to the merge's finished job. A fresh run never reuses a job of another
 * workflow run: it starts the next free attempt and labels the job `kfp-retraining: {run id}`.
 * A re-run of that same workflow run (same run id, next run attempt) finds its job by that label
 * and attaches to it as every re-run does; docs/adr/0017-fresh-run-retrains-on-purpose.md.
 */
import type { PipelineJobSummary } from './types.js';
import { labelValue } from '../promotion/labels.js';
import { jobIdOf } from './run-result.js';
import { pipelineJobId } from './job-id.js';
import { RETRAINING_LABEL, type Comparison } from './attach.js';

/**
 * The `kfp-retraining` label value of a workflow run: the run id without the run attempt, so that
 * a re-run of the same workflow run recognises its job. Outside GitHub Actions (no run id) the
 * caller passes a value of its own, unique to the invocation.
 */
export function retrainingLabelValue(runId: string): string {
  return labelValue(runId);
}

/** The attempt number of a job id of this pipeline and commit, or undefined when it is not one. */
export function attemptOf(jobId: string, pipeline: string, commit: string): number | undefined {
  const first = pipelineJobId(pipeline, commit, 1);
  const prefix = first.slice(0, -1);
  if (!jobId.startsWith(prefix)) return undefined;
  const rest = jobId.slice(prefix.length);
  return /^[1-9][0-9]{0,8}$/.test(rest) ? Number(rest) : undefined;
}

export interface FreshStart {
  /** The attempt to try first. */
  readonly attempt: number;
  /** True when a job of this very workflow run exists (a re-run): it is tried, to attach. */
  readonly rerun: boolean;
}

/**
 * Where a fresh run starts among the listed jobs of the pipeline at the commit: at the first job
 * this workflow run already made (a re-run attaches to it, or passes it by when it failed), else
 * one past the highest attempt of the commit. Jobs whose id is not of this pipeline and commit
 * are ignored (a listing is trusted for nothing).
 */
export function freshStart(
  jobs: readonly Pick<PipelineJobSummary, 'name' | 'labels'>[],
  pipeline: string,
  commit: string,
  retraining: string,
): FreshStart {
  const ours = jobs
    .map((j) => ({ attempt: attemptOf(jobIdOf(j.name), pipeline, commit), labels: j.labels }))
    .filter((j): j is { attempt: number; labels: PipelineJobSummary['labels'] } => !!j.attempt);
  const own = ours.filter((j) => j.labels[RETRAINING_LABEL] === retraining).map((j) => j.attempt);
  if (own.length > 0) return { attempt: Math.min(...own), rerun: true };
  const highest = ours.reduce((max, j) => Math.max(max, j.attempt), 0);
  return { attempt: highest + 1, rerun: false };
}

/**
 * Whether a fresh run may attach to a job that already has its id: only when this workflow run
 * made it (a re-run, or a create whose answer was lost). The spec and parameter values are
 * compared afterwards as for any re-run (./attach.ts).
 */
export function freshRunMayAttach(
  existing: { readonly labels: Readonly<Record<string, string>> },
  retraining: string,
): Comparison {
  const label = existing.labels[RETRAINING_LABEL];
  if (label === retraining) return { same: true };
  return {
    same: false,
    reason: label
      ? `was started by another retraining (workflow run ${label}), and a fresh run trains again`
      : 'was started by another workflow run, and a fresh run trains again',
  };
}
