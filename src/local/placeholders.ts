/**
 * Placeholder resolution for a container's command and args, as the KFP backend does it: the
 * structural `{"Concat": […]}` and `{"IfPresent": {…}}` elements first (IfPresent may add or drop
 * whole arguments), then every `{{$…}}` reference inside the strings. Pure; an unknown or
 * unresolvable placeholder is an error that names it.
 */
import type { ParameterValue } from '../core/result/model.js';
import type { ExecutorInput, RuntimeArtifact } from './executor-input.js';

export interface PlaceholderContext {
  readonly executorInput: ExecutorInput;
  /** Local run id (used for job name, resource name and uuid). */
  readonly jobName: string;
  readonly jobId: string;
  readonly taskName: string;
  readonly taskId: string;
  readonly pipelineRoot: string;
  readonly workspacePath: string;
  /** ISO time the run started (for the create/schedule time placeholders). */
  readonly createTime: string;
}

export class PlaceholderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaceholderError';
  }
}

type Struct = string | { Concat?: unknown[]; IfPresent?: IfPresent } | unknown[];
interface IfPresent {
  InputName: string;
  Then?: Struct;
  Else?: Struct;
}

function isProvided(ei: ExecutorInput, name: string): boolean {
  const p = ei.inputs.parameterValues[name];
  if (p !== undefined && p !== null) return true;
  const a = ei.inputs.artifacts[name];
  return a !== undefined && a.artifacts.length > 0;
}

/** Concat / IfPresent to a flat list of strings (an IfPresent branch may give several). */
function resolveStruct(value: Struct, ei: ExecutorInput): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => resolveStruct(v as Struct, ei));
  if (value && typeof value === 'object') {
    if (Array.isArray(value.Concat)) {
      return [value.Concat.map((part) => resolveStruct(part as Struct, ei).join('')).join('')];
    }
    if (value.IfPresent && typeof value.IfPresent.InputName === 'string') {
      const branch = isProvided(ei, value.IfPresent.InputName)
        ? value.IfPresent.Then
        : value.IfPresent.Else;
      return branch === undefined || branch === null ? [] : resolveStruct(branch, ei);
    }
  }
  throw new PlaceholderError(`unsupported structural placeholder ${JSON.stringify(value)}`);
}

function structOf(element: string): Struct | undefined {
  const t = element.trimStart();
  if (!t.startsWith('{"Concat"') && !t.startsWith('{"IfPresent"')) return undefined;
  try {
    return JSON.parse(element) as Struct;
  } catch {
    throw new PlaceholderError(
      `structural placeholder is not valid JSON: ${element.slice(0, 120)}`,
    );
  }
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function firstArtifact(
  list: { artifacts: RuntimeArtifact[] } | undefined,
  what: string,
): RuntimeArtifact {
  const a = list?.artifacts[0];
  if (!a) throw new PlaceholderError(`${what} has no artifact`);
  return a;
}

/** The value of one `{{$.…}}` body (without braces), or an error naming it. */
function lookup(body: string, ctx: PlaceholderContext): string {
  const ei = ctx.executorInput;
  const simple: Record<string, string> = {
    'outputs.output_file': ei.outputs.outputFile,
    outputMetadataUri: ei.outputs.outputFile,
    pipeline_job_name: ctx.jobName,
    pipeline_job_resource_name: ctx.jobName,
    pipeline_job_uuid: ctx.jobId,
    pipeline_task_name: ctx.taskName,
    pipeline_task_uuid: ctx.taskId,
    pipeline_root: ctx.pipelineRoot,
    workspace_path: ctx.workspacePath,
    pipeline_job_create_time_utc: ctx.createTime,
    pipeline_job_schedule_time_utc: ctx.createTime,
  };
  if (body in simple) return simple[body]!;
  const m =
    /^(inputs|outputs)\.(parameters|artifacts)\['([^']*)'\](?:\.(\w+))?(?:\['([^']*)'\])?$/.exec(
      body,
    );
  if (!m) throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
  const [, side, kind, name, field, key] = m as unknown as [
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  if (side === 'inputs' && kind === 'parameters') {
    const v = ei.inputs.parameterValues[name];
    if (v === undefined) throw new PlaceholderError(`input parameter "${name}" has no value`);
    if (field) throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
    return asText(v);
  }
  if (side === 'outputs' && kind === 'parameters') {
    const p = ei.outputs.parameters[name];
    if (!p) throw new PlaceholderError(`the component declares no output parameter "${name}"`);
    if (field !== 'output_file')
      throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
    return p.outputFile;
  }
  const lists = side === 'inputs' ? ei.inputs.artifacts : ei.outputs.artifacts;
  const list = lists[name];
  const what = `${side === 'inputs' ? 'input' : 'output'} artifact "${name}"`;
  if (!list) throw new PlaceholderError(`${what} has no value`);
  if (!field) return JSON.stringify(list);
  const artifact = firstArtifact(list, what);
  if (field === 'uri' || field === 'path') return artifact.uri;
  if (field === 'metadata')
    return key !== undefined ? asText(artifact.metadata[key]) : JSON.stringify(artifact.metadata);
  throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
}

const REF = /\{\{\$(?:\.([^}]*?))?\}\}/g;

/** Replaces every `{{$…}}` in one string. `{{$}}` is the whole executor input as JSON. */
export function resolveString(text: string, ctx: PlaceholderContext): string {
  return text.replace(REF, (_all, body: string | undefined) =>
    body === undefined ? JSON.stringify(ctx.executorInput) : lookup(body, ctx),
  );
}

/**
 * String input parameters that reference other inputs (f-strings in the pipeline, e.g.
 * `"{{$.inputs.parameters['pipelinechannel--x']}}-suffix"`) get their values filled in.
 */
export function resolveSelfReferences(ctx: PlaceholderContext): ExecutorInput {
  const ei = ctx.executorInput;
  const values: Record<string, ParameterValue> = {};
  for (const [k, v] of Object.entries(ei.inputs.parameterValues)) {
    values[k] = typeof v === 'string' && v.includes('{{$') ? resolveString(v, ctx) : v;
  }
  return { ...ei, inputs: { ...ei.inputs, parameterValues: values } };
}

/** command + args → the argv to run. */
export function resolveCommand(elements: readonly string[], ctx: PlaceholderContext): string[] {
  const out: string[] = [];
  for (const element of elements) {
    const struct = structOf(element);
    const parts = struct !== undefined ? resolveStruct(struct, ctx.executorInput) : [element];
    for (const part of parts) out.push(resolveString(part, ctx));
  }
  return out;
}
