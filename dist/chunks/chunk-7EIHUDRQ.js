import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/promotion/types.ts
var versionName = (v) => `${v.model}@${v.versionId}`;

// src/core/promotion/evaluation.ts
var METRICS_SCHEMA_URI = "gs://google-cloud-aiplatform/schema/modelevaluation/classification_metrics_1.0.0.yaml";
var EVALUATION_FORMAT = 1;
var evaluationDisplayName = (runId) => `kfp-action ${runId}`;
function evaluationFromMetrics(metrics, run) {
  const flat = {};
  const qualified = {};
  const counts = /* @__PURE__ */ new Map();
  for (const s of metrics.scalars) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  for (const s of metrics.scalars) {
    if (s.iteration !== void 0) continue;
    qualified[`${s.task}.${s.name}`] = s.value;
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
        ...run.commit ? { commit: run.commit } : {},
        metrics: qualified
      }
    }
  };
}
function numbers(value) {
  const out = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  }
  return out;
}
function baselineFromEvaluation(evaluation, label) {
  const meta = evaluation.metadata;
  const values = { ...numbers(evaluation.metrics), ...numbers(meta?.kfpAction?.metrics) };
  return Object.keys(values).length > 0 ? { label, values } : void 0;
}

export {
  evaluationDisplayName,
  evaluationFromMetrics,
  baselineFromEvaluation,
  versionName
};
