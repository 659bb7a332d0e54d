/**
 * google.cloud.aiplatform.v1 messages as the client library returns them → the plain views of
 * src/ports/vertex.ts. Read defensively: any field may be missing, int64 may be a string, a
 * number or a Long, enums may be names or numbers, a Struct may arrive as `{fields}` or already
 * as JSON. Nothing here throws on a strange shape; it leaves the piece out.
 */
import type { ParameterValue, PipelineState, TaskState } from '../../core/result/model.js';
import type { ArtifactView, PipelineJobView, TaskDetailView } from '../../ports/vertex.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (isObj(v) && typeof v.toString === 'function' && 'low' in v) return String(v.toString());
  return undefined;
}

/** google.protobuf.Value → JSON. */
export function fromValue(value: unknown): ParameterValue | undefined {
  if (!isObj(value)) return undefined;
  const kind = typeof value.kind === 'string' ? value.kind : undefined;
  const has = (k: string) => (kind ? kind === k : value[k] !== undefined && value[k] !== null);
  if (has('structValue')) return fromStruct(value.structValue);
  if (has('listValue')) {
    const list = isObj(value.listValue) ? value.listValue.values : undefined;
    return Array.isArray(list) ? list.map((v) => fromValue(v) ?? null) : [];
  }
  if (has('stringValue')) return String(value.stringValue);
  if (has('numberValue')) return Number(value.numberValue);
  if (has('boolValue')) return Boolean(value.boolValue);
  if (has('nullValue')) return null;
  return undefined;
}

/** google.protobuf.Struct → JSON object. */
export function fromStruct(struct: unknown): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  if (!isObj(struct)) return out;
  const fields = struct.fields;
  if (!isObj(fields)) return out;
  for (const [k, v] of Object.entries(fields)) {
    const decoded = fromValue(v);
    if (decoded !== undefined) out[k] = decoded;
  }
  return out;
}

/** google.protobuf.Timestamp → ISO 8601, or undefined when unset. */
export function fromTimestamp(ts: unknown): string | undefined {
  if (!isObj(ts)) return undefined;
  const seconds = Number(str(ts.seconds) ?? 0);
  const nanos = Number(ts.nanos ?? 0);
  if (!Number.isFinite(seconds) || (seconds === 0 && nanos === 0)) return undefined;
  return new Date(seconds * 1000 + Math.floor(nanos / 1e6)).toISOString();
}

const PIPELINE_STATES = new Set([
  'QUEUED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLING',
  'CANCELLED',
  'PAUSED',
]);
/** PipelineState enum numbers, for a client that returns numbers. */
const PIPELINE_STATE_NUMBERS = [
  'UNSPECIFIED',
  'QUEUED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLING',
  'CANCELLED',
  'PAUSED',
];

export function pipelineState(v: unknown): PipelineState {
  const name = typeof v === 'number' ? PIPELINE_STATE_NUMBERS[v] : String(v ?? '');
  const bare = (name ?? '').replace(/^PIPELINE_STATE_/, '');
  return PIPELINE_STATES.has(bare) ? (bare as PipelineState) : 'UNSPECIFIED';
}

const TASK_STATE_NUMBERS = [
  'UNSPECIFIED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'CANCEL_PENDING',
  'CANCELLING',
  'CANCELLED',
  'FAILED',
  'SKIPPED',
  'NOT_TRIGGERED',
];

export function taskState(v: unknown): TaskState {
  const name = typeof v === 'number' ? TASK_STATE_NUMBERS[v] : String(v ?? '');
  const bare = (name ?? '').replace(/^STATE_/, '');
  return TASK_STATE_NUMBERS.includes(bare) ? (bare as TaskState) : 'UNSPECIFIED';
}

function statusMessage(status: unknown): string | undefined {
  if (!isObj(status)) return undefined;
  const message = typeof status.message === 'string' ? status.message.trim() : '';
  const code = Number(status.code ?? 0);
  if (!message && !code) return undefined;
  return message || `error code ${code}`;
}

function artifact(v: unknown): ArtifactView | undefined {
  if (!isObj(v)) return undefined;
  return {
    ...(str(v.name) ? { name: str(v.name) } : {}),
    ...(str(v.displayName) ? { displayName: str(v.displayName) } : {}),
    ...(str(v.uri) ? { uri: str(v.uri) } : {}),
    ...(str(v.schemaTitle) ? { schemaTitle: str(v.schemaTitle) } : {}),
    metadata: fromStruct(v.metadata),
  };
}

function outputs(v: unknown): Record<string, ArtifactView[]> {
  const out: Record<string, ArtifactView[]> = {};
  if (!isObj(v)) return out;
  for (const [name, list] of Object.entries(v)) {
    const artifacts = isObj(list) && Array.isArray(list.artifacts) ? list.artifacts : [];
    out[name] = artifacts.map(artifact).filter((a): a is ArtifactView => a !== undefined);
  }
  return out;
}

function taskDetail(v: unknown): TaskDetailView | undefined {
  if (!isObj(v)) return undefined;
  const taskName = str(v.taskName);
  if (!taskName) return undefined;
  const parent = str(v.parentTaskId);
  const execution = isObj(v.execution) ? v.execution : {};
  const created = fromTimestamp(v.createTime);
  const started = fromTimestamp(v.startTime);
  const ended = fromTimestamp(v.endTime);
  const error = statusMessage(v.error);
  return {
    taskId: str(v.taskId) ?? taskName,
    ...(parent && parent !== '0' ? { parentTaskId: parent } : {}),
    taskName,
    state: taskState(v.state),
    ...(created ? { createTime: created } : {}),
    ...(started ? { startTime: started } : {}),
    ...(ended ? { endTime: ended } : {}),
    ...(error ? { error } : {}),
    executionMetadata: fromStruct(execution.metadata),
    outputs: outputs(v.outputs),
  };
}

/** A PipelineJob message → the view submit reads. */
export function pipelineJobView(v: unknown): PipelineJobView {
  const job = isObj(v) ? v : {};
  const detail = isObj(job.jobDetail) ? job.jobDetail : {};
  const tasks = Array.isArray(detail.taskDetails) ? detail.taskDetails : [];
  const runtime = isObj(job.runtimeConfig) ? job.runtimeConfig : {};
  const values = isObj(runtime.parameterValues) ? runtime.parameterValues : {};
  const labels: Record<string, string> = {};
  if (isObj(job.labels)) for (const [k, l] of Object.entries(job.labels)) labels[k] = String(l);
  const parameterValues: Record<string, ParameterValue> = {};
  for (const [k, pv] of Object.entries(values)) {
    const decoded = fromValue(pv);
    if (decoded !== undefined) parameterValues[k] = decoded;
  }
  const created = fromTimestamp(job.createTime);
  const started = fromTimestamp(job.startTime);
  const ended = fromTimestamp(job.endTime);
  const error = statusMessage(job.error);
  return {
    name: str(job.name) ?? '',
    ...(str(job.displayName) ? { displayName: str(job.displayName) } : {}),
    state: pipelineState(job.state),
    ...(created ? { createTime: created } : {}),
    ...(started ? { startTime: started } : {}),
    ...(ended ? { endTime: ended } : {}),
    ...(error ? { error } : {}),
    labels,
    ...(str(job.scheduleName) ? { scheduleName: str(job.scheduleName) } : {}),
    parameterValues,
    tasks: tasks.map(taskDetail).filter((t): t is TaskDetailView => t !== undefined),
  };
}
