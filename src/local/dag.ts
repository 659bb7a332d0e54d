/**
 * Running one DAG: each task starts as soon as its upstream tasks have ended (so independent
 * tasks run in parallel, bounded by the run's limiter), and is then dispatched by kind —
 * executor task, nested DAG (condition, exit handler, sub-pipeline) or ParallelFor loop.
 * Control flow follows the KFP backend: a failed upstream stops its dependants unless they run
 * on ALL_UPSTREAM_TASKS_COMPLETED (exit handlers); a false condition skips the task but not its
 * dependants; loop outputs are collected into lists (dsl.Collected).
 */
import path from 'node:path';
import type { ParameterValue } from '../core/result/model.js';
import type { ComponentSpec, PipelineTaskSpec } from '../core/spec/types.js';
import { ConditionError, evaluateCondition } from './condition.js';
import type { RuntimeArtifact } from './executor-input.js';
import {
  finishDagTask,
  notRun,
  runContainerTask,
  runImporterTask,
  type TaskInputs,
} from './executor-task.js';
import {
  IoStore,
  missingRequiredInputs,
  resolveTaskInputs,
  topologicalOrder,
  upstreamOf,
  type TaskRecord,
} from './io-store.js';
import { mapLimited } from './limiter.js';
import type { TaskOutputs } from './outputs.js';
import type { RunContext, TaskPlace } from './run-context.js';

export interface DagWhere {
  /** Folder the DAG's tasks get their folders in. */
  readonly dir: string;
  /** Name of the DAG task this DAG belongs to (absent for the root). */
  readonly parent?: string;
  readonly iteration?: number;
  /** Iterations of every loop around it, outermost first. */
  readonly iterationPath?: readonly number[];
}

export interface DagOutcome {
  readonly failed: boolean;
  /** Names of the tasks that failed inside, for "inner task A failed inside B". */
  readonly failedTasks: readonly string[];
  readonly outputs: TaskOutputs;
}

const BLOCKING = new Set(['FAILED', 'CANCELLED']);

/** A DAG's outputs from its tasks' records (`valueFromParameter`, OneOf, artifact selectors). */
function dagOutputs(component: ComponentSpec, store: IoStore): TaskOutputs {
  const spec = component.dag?.outputs;
  const parameters: Record<string, ParameterValue> = {};
  const artifacts: Record<string, RuntimeArtifact[]> = {};
  for (const [name, p] of Object.entries(spec?.parameters ?? {})) {
    const selectors = p.valueFromParameter
      ? [p.valueFromParameter]
      : (p.valueFromOneof?.parameterSelectors ?? []);
    for (const s of selectors) {
      const v = store.tasks.get(s.producerSubtask)?.outputs?.parameters[s.outputParameterKey];
      if (v !== undefined) {
        parameters[name] = v;
        break;
      }
    }
  }
  for (const [name, a] of Object.entries(spec?.artifacts ?? {})) {
    for (const s of a.artifactSelectors ?? []) {
      const list = store.tasks.get(s.producerSubtask)?.outputs?.artifacts[s.outputArtifactKey];
      if (list !== undefined) {
        artifacts[name] = list;
        break;
      }
    }
  }
  return { parameters, artifacts };
}

/** Declared defaults of a component's inputs, under the given values. */
function withDefaults(
  component: ComponentSpec,
  values: Record<string, ParameterValue>,
): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const [k, spec] of Object.entries(component.inputDefinitions?.parameters ?? {})) {
    if (spec.defaultValue !== undefined) out[k] = spec.defaultValue as ParameterValue;
  }
  return { ...out, ...values };
}

function loopItems(
  task: PipelineTaskSpec,
  inputs: TaskInputs,
): { items: unknown[]; itemInput: string; artifacts: boolean } {
  if (task.artifactIterator) {
    const list = inputs.artifacts[task.artifactIterator.items.inputArtifact] ?? [];
    return { items: list, itemInput: task.artifactIterator.itemInput, artifacts: true };
  }
  const it = task.parameterIterator!;
  let raw: unknown =
    it.items.raw !== undefined ? it.items.raw : inputs.parameters[it.items.inputParameter ?? ''];
  if (typeof raw === 'string') raw = JSON.parse(raw);
  if (!Array.isArray(raw)) {
    throw new Error(`ParallelFor items are not a list: ${JSON.stringify(raw)?.slice(0, 100)}`);
  }
  return { items: raw, itemInput: it.itemInput, artifacts: false };
}

async function runLoop(
  ctx: RunContext,
  place: TaskPlace,
  task: PipelineTaskSpec,
  component: ComponentSpec,
  inputs: TaskInputs,
): Promise<TaskRecord> {
  const started = ctx.now();
  ctx.progress.update({ task: place.display, state: 'RUNNING', at: started });
  let loop: ReturnType<typeof loopItems>;
  try {
    loop = loopItems(task, inputs);
  } catch (error) {
    return finishDagTask(
      ctx,
      place,
      started,
      'FAILED',
      { parameters: {}, artifacts: {} },
      (error as Error).message,
      'run/input',
    );
  }
  const limit = task.iteratorPolicy?.parallelismLimit ?? 0;
  const outcomes = await mapLimited(loop.items, limit, (item, i) => {
    const parameters = withDefaults(component, { ...inputs.parameters });
    const artifacts: Record<string, readonly RuntimeArtifact[]> = { ...inputs.artifacts };
    if (loop.artifacts) artifacts[loop.itemInput] = [item as RuntimeArtifact];
    else parameters[loop.itemInput] = item as ParameterValue;
    const store = new IoStore(parameters, artifacts, `${place.display}/${i}`);
    return runDag(ctx, component, store, {
      dir: path.join(place.dir, String(i)),
      parent: place.name,
      iteration: i,
      iterationPath: [...(place.iterationPath ?? []), i],
    });
  });
  const collected: TaskOutputs = { parameters: {}, artifacts: {} };
  for (const o of outcomes) {
    for (const [k, v] of Object.entries(o.outputs.parameters)) {
      collected.parameters[k] = [
        ...((collected.parameters[k] as ParameterValue[] | undefined) ?? []),
        v,
      ];
    }
    for (const [k, list] of Object.entries(o.outputs.artifacts)) {
      collected.artifacts[k] = [...(collected.artifacts[k] ?? []), ...list];
    }
  }
  const failed = [...new Set(outcomes.flatMap((o) => o.failedTasks))];
  return failed.length > 0
    ? finishDagTask(
        ctx,
        place,
        started,
        'FAILED',
        collected,
        `inner task ${failed.join(', ')} failed inside ${place.name}`,
      )
    : finishDagTask(ctx, place, started, 'SUCCEEDED', collected);
}

async function runSubDag(
  ctx: RunContext,
  place: TaskPlace,
  component: ComponentSpec,
  inputs: TaskInputs,
): Promise<TaskRecord> {
  const started = ctx.now();
  ctx.progress.update({ task: place.display, state: 'RUNNING', at: started });
  const store = new IoStore(
    withDefaults(component, inputs.parameters),
    inputs.artifacts,
    place.display,
  );
  const where = {
    dir: place.dir,
    parent: place.name,
    ...(place.iteration !== undefined ? { iteration: place.iteration } : {}),
    ...(place.iterationPath ? { iterationPath: place.iterationPath } : {}),
  };
  const outcome = await runDag(ctx, component, store, where);
  return outcome.failed
    ? finishDagTask(
        ctx,
        place,
        started,
        'FAILED',
        outcome.outputs,
        `inner task ${outcome.failedTasks.join(', ')} failed inside ${place.name}`,
      )
    : finishDagTask(ctx, place, started, 'SUCCEEDED', outcome.outputs);
}

/** Decides whether a task runs, resolves its inputs and dispatches it by kind. */
async function runTask(
  ctx: RunContext,
  name: string,
  task: PipelineTaskSpec,
  store: IoStore,
  upstream: readonly string[],
  where: DagWhere,
): Promise<TaskRecord> {
  const at = where.iterationPath?.join('.') ?? where.iteration;
  const display = `${where.parent ? `${where.parent}/` : ''}${name}${at !== undefined ? ` #${at}` : ''}`;
  const place: TaskPlace = {
    name,
    dir: path.join(where.dir, name),
    display,
    ...(where.parent ? { parent: where.parent } : {}),
    ...(where.iteration !== undefined ? { iteration: where.iteration } : {}),
    ...(where.iterationPath ? { iterationPath: where.iterationPath } : {}),
  };
  const onCompletion = task.triggerPolicy?.strategy === 'ALL_UPSTREAM_TASKS_COMPLETED';
  const blocked = upstream.filter((u) => {
    const r = store.tasks.get(u);
    return (
      r !== undefined &&
      (BLOCKING.has(r.state) || r.skipped === 'upstream' || r.skipped === 'cancelled')
    );
  });
  if (blocked.length > 0 && !onCompletion) {
    return notRun(
      ctx,
      place,
      'NOT_TRIGGERED',
      'upstream',
      `upstream task ${blocked.join(', ')} did not succeed`,
    );
  }
  if (ctx.abort.signal.aborted && !onCompletion) {
    return notRun(
      ctx,
      place,
      'CANCELLED',
      'cancelled',
      'cancelled: another task failed (fail-fast)',
    );
  }
  const componentName = task.componentRef?.name ?? '';
  const component = ctx.spec.components?.[componentName];
  const fail = (error: string, code: string) => notRunFailed(ctx, place, error, code);
  if (!component) return fail(`component "${componentName}" is not in the spec`, 'run/unsupported');
  let inputs: TaskInputs & { unavailable: readonly { input: string; producer: string }[] };
  try {
    inputs = resolveTaskInputs(task, store, ctx.jobName);
  } catch (error) {
    return fail(`cannot resolve its inputs: ${(error as Error).message}`, 'run/input');
  }
  const condition = task.triggerPolicy?.condition;
  if (condition) {
    let ok: boolean;
    try {
      ok = evaluateCondition(condition, inputs.parameters);
    } catch (error) {
      if (!(error instanceof ConditionError)) throw error;
      return fail(error.message, 'run/condition');
    }
    if (!ok)
      return notRun(ctx, place, 'NOT_TRIGGERED', 'condition', `condition is false: ${condition}`);
  }
  // A loop's item input is bound per iteration, not before.
  const itemInput = task.parameterIterator?.itemInput ?? task.artifactIterator?.itemInput;
  const missing = missingRequiredInputs(component, inputs.parameters, inputs.artifacts).filter(
    (m) => m !== itemInput,
  );
  if (missing.length > 0) {
    const fromSkipped = inputs.unavailable.filter((u) => missing.includes(u.input));
    if (fromSkipped.length === missing.length) {
      const list = fromSkipped.map((u) => `${u.input} (from ${u.producer})`).join(', ');
      return notRun(
        ctx,
        place,
        'NOT_TRIGGERED',
        'condition',
        `inputs come from tasks that did not run: ${list}`,
      );
    }
    return fail(
      `input ${missing.map((m) => `"${m}"`).join(', ')} has no value and no default`,
      'run/input',
    );
  }
  let record: TaskRecord;
  if (component.dag) {
    record =
      task.parameterIterator || task.artifactIterator
        ? await runLoop(ctx, place, task, component, inputs)
        : await runSubDag(ctx, place, component, inputs);
  } else {
    const executor = ctx.spec.deploymentSpec?.executors?.[component.executorLabel ?? ''];
    if (executor?.container)
      record = await runContainerTask(
        ctx,
        place,
        task,
        component,
        executor.container,
        inputs,
        onCompletion ? new AbortController().signal : ctx.abort.signal,
      );
    else if (executor?.importer)
      record = runImporterTask(ctx, place, component, executor.importer, inputs);
    else if (executor)
      return fail(
        'only container and importer executors can run locally (this one is a resolver or custom job)',
        'run/unsupported',
      );
    else
      return fail(
        `executor "${component.executorLabel ?? ''}" is not in the spec`,
        'run/unsupported',
      );
  }
  if (record.state === 'FAILED' && ctx.failFast && !component.dag) ctx.abort.abort();
  return record;
}

function notRunFailed(ctx: RunContext, place: TaskPlace, error: string, code: string): TaskRecord {
  const record = finishDagTask(
    ctx,
    place,
    ctx.now(),
    'FAILED',
    { parameters: {}, artifacts: {} },
    error,
    code,
  );
  if (ctx.failFast) ctx.abort.abort();
  return record;
}

/** Runs every task of a DAG; resolves when all have ended. */
export async function runDag(
  ctx: RunContext,
  component: ComponentSpec,
  store: IoStore,
  where: DagWhere,
): Promise<DagOutcome> {
  const tasks = component.dag?.tasks ?? {};
  const names = new Set(Object.keys(tasks));
  try {
    topologicalOrder(tasks);
  } catch (error) {
    ctx.logger.error(`${store.path || 'root'}: ${(error as Error).message}`);
    return { failed: true, failedTasks: [...names], outputs: { parameters: {}, artifacts: {} } };
  }
  const running = new Map<string, Promise<TaskRecord>>();
  const start = (name: string): Promise<TaskRecord> => {
    let p = running.get(name);
    if (!p) {
      const task = tasks[name]!;
      const upstream = upstreamOf(task, names);
      p = Promise.all(upstream.map(start)).then(async () => {
        const record = await runTask(ctx, name, task, store, upstream, where);
        store.record(name, record);
        return record;
      });
      running.set(name, p);
    }
    return p;
  };
  await Promise.all([...names].map(start));
  const failedTasks = [...store.tasks]
    .filter(([, r]) => r.state === 'FAILED' || r.state === 'CANCELLED')
    .map(([n]) => n);
  return { failed: failedTasks.length > 0, failedTasks, outputs: dagOutputs(component, store) };
}
