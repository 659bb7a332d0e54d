/**
 * The values visible inside one DAG while it runs (kfp/local io.py): the DAG's own inputs and the
 * outputs and end states of its tasks. A task's inputs are resolved against its parent's store:
 * constants, the parent's inputs, sibling outputs, a sibling's final status, with the
 * `parseJson(string_value)["key"]` selectors the compiler writes for loop items. Pure.
 */
import type { ParameterValue, TaskState } from '../core/result/model.js';
import { taskDependencies, topologicalOrder as orderDag } from '../core/spec/graph.js';
import type { ComponentSpec, PipelineTaskSpec } from '../core/spec/types.js';
import type { RuntimeArtifact } from './executor-input.js';
import type { TaskOutputs } from './outputs.js';

export interface TaskRecord {
  readonly state: TaskState;
  /** Why a NOT_TRIGGERED task did not run: its condition, or a failed / missing upstream. */
  readonly skipped?: 'condition' | 'upstream' | 'cancelled';
  readonly outputs?: TaskOutputs;
  readonly error?: string;
}

export class IoStore {
  readonly tasks = new Map<string, TaskRecord>();
  constructor(
    readonly parameters: Readonly<Record<string, ParameterValue>>,
    readonly artifacts: Readonly<Record<string, readonly RuntimeArtifact[]>>,
    /** `parent/child` path of this DAG, for task folders and messages. */
    readonly path: string,
  ) {}

  record(task: string, record: TaskRecord): void {
    this.tasks.set(task, record);
  }
}

export interface ResolvedInputs {
  readonly parameters: Record<string, ParameterValue>;
  readonly artifacts: Record<string, RuntimeArtifact[]>;
  /** Inputs with no value whose producer did not run (condition false or upstream failed). */
  readonly unavailable: readonly { input: string; producer: string }[];
}

/** Applies the compiler's `parseJson(string_value)["a"]["b"]` / `[0]` selector to a value. */
export function applySelector(selector: string, value: ParameterValue): ParameterValue | undefined {
  const m = /^parseJson\(string_value\)((?:\[(?:"[^"]*"|\d+)\])*)$/.exec(selector.trim());
  if (!m) throw new Error(`unsupported parameterExpressionSelector ${JSON.stringify(selector)}`);
  let current: ParameterValue | undefined =
    typeof value === 'string' ? (JSON.parse(value) as ParameterValue) : value;
  for (const step of (m[1] ?? '').matchAll(/\[("([^"]*)"|(\d+))\]/g)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? current[Number(step[3])]
      : (current as Record<string, ParameterValue>)[step[2] ?? ''];
  }
  return current;
}

/** The value a TASK_FINAL_STATUS input receives (the shape the KFP backend passes). */
export function finalStatus(
  jobName: string,
  task: string,
  record: TaskRecord | undefined,
): ParameterValue {
  const state = record?.state ?? 'NOT_TRIGGERED';
  return {
    state,
    error: record?.error ? { code: 2, message: record.error } : {},
    pipelineJobResourceName: jobName,
    pipelineTaskName: task,
  };
}

/** The task's inputs, from its parent's store. */
export function resolveTaskInputs(
  task: PipelineTaskSpec,
  store: IoStore,
  jobName: string,
): ResolvedInputs {
  const parameters: Record<string, ParameterValue> = {};
  const artifacts: Record<string, RuntimeArtifact[]> = {};
  const unavailable: { input: string; producer: string }[] = [];
  for (const [name, spec] of Object.entries(task.inputs?.parameters ?? {})) {
    let value: ParameterValue | undefined;
    if (spec.runtimeValue && 'constant' in spec.runtimeValue) {
      value = spec.runtimeValue.constant as ParameterValue;
    } else if (spec.componentInputParameter !== undefined) {
      value = store.parameters[spec.componentInputParameter];
    } else if (spec.taskOutputParameter) {
      const { producerTask, outputParameterKey } = spec.taskOutputParameter;
      value = store.tasks.get(producerTask)?.outputs?.parameters[outputParameterKey];
      if (value === undefined) unavailable.push({ input: name, producer: producerTask });
    } else if (spec.taskFinalStatus) {
      const producer = spec.taskFinalStatus.producerTask;
      value = finalStatus(jobName, producer, store.tasks.get(producer));
    }
    if (value !== undefined && spec.parameterExpressionSelector) {
      value = applySelector(spec.parameterExpressionSelector, value);
    }
    if (value !== undefined) parameters[name] = value;
  }
  for (const [name, spec] of Object.entries(task.inputs?.artifacts ?? {})) {
    let list: readonly RuntimeArtifact[] | undefined;
    if (spec.componentInputArtifact !== undefined) {
      list = store.artifacts[spec.componentInputArtifact];
    } else if (spec.taskOutputArtifact) {
      const { producerTask, outputArtifactKey } = spec.taskOutputArtifact;
      list = store.tasks.get(producerTask)?.outputs?.artifacts[outputArtifactKey];
      if (list === undefined) unavailable.push({ input: name, producer: producerTask });
    }
    if (list !== undefined) artifacts[name] = [...list];
  }
  return { parameters, artifacts, unavailable };
}

/** Declared inputs that have no value, no default and are not optional. */
export function missingRequiredInputs(
  component: ComponentSpec,
  parameters: Readonly<Record<string, unknown>>,
  artifacts: Readonly<Record<string, unknown>>,
): string[] {
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(component.inputDefinitions?.parameters ?? {})) {
    if (!(name in parameters) && spec.defaultValue === undefined && !spec.isOptional)
      missing.push(name);
  }
  for (const [name, spec] of Object.entries(component.inputDefinitions?.artifacts ?? {})) {
    if (!(name in artifacts) && !spec.isOptional) missing.push(name);
  }
  return missing;
}

/** Upstream tasks of `task` that are siblings in its DAG: `dependentTasks` plus every producer
 * its inputs name. */
export function upstreamOf(task: PipelineTaskSpec, siblings: ReadonlySet<string>): string[] {
  return taskDependencies(task).filter((t) => siblings.has(t));
}

/** Tasks in an order where each comes after its upstream tasks (ties: document order);
 * a cycle is an error naming the tasks on or behind it. */
export function topologicalOrder(tasks: Readonly<Record<string, PipelineTaskSpec>>): string[] {
  const { order, cycle } = orderDag({ tasks });
  if (cycle) {
    const done = new Set(order);
    const stuck = Object.keys(tasks)
      .filter((n) => !done.has(n))
      .sort();
    throw new Error(`the tasks ${stuck.join(', ')} depend on each other in a cycle`);
  }
  return order;
}
