/**
 * The evaluation stored with a model version (ModelService.ImportModelEvaluation) and the baseline
 * read back from it. Scalars are kept under their name and under `task.name` — the keys
 * `BaselineMetrics.values` uses — in `metadata.kfpAction.metrics`, so the merge report of the next
 * run can compare against the version now in production.
 */
import type { BaselineMetrics } from '../gates/evaluate.js';
import type { RunMetrics } from '../result/metrics.js';

/** Classification schema: the metrics Vertex shows for an imported evaluation. */
const METRICS_SCHEMA_URI =
  'gs://google-cloud-aiplatform/schema/modelevaluation/classification_metrics_1.0.0.yaml';

const EVALUATION_FORMAT = 1;

export interface EvaluationRecord {
  /** `kfp-action {run id}`: finds the evaluation of a run again on a re-run. */
  readonly displayName: string;
  readonly metricsSchemaUri: string;
  /** Flat metric name → value (what the console lists). */
  readonly metrics: Record<string, number>;
  readonly metadata: {
    readonly pipeline_job_id: string;
    readonly kfpAction: {
      readonly format: number;
      readonly run: string;
      readonly commit?: string;
      readonly metrics: Record<string, number>;
    };
  };
}

export const evaluationDisplayName = (runId: string): string => `kfp-action ${runId}`;

export function evaluationFromMetrics(
  metrics: RunMetrics,
  run: { readonly jobName: string; readonly runId: string; readonly commit?: string },
): EvaluationRecord {
  const flat: Record<string, number> = {};
  const qualified: Record<string, number> = {};
  const counts = new Map<string, number>();
  for (const s of metrics.scalars) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  for (const s of metrics.scalars) {
    if (s.iteration !== undefined) continue;
    qualified[`${s.task}.${s.name}`] = s.value;
    // A name logged by one task only is also stored plainly, the way gates name it.
    if (counts.get(s.name) === 1) {
      qualified[s.name] = s.value;
      flat[s.name] = s.value;
    }
  }
  return {
    displayName: evaluationDisplayName(run.runId),
    metricsSchemaUri: METRICS_SCHEMA_URI,
    metrics: flat,
    metadata: {
      pipeline_job_id: run.jobName,
      kfpAction: {
        format: EVALUATION_FORMAT,
        run: run.runId,
        ...(run.commit ? { commit: run.commit } : {}),
        metrics: qualified,
      },
    },
  };
}

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

/**
 * The baseline of a stored evaluation (JSON of its `metrics` and `metadata`), or undefined when
 * it holds no numbers. Untrusted shape: anything unexpected is ignored.
 */
export function baselineFromEvaluation(
  evaluation: { readonly metrics?: unknown; readonly metadata?: unknown },
  label: string,
): BaselineMetrics | undefined {
  const meta = evaluation.metadata as { kfpAction?: { metrics?: unknown } } | undefined;
  const values = { ...numbers(evaluation.metrics), ...numbers(meta?.kfpAction?.metrics) };
  return Object.keys(values).length > 0 ? { label, values } : undefined;
}
