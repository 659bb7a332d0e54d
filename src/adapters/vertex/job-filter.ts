/**
 * The `filter` of ListPipelineJobsRequest for "jobs carrying these labels". pipeline_service.proto
 * documents `labels` as "key-value equality and key presence" in the AIP-160 syntax, with the
 * example `labels.env = "prod"`, and terms combined with `AND`. Keys are written bare, hyphens
 * included, as Vertex's own Python SDK writes `labels.google-vertex-llm-tuning-base-model-id="…"`;
 * values are quoted, `"` and `\` escaped (label values never hold them, but nothing is assumed).
 */

/** Vertex's rule for label keys. */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;

export function labelsFilter(labels: Readonly<Record<string, string>>): string {
  const terms = Object.entries(labels).map(([key, value]) => {
    if (!LABEL_KEY.test(key)) {
      throw new Error(`"${key}" is not a Vertex label key (${String(LABEL_KEY)})`);
    }
    return `labels.${key}="${value.replace(/["\\]/g, '\\$&')}"`;
  });
  return terms.join(' AND ');
}

/** Newest first: the order the listing asks for (and the service's default). */
export const NEWEST_FIRST = 'create_time desc';

/** What a listing needs of each job (ListPipelineJobsRequest.read_mask, proto field names). */
export const SUMMARY_FIELDS = [
  'name',
  'display_name',
  'state',
  'create_time',
  'end_time',
  'labels',
  'schedule_name',
] as const;
