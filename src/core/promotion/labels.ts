/**
 * Labels on uploaded model versions: which repository, commit, pipeline run and pipeline a
 * version came from. A re-run of the promotion finds its version again by the run label, so a
 * version is uploaded once per run.
 *
 * Vertex label rules: keys and values at most 63 characters of lowercase letters, digits, `_` and
 * `-`; keys start with a letter.
 */

export const LABEL_KEYS = {
  repository: 'kfp-repository',
  commit: 'kfp-commit',
  run: 'kfp-run',
  pipeline: 'kfp-pipeline',
} as const;

/** A short stable hash (FNV-1a, 32 bits, base 36) to keep long values unique when cut. */
export function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Any text as a valid label value: lowercased, other characters as `_`, cut to 63 with a hash. */
export function labelValue(value: string): string {
  const clean = value.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  if (clean.length <= 63) return clean;
  const hash = shortHash(value);
  return `${clean.slice(0, 62 - hash.length)}-${hash}`;
}

export interface VersionOrigin {
  /** `owner/repo`. */
  readonly repository?: string;
  readonly commit?: string;
  /** The PipelineJob id (last segment of its resource name). */
  readonly runId: string;
  readonly pipeline: string;
}

export function versionLabels(origin: VersionOrigin): Record<string, string> {
  const labels: Record<string, string> = {
    [LABEL_KEYS.run]: labelValue(origin.runId),
    [LABEL_KEYS.pipeline]: labelValue(origin.pipeline),
  };
  if (origin.repository) labels[LABEL_KEYS.repository] = labelValue(origin.repository);
  if (origin.commit) labels[LABEL_KEYS.commit] = labelValue(origin.commit);
  return labels;
}

/**
 * The Model Registry filter that finds the version of one run. The hyphenated label key is
 * written unquoted, as Google's own samples filter models (`labels.google-vertex-llm-tuning-base-model-id=…`),
 * and as the pipeline-job lookup of promote does (src/adapters/vertex/job-filter.ts).
 */
export function runFilter(runId: string): string {
  return `labels.${LABEL_KEYS.run}="${labelValue(runId)}"`;
}

/**
 * The Model Registry id of a pipeline's model (`models/{id}`): `[a-z0-9_-]`, at most 63
 * characters, not starting with a digit or hyphen.
 */
export function modelIdFor(name: string): string {
  let id = labelValue(name).replace(/^[^a-z_]+/, '');
  if (id === '') id = `model-${shortHash(name)}`;
  return id;
}
