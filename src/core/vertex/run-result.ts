/**
 * A Vertex PipelineJob (as the plain view of ./types.ts) → the shared RunResult that
 * the gates and the report read. Pure. Missing pieces stay missing (no metrics, a task that was
 * NOT_TRIGGERED, an artifact without metadata): the report says "not reported"; nothing throws.
 */
import type {
  ArtifactResult,
  ParameterValue,
  PipelineOutputs,
  RunResult,
  TaskResult,
} from '../result/model.js';
import type { ArtifactView, PipelineJobView, TaskDetailView, VertexLocation } from './types.js';

const OUTPUT_PREFIX = 'output:';

/** The console page of a run. */
export function consoleUrl(location: VertexLocation, jobId: string): string {
  const r = encodeURIComponent(location.region);
  const p = encodeURIComponent(location.project);
  return `https://console.cloud.google.com/vertex-ai/locations/${r}/pipelines/runs/${encodeURIComponent(jobId)}?project=${p}`;
}

/** The last segment of `projects/…/pipelineJobs/{id}`. */
export function jobIdOf(name: string): string {
  return name.split('/').pop() ?? name;
}

/** Output parameters from execution.metadata["output:<name>"]. */
export function outputParametersOf(task: TaskDetailView): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const [key, value] of Object.entries(task.executionMetadata)) {
    if (!key.startsWith(OUTPUT_PREFIX) || key.length === OUTPUT_PREFIX.length) continue;
    if (value === undefined) continue;
    out[key.slice(OUTPUT_PREFIX.length)] = value as ParameterValue;
  }
  return out;
}

function artifactResult(outputName: string, a: ArtifactView): ArtifactResult {
  return {
    outputName,
    schemaTitle: a.schemaTitle ?? '',
    uri: a.uri ?? '',
    metadata: a.metadata ?? {},
    ...(a.name ? { name: a.name } : {}),
  };
}

/**
 * The ids of the root DAG: tasks with no parent that other tasks name as their parent. Vertex
 * lists the pipeline itself as such a task; it is the run, not a step of it.
 */
function rootIds(tasks: readonly TaskDetailView[]): Set<string> {
  const parents = new Set(tasks.map((t) => t.parentTaskId).filter((p): p is string => !!p));
  return new Set(
    tasks.filter((t) => !t.parentTaskId && parents.has(t.taskId)).map((t) => t.taskId),
  );
}

export function toRunResult(
  job: PipelineJobView,
  context: {
    readonly pipelineName: string;
    readonly location: VertexLocation;
    readonly specDigest?: string;
    readonly parameters?: Readonly<Record<string, ParameterValue>>;
  },
): RunResult {
  const roots = rootIds(job.tasks);
  const byId = new Map(job.tasks.map((t) => [t.taskId, t]));
  const tasks: TaskResult[] = job.tasks
    .filter((t) => !roots.has(t.taskId))
    .map((t) => {
      const parent =
        t.parentTaskId && !roots.has(t.parentTaskId)
          ? byId.get(t.parentTaskId)?.taskName
          : undefined;
      return {
        name: t.taskName,
        state: t.state,
        cached: t.state === 'SKIPPED',
        ...(parent ? { parent } : {}),
        ...(t.startTime ? { startTime: t.startTime } : {}),
        ...(t.endTime ? { endTime: t.endTime } : {}),
        ...(t.error ? { error: t.error } : {}),
        outputParameters: outputParametersOf(t),
        outputArtifacts: Object.entries(t.outputs).flatMap(([name, list]) =>
          list.map((a) => artifactResult(name, a)),
        ),
      };
    });
  const id = jobIdOf(job.name);
  const outputs = pipelineOutputsOf(job.tasks.filter((t) => roots.has(t.taskId)));
  return {
    backend: 'vertex',
    pipelineName: context.pipelineName,
    jobName: job.name,
    ...(job.displayName ? { displayName: job.displayName } : {}),
    state: job.state,
    url: consoleUrl(context.location, id),
    ...(job.createTime ? { createTime: job.createTime } : {}),
    ...(job.startTime ? { startTime: job.startTime } : {}),
    ...(job.endTime ? { endTime: job.endTime } : {}),
    ...(job.error ? { error: job.error } : {}),
    ...(context.specDigest ? { specDigest: context.specDigest } : {}),
    parameters: context.parameters ?? job.parameterValues,
    tasks,
    ...(outputs ? { outputs } : {}),
  };
}

/**
 * The pipeline's outputs: those of the task that stands for the pipeline itself (the root DAG
 * execution — its `output:<name>` metadata and its artifacts), when it has any.
 */
function pipelineOutputsOf(roots: readonly TaskDetailView[]): PipelineOutputs | undefined {
  const root = roots[0];
  if (!root) return undefined;
  const parameters = outputParametersOf(root);
  const artifacts = Object.entries(root.outputs).flatMap(([name, list]) =>
    list.map((a) => artifactResult(name, a)),
  );
  return Object.keys(parameters).length > 0 || artifacts.length > 0
    ? { parameters, artifacts }
    : undefined;
}
