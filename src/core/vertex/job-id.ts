/**
 * Naming rules of Vertex AI Pipelines, as pure functions: the pipelineJobId that makes a re-run
 * attach to the job it already created, and labels cut to Vertex's label rules.
 */
import { LABEL_KEYS, labelValue, shortHash } from '../promotion/labels.js';
import { RETRAINING_LABEL, SPEC_LABEL, specLabelValue, WORKFLOW_RUN_LABEL } from './attach.js';

/** Vertex's rule for pipelineJobId. */
export const JOB_ID_PATTERN = /^[a-z][-a-z0-9]{0,127}$/;
const MAX_ID = 128;

/**
 * `{pipeline}-{commit[0:7]}-{attempt}`, e.g. `breast-cancer-e4f5g6h-1`. The same pipeline at the
 * same commit gets the same id, so a re-run of the workflow finds its job (ALREADY_EXISTS) instead
 * of paying for a second run. The pipeline part is lowercased, other characters become `-`, it
 * starts with a letter, and when any of that changed the name (or it had to be cut) a short hash
 * of the original keeps two pipelines apart.
 */
export function pipelineJobId(pipelineName: string, commit: string, attempt: number): string {
  const sha = (commit.toLowerCase().match(/[0-9a-f]/g) ?? []).join('').slice(0, 7) || 'nocommit';
  const suffix = `-${sha}-${Math.max(1, Math.floor(attempt))}`;
  let name = pipelineName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  if (name === '') name = 'pipeline';
  const room = MAX_ID - suffix.length;
  if (name !== pipelineName || name.length > room) {
    const hash = `-${shortHash(pipelineName)}`;
    if (name !== pipelineName && name.length + hash.length <= room) name = `${name}${hash}`;
    else if (name.length > room)
      name = `${name.slice(0, room - hash.length).replace(/-+$/, '')}${hash}`;
  }
  return `${name}${suffix}`;
}

/** A label key: lowercase letters, digits, `_` and `-`, starting with a letter, ≤ 63. */
export function labelKey(key: string): string {
  const clean = key.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  const lettered = /^[a-z]/.test(clean) ? clean : `l${clean}`;
  return lettered.length <= 63 ? lettered : labelValue(lettered).slice(0, 63);
}

export interface LabelOrigin {
  /** `owner/repo`. */
  readonly repository?: string;
  readonly commit?: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
  readonly workflowRun?: string;
  readonly workflowRunAttempt?: string;
  readonly pipeline: string;
  /** `sha256:…` of the spec as sent: the `kfp-spec` label a re-run compares (./attach.ts). */
  readonly specDigest?: string;
  /** Set on a retraining (`fresh-run`): the `kfp-retraining` label value (./fresh-run.ts). */
  readonly retraining?: string;
}

/** The `kfp-workflow-run` label value of a run (`{run id}-{attempt}`), or undefined. */
export function workflowRunLabel(origin: LabelOrigin): string | undefined {
  if (!origin.workflowRun) return undefined;
  return labelValue(
    origin.workflowRunAttempt
      ? `${origin.workflowRun}-${origin.workflowRunAttempt}`
      : origin.workflowRun,
  );
}

/** Vertex allows 64 labels; Vertex itself adds one (the billing id). */
const MAX_LABELS = 63;

/**
 * The job's labels: the user's (from the config), then the ones kfp-action always sets —
 * repository, commit, workflow run, pipeline — which win on a clash. Every key and value is cut
 * to Vertex's rules; `changed` lists user labels that had to be rewritten, for a warning.
 */
export function jobLabels(
  origin: LabelOrigin,
  user: Readonly<Record<string, string>> = {},
): { labels: Record<string, string>; changed: string[] } {
  const labels: Record<string, string> = {};
  const changed: string[] = [];
  for (const [k, v] of Object.entries(user)) {
    const key = labelKey(k);
    const value = labelValue(String(v));
    if (key !== k || value !== v) changed.push(`${k}=${v} → ${key}=${value}`);
    labels[key] = value;
  }
  const own: Record<string, string> = {
    'managed-by': 'kfp-action',
    // The keys promote looks runs up by (src/core/promotion/labels.ts): one definition.
    [LABEL_KEYS.pipeline]: labelValue(origin.pipeline),
  };
  if (origin.repository) own[LABEL_KEYS.repository] = labelValue(origin.repository);
  if (origin.commit) own[LABEL_KEYS.commit] = labelValue(origin.commit);
  const run = workflowRunLabel(origin);
  if (run) own[WORKFLOW_RUN_LABEL] = run;
  if (origin.specDigest) own[SPEC_LABEL] = specLabelValue(origin.specDigest);
  if (origin.retraining) own[RETRAINING_LABEL] = labelValue(origin.retraining);
  Object.assign(labels, own);
  const keys = Object.keys(labels);
  if (keys.length > MAX_LABELS) {
    const drop = keys.filter((k) => !(k in own)).slice(MAX_LABELS - keys.length);
    for (const k of drop) {
      changed.push(`${k} dropped (Vertex allows ${MAX_LABELS + 1} labels)`);
      delete labels[k];
    }
  }
  return { labels, changed };
}
