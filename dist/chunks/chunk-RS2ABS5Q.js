import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/vertex/run-result.ts
var OUTPUT_PREFIX = "output:";
function consoleUrl(location, jobId) {
  const r = encodeURIComponent(location.region);
  const p = encodeURIComponent(location.project);
  return `https://console.cloud.google.com/vertex-ai/locations/${r}/pipelines/runs/${encodeURIComponent(jobId)}?project=${p}`;
}
function jobIdOf(name) {
  return name.split("/").pop() ?? name;
}
function outputParametersOf(task) {
  const out = {};
  for (const [key, value] of Object.entries(task.executionMetadata)) {
    if (!key.startsWith(OUTPUT_PREFIX) || key.length === OUTPUT_PREFIX.length) continue;
    if (value === void 0) continue;
    out[key.slice(OUTPUT_PREFIX.length)] = value;
  }
  return out;
}
function artifactResult(outputName, a) {
  return {
    outputName,
    schemaTitle: a.schemaTitle ?? "",
    uri: a.uri ?? "",
    metadata: a.metadata ?? {},
    ...a.name ? { name: a.name } : {}
  };
}
function rootIds(tasks) {
  const parents = new Set(tasks.map((t) => t.parentTaskId).filter((p) => !!p));
  return new Set(
    tasks.filter((t) => !t.parentTaskId && parents.has(t.taskId)).map((t) => t.taskId)
  );
}
function toRunResult(job, context) {
  const roots = rootIds(job.tasks);
  const byId = new Map(job.tasks.map((t) => [t.taskId, t]));
  const tasks = job.tasks.filter((t) => !roots.has(t.taskId)).map((t) => {
    const parent = t.parentTaskId && !roots.has(t.parentTaskId) ? byId.get(t.parentTaskId)?.taskName : void 0;
    return {
      name: t.taskName,
      state: t.state,
      cached: t.state === "SKIPPED",
      ...parent ? { parent } : {},
      ...t.startTime ? { startTime: t.startTime } : {},
      ...t.endTime ? { endTime: t.endTime } : {},
      ...t.error ? { error: t.error } : {},
      outputParameters: outputParametersOf(t),
      outputArtifacts: Object.entries(t.outputs).flatMap(
        ([name, list]) => list.map((a) => artifactResult(name, a))
      )
    };
  });
  const id = jobIdOf(job.name);
  const outputs = pipelineOutputsOf(job.tasks.filter((t) => roots.has(t.taskId)));
  return {
    backend: "vertex",
    pipelineName: context.pipelineName,
    jobName: job.name,
    ...job.displayName ? { displayName: job.displayName } : {},
    state: job.state,
    url: consoleUrl(context.location, id),
    ...job.createTime ? { createTime: job.createTime } : {},
    ...job.startTime ? { startTime: job.startTime } : {},
    ...job.endTime ? { endTime: job.endTime } : {},
    ...job.error ? { error: job.error } : {},
    ...context.specDigest ? { specDigest: context.specDigest } : {},
    parameters: context.parameters ?? job.parameterValues,
    tasks,
    ...outputs ? { outputs } : {}
  };
}
function pipelineOutputsOf(roots) {
  const root = roots[0];
  if (!root) return void 0;
  const parameters = outputParametersOf(root);
  const artifacts = Object.entries(root.outputs).flatMap(
    ([name, list]) => list.map((a) => artifactResult(name, a))
  );
  return Object.keys(parameters).length > 0 || artifacts.length > 0 ? { parameters, artifacts } : void 0;
}

export {
  jobIdOf,
  outputParametersOf,
  toRunResult
};
