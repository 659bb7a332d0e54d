/**
 * When a re-run may attach to a job that already exists, as pure rules. The job id is pipeline,
 * commit and attempt (./job-id.ts); an existing job of that id is the same run only when it runs
 * the same spec with the same parameter values. The spec is recognised by the `kfp-spec` label
 * that submit puts on every job (the first 40 hex digits of the sha256 of the spec as sent); the
 * parameter values are the job's own `runtimeConfig.parameterValues`, read back from Vertex.
 */
import type { ParameterValue } from '../result/model.js';
import { canonicalJson } from '../spec/digest.js';

/** The label that carries the digest of the spec a job was created with. */
export const SPEC_LABEL = 'kfp-spec';
/** The label that names the workflow run (and attempt) that created a job. */
export const WORKFLOW_RUN_LABEL = 'kfp-workflow-run';
/** The label that marks a retraining (`submit` with `fresh-run`): the GitHub run id that started
 * it, without the run attempt (./fresh-run.ts). */
export const RETRAINING_LABEL = 'kfp-retraining';

/** The `kfp-spec` label value of a spec digest (`sha256:…` or bare hex): 40 hex digits. */
export function specLabelValue(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 40);
}

export interface ExistingJob {
  readonly labels: Readonly<Record<string, string>>;
  readonly parameterValues: Readonly<Record<string, ParameterValue>>;
}

export interface WantedJob {
  /** `specLabelValue` of the spec that would be sent. */
  readonly specLabel: string;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
}

export type Comparison =
  { readonly same: true } | { readonly same: false; readonly reason: string };

const show = (v: ParameterValue | undefined) =>
  v === undefined ? 'unset' : JSON.stringify(v).slice(0, 60);

/** Whether `existing` runs what would be submitted; when not, the first difference, in words. */
export function compareSubmission(existing: ExistingJob, wanted: WantedJob): Comparison {
  const label = existing.labels[SPEC_LABEL];
  if (!label) {
    return {
      same: false,
      reason: `it has no ${SPEC_LABEL} label, so kfp-action cannot tell which spec it runs`,
    };
  }
  if (label !== wanted.specLabel) {
    return {
      same: false,
      reason: `it runs another spec (sha256:${label.slice(0, 12)}…, this one is sha256:${wanted.specLabel.slice(0, 12)}…)`,
    };
  }
  const names = [
    ...new Set([...Object.keys(existing.parameterValues), ...Object.keys(wanted.parameters)]),
  ].sort();
  const differing = names.filter(
    (n) =>
      canonicalJson(existing.parameterValues[n] ?? null) !==
        canonicalJson(wanted.parameters[n] ?? null) ||
      n in existing.parameterValues !== n in wanted.parameters,
  );
  if (differing.length > 0) {
    const list = differing
      .slice(0, 5)
      .map(
        (n) => `${n} ${show(existing.parameterValues[n])} there, ${show(wanted.parameters[n])} now`,
      )
      .join('; ');
    return {
      same: false,
      reason: `it ran with other parameter values (${list}${differing.length > 5 ? `; and ${differing.length - 5} more` : ''})`,
    };
  }
  return { same: true };
}

/**
 * Why a job with our id already existed when it matches: this very step created it and lost the
 * answer (a retried CreatePipelineJob: same workflow run label), or an earlier workflow run did.
 */
/** Why a job that already existed is followed: a lost answer, an earlier run of the same
 * submission, or picked up by name (`submit` with `job-name`). */
export type AttachReason = 'lost-answer' | 'earlier-run' | 'picked-up';

export function attachReason(
  existing: Pick<ExistingJob, 'labels'>,
  workflowRunLabel: string | undefined,
): AttachReason {
  const own = existing.labels[WORKFLOW_RUN_LABEL];
  return workflowRunLabel && own === workflowRunLabel ? 'lost-answer' : 'earlier-run';
}
