import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/result/metrics.ts
var METRICS = "system.Metrics";
var CLASSIFICATION = "system.ClassificationMetrics";
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function num(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return void 0;
}
function scalarsOf(task, artifact) {
  const out = [];
  for (const [name, raw] of Object.entries(artifact.metadata)) {
    if (typeof raw !== "number" || !Number.isFinite(raw)) continue;
    out.push({
      task: task.name,
      artifact: artifact.outputName,
      name,
      value: raw,
      ...task.iteration !== void 0 ? { iteration: task.iteration } : {}
    });
  }
  return out;
}
function rocPointsOf(metadata) {
  const raw = metadata.confidenceMetrics;
  const list = isRecord(raw) && Array.isArray(raw.list) ? raw.list : raw;
  if (!Array.isArray(list)) return [];
  const points = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const fpr = num(item.falsePositiveRate);
    const tpr = num(item.recall ?? item.truePositiveRate);
    if (fpr === void 0 || tpr === void 0) continue;
    if (fpr < 0 || fpr > 1 || tpr < 0 || tpr > 1) continue;
    const threshold = num(item.confidenceThreshold);
    points.push({ fpr, tpr, ...threshold !== void 0 ? { threshold } : {} });
  }
  return points.sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
}
function confusionMatrixOf(metadata) {
  const cm = metadata.confusionMatrix;
  if (!isRecord(cm) || !Array.isArray(cm.rows)) return void 0;
  const rows = [];
  for (const r of cm.rows) {
    const cells = isRecord(r) ? r.row : r;
    if (!Array.isArray(cells)) return void 0;
    const values = cells.map(num);
    if (values.some((v) => v === void 0)) return void 0;
    rows.push(values);
  }
  const specs = Array.isArray(cm.annotationSpecs) ? cm.annotationSpecs : [];
  const labels = rows.map((_, i) => {
    const spec = specs[i];
    if (isRecord(spec) && typeof spec.displayName === "string") return spec.displayName;
    if (typeof spec === "string") return spec;
    return String(i);
  });
  if (rows.length === 0 || rows.some((r) => r.length !== rows.length)) return void 0;
  return { labels, rows };
}
function extractMetrics(run) {
  const scalars = [];
  const rocCurves = [];
  const confusionMatrices = [];
  const dags = new Set(run.tasks.map((t) => t.parent).filter((p) => p !== void 0));
  const produced = new Set(
    run.tasks.filter((t) => !dags.has(t.name)).flatMap((t) => t.outputArtifacts.map((a) => a.uri))
  );
  for (const task of run.tasks) {
    for (const artifact of task.outputArtifacts) {
      if (dags.has(task.name) && produced.has(artifact.uri)) continue;
      if (artifact.schemaTitle === METRICS) scalars.push(...scalarsOf(task, artifact));
      if (artifact.schemaTitle !== CLASSIFICATION) continue;
      const points = rocPointsOf(artifact.metadata);
      if (points.length > 0) {
        rocCurves.push({ task: task.name, artifact: artifact.outputName, points });
      }
      const cm = confusionMatrixOf(artifact.metadata);
      if (cm) confusionMatrices.push({ task: task.name, artifact: artifact.outputName, ...cm });
    }
  }
  return { scalars, rocCurves, confusionMatrices };
}
function findMetric(metrics, name, task) {
  const matches = metrics.scalars.filter(
    (m) => m.name === name && (task === void 0 || m.task === task)
  );
  const tasks = [...new Set(matches.map((m) => m.task))];
  if (tasks.length > 1) return { ambiguous: tasks };
  return matches[0] ? { metric: matches[0] } : {};
}
function rocAuc(points) {
  const pts = withCorners(points);
  let area = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    area += (b.fpr - a.fpr) * ((a.tpr + b.tpr) / 2);
  }
  return area;
}
function withCorners(points) {
  const sorted = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  return [{ fpr: 0, tpr: 0 }, ...sorted, { fpr: 1, tpr: 1 }];
}
function resampleRoc(points, steps = 10) {
  const pts = withCorners(points);
  const out = [];
  for (let i = 0; i <= steps; i++) {
    const x = i / steps;
    let y = 0;
    for (let j = 0; j < pts.length; j++) {
      const p = pts[j];
      if (p.fpr === x) y = Math.max(y, p.tpr);
      const q = pts[j + 1];
      if (q && p.fpr < x && x < q.fpr) {
        y = Math.max(y, p.tpr + (q.tpr - p.tpr) * (x - p.fpr) / (q.fpr - p.fpr));
      }
    }
    out.push(Math.round(y * 1e3) / 1e3);
  }
  return out;
}
function metricsAsJson(metrics) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of metrics.scalars) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const out = {};
  for (const m of metrics.scalars) {
    const key = (counts.get(m.name) ?? 0) > 1 ? `${m.task}.${m.name}` : m.name;
    if (!(key in out)) out[key] = m.value;
  }
  return out;
}
function outputParameterText(run, task, output) {
  const t = run.tasks.find((x) => x.name === task && output in x.outputParameters);
  if (!t) return void 0;
  const v = t.outputParameters[output];
  if (v === void 0) return void 0;
  return typeof v === "string" ? v : JSON.stringify(v);
}

export {
  extractMetrics,
  findMetric,
  rocAuc,
  resampleRoc,
  metricsAsJson,
  outputParameterText
};
