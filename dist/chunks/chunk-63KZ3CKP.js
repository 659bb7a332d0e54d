import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

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

// src/core/promotion/labels.ts
var LABEL_KEYS = {
  repository: "kfp-repository",
  commit: "kfp-commit",
  run: "kfp-run",
  pipeline: "kfp-pipeline"
};
function shortHash(value) {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(36);
}
function labelValue(value) {
  const clean = value.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
  if (clean.length <= 63) return clean;
  const hash = shortHash(value);
  return `${clean.slice(0, 62 - hash.length)}-${hash}`;
}
function versionLabels(origin) {
  const labels = {
    [LABEL_KEYS.run]: labelValue(origin.runId),
    [LABEL_KEYS.pipeline]: labelValue(origin.pipeline)
  };
  if (origin.repository) labels[LABEL_KEYS.repository] = labelValue(origin.repository);
  if (origin.commit) labels[LABEL_KEYS.commit] = labelValue(origin.commit);
  return labels;
}
function runFilter(runId) {
  return `labels.${LABEL_KEYS.run}="${labelValue(runId)}"`;
}
function modelIdFor(name) {
  let id = labelValue(name).replace(/^[^a-z_]+/, "");
  if (id === "") id = `model-${shortHash(name)}`;
  return id;
}

// src/core/promotion/types.ts
var versionName = (v) => `${v.model}@${v.versionId}`;

export {
  evaluationDisplayName,
  evaluationFromMetrics,
  baselineFromEvaluation,
  LABEL_KEYS,
  shortHash,
  labelValue,
  versionLabels,
  runFilter,
  modelIdFor,
  versionName
};
