import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

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

export {
  LABEL_KEYS,
  shortHash,
  labelValue,
  versionLabels,
  runFilter,
  modelIdFor
};
