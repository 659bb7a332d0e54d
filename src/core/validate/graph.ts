/**
 * Graph check: every reference in the pipeline resolves, and no DAG has a cycle.
 * - tasks: componentRef → components; producerTask → a task of the same DAG; output keys → the
 *   producer component's outputs; componentInput… → the enclosing component's inputs;
 *   dependentTasks → tasks of the same DAG; iterators → the task's and the callee's inputs.
 *   (A task may pass inputs its component does not declare: the compiler passes
 *   `pipelinechannel--…` values that only conditions and resource fields read.)
 * - components: executorLabel → deploymentSpec.executors; a component is a DAG or an executor;
 * - DAG outputs → real outputs of real sub-tasks, and declared in outputDefinitions.
 */
import { listComponents, topologicalOrder } from '../spec/graph.js';
import type { SpecPath } from '../spec/load.js';
import {
  asRecord,
  asString,
  calleeOf,
  componentRefOf,
  definitions,
  entriesOf,
  has,
  nameList,
  type Check,
  type DagScope,
} from './context.js';

// The checks below take the input's path and the fields under it (constant arrays), and build
// the finding's path only when they report: a new path array for every field they look at was
// a large part of a big pipeline's allocations.
const PARAMETER_PRODUCER = ['taskOutputParameter', 'producerTask'] as const;
const PARAMETER_KEY = ['taskOutputParameter', 'outputParameterKey'] as const;
const STATUS_PRODUCER = ['taskFinalStatus', 'producerTask'] as const;
const ARTIFACT_PRODUCER = ['taskOutputArtifact', 'producerTask'] as const;
const ARTIFACT_KEY = ['taskOutputArtifact', 'outputArtifactKey'] as const;
const SUBTASK = ['producerSubtask'] as const;
const SUBTASK_KEY = {
  parameter: ['outputParameterKey'],
  artifact: ['outputArtifactKey'],
} as const;

function checkProducer(
  scope: DagScope,
  consumer: string,
  producer: string | undefined,
  at: SpecPath,
  tail: readonly string[],
): boolean {
  if (producer === undefined) return false;
  if (!has(scope.tasks, producer)) {
    scope.ctx.report(
      'graph/dangling-producer',
      `task "${consumer}" takes an input from task "${producer}", which is not a task of the DAG of "${scope.owner}" (its tasks: ${nameList(Object.keys(scope.tasks))})`,
      [...at, ...tail],
      { task: consumer },
    );
    return false;
  }
  // A task reading its own output is a cycle; the cycle check reports it once.
  return producer !== consumer;
}

function checkOutputKey(
  scope: DagScope,
  consumer: string,
  producer: string,
  key: string | undefined,
  kind: 'parameter' | 'artifact',
  at: SpecPath,
  tail: readonly string[],
): void {
  const callee = calleeOf(scope, producer);
  if (!callee || key === undefined) return;
  const defs = definitions(callee);
  const own = kind === 'parameter' ? defs.outputParameters : defs.outputArtifacts;
  if (has(own, key)) return;
  const other = kind === 'parameter' ? defs.outputArtifacts : defs.outputParameters;
  const ref = componentRefOf(scope.tasks[producer]);
  const hint = has(other, key)
    ? `; "${key}" is an output ${kind === 'parameter' ? 'artifact' : 'parameter'}, not an output ${kind}`
    : `; its output ${kind}s: ${nameList(Object.keys(own))}`;
  scope.ctx.report(
    'graph/unknown-output',
    `"${consumer}" reads output ${kind} "${key}" of task "${producer}", but component "${ref}" has no such output${hint}`,
    [...at, ...tail],
    { task: consumer },
  );
}

function checkComponentInput(
  scope: DagScope,
  task: string,
  name: string | undefined,
  kind: 'parameter' | 'artifact',
  at: SpecPath,
): void {
  if (name === undefined) return;
  const own =
    kind === 'parameter' ? scope.ownerDefs.inputParameters : scope.ownerDefs.inputArtifacts;
  if (has(own, name)) return;
  const other =
    kind === 'parameter' ? scope.ownerDefs.inputArtifacts : scope.ownerDefs.inputParameters;
  const hint = has(other, name)
    ? `; "${name}" is an input ${kind === 'parameter' ? 'artifact' : 'parameter'} there`
    : `; its input ${kind}s: ${nameList(Object.keys(own))}`;
  scope.ctx.report(
    'graph/unknown-component-input',
    `task "${task}" reads input ${kind} "${name}" of the enclosing component "${scope.owner}", which does not define it${hint}`,
    [...at, kind === 'parameter' ? 'componentInputParameter' : 'componentInputArtifact'],
    { task },
  );
}

function checkTask(scope: DagScope, name: string, task: Record<string, unknown>, path: SpecPath) {
  const { ctx } = scope;
  const refName = componentRefOf(task);
  if (refName === undefined) {
    ctx.report(
      'graph/missing-component-ref',
      `task "${name}" has no componentRef.name; every task must call a component`,
      path,
      { task: name },
    );
  } else if (!asRecord(scope.components[refName])) {
    ctx.report(
      'graph/unknown-component',
      `task "${name}" calls component "${refName}", which is not defined under "components" (defined: ${nameList(Object.keys(scope.components))})`,
      [...path, 'componentRef', 'name'],
      { task: name },
    );
  }
  const callee = refName === undefined ? undefined : asRecord(scope.components[refName]);
  const calleeDefs = callee ? definitions(callee) : undefined;
  const inputs = asRecord(task.inputs);

  for (const [input, spec] of entriesOf(inputs?.parameters)) {
    const at: SpecPath = [...path, 'inputs', 'parameters', input];
    // Tasks may pass more inputs than the component declares: the KFP compiler passes
    // `pipelinechannel--…` values that only conditions and resource fields read.
    const fromTask = asRecord(spec.taskOutputParameter);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      if (checkProducer(scope, name, producer, at, PARAMETER_PRODUCER)) {
        const key = asString(fromTask.outputParameterKey);
        checkOutputKey(scope, name, producer!, key, 'parameter', at, PARAMETER_KEY);
      }
    }
    checkComponentInput(scope, name, asString(spec.componentInputParameter), 'parameter', at);
    const status = asRecord(spec.taskFinalStatus);
    if (status) {
      checkProducer(scope, name, asString(status.producerTask), at, STATUS_PRODUCER);
    }
  }

  for (const [input, spec] of entriesOf(inputs?.artifacts)) {
    const at: SpecPath = [...path, 'inputs', 'artifacts', input];
    const fromTask = asRecord(spec.taskOutputArtifact);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      if (checkProducer(scope, name, producer, at, ARTIFACT_PRODUCER)) {
        const key = asString(fromTask.outputArtifactKey);
        checkOutputKey(scope, name, producer!, key, 'artifact', at, ARTIFACT_KEY);
      }
    }
    checkComponentInput(scope, name, asString(spec.componentInputArtifact), 'artifact', at);
  }

  const deps = task.dependentTasks;
  if (Array.isArray(deps)) {
    deps.forEach((dep, i) => {
      if (typeof dep === 'string' && !has(scope.tasks, dep)) {
        ctx.report(
          'graph/dangling-dependency',
          `task "${name}" runs after task "${dep}", which is not a task of the DAG of "${scope.owner}" (its tasks: ${nameList(Object.keys(scope.tasks))})`,
          [...path, 'dependentTasks', i],
          { task: name },
        );
      }
    });
  }

  checkIterator(scope, name, task, path, calleeDefs);
  checkCondition(scope, name, task, path);
}

/** `inputs.parameter_values['x']` / `inputs.artifacts['x']` in a trigger condition (CEL). */
const CONDITION_REFERENCE =
  /inputs\.(parameter_values|parameters|artifacts)\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/g;

/** A condition can only read the task's own inputs; anything else fails when the task is due. */
function checkCondition(
  scope: DagScope,
  name: string,
  task: Record<string, unknown>,
  path: SpecPath,
): void {
  const condition = asString(asRecord(task.triggerPolicy)?.condition);
  if (condition === undefined) return;
  const inputs = asRecord(task.inputs);
  for (const m of condition.matchAll(CONDITION_REFERENCE)) {
    const kind = m[1] === 'artifacts' ? 'artifacts' : 'parameters';
    const input = (m[2] ?? m[3])!;
    const own = asRecord(inputs?.[kind]) ?? {};
    if (has(own, input)) continue;
    scope.ctx.report(
      'graph/unknown-condition-input',
      `the condition of task "${name}" reads input ${kind.slice(0, -1)} "${input}", which the task does not take (its input ${kind}: ${nameList(Object.keys(own))})`,
      [...path, 'triggerPolicy', 'condition'],
      { task: name },
    );
  }
}

function checkIterator(
  scope: DagScope,
  name: string,
  task: Record<string, unknown>,
  path: SpecPath,
  calleeDefs: ReturnType<typeof definitions> | undefined,
): void {
  const inputs = asRecord(task.inputs);
  const kinds = [
    ['parameterIterator', 'inputParameter', 'parameters', 'inputParameters'],
    ['artifactIterator', 'inputArtifact', 'artifacts', 'inputArtifacts'],
  ] as const;
  for (const [field, itemsKey, inputKind, defKind] of kinds) {
    const iterator = asRecord(task[field]);
    if (!iterator) continue;
    const source = asString(asRecord(iterator.items)?.[itemsKey]);
    if (source !== undefined && !has(asRecord(inputs?.[inputKind]), source)) {
      scope.ctx.report(
        'graph/unknown-iterator-input',
        `task "${name}" loops over input "${source}", but the task has no input ${inputKind.slice(0, -1)} of that name`,
        [...path, field, 'items', itemsKey],
        { task: name },
      );
    }
    const item = asString(iterator.itemInput);
    if (item !== undefined && calleeDefs && !has(calleeDefs[defKind], item)) {
      scope.ctx.report(
        'graph/unknown-iterator-input',
        `task "${name}" passes each loop item as "${item}", but its component has no input ${inputKind.slice(0, -1)} of that name`,
        [...path, field, 'itemInput'],
        { task: name },
      );
    }
  }
}

function checkDagOutputs(scope: DagScope, dag: Record<string, unknown>, path: SpecPath): void {
  const outputs = asRecord(dag.outputs);
  const selector = (
    consumer: string,
    sel: Record<string, unknown>,
    kind: 'parameter' | 'artifact',
    at: SpecPath,
  ) => {
    const producer = asString(sel.producerSubtask);
    const keyField = kind === 'parameter' ? 'outputParameterKey' : 'outputArtifactKey';
    if (checkProducer(scope, consumer, producer, at, SUBTASK)) {
      const key = asString(sel[keyField]);
      checkOutputKey(scope, consumer, producer!, key, kind, at, SUBTASK_KEY[kind]);
    }
  };
  const label = `output of "${scope.owner}"`;
  for (const [output, spec] of entriesOf(outputs?.parameters)) {
    const at: SpecPath = [...path, 'outputs', 'parameters', output];
    if (!has(scope.ownerDefs.outputParameters, output)) {
      scope.ctx.report(
        'graph/undeclared-dag-output',
        `the DAG of "${scope.owner}" sets output parameter "${output}", which its outputDefinitions do not declare`,
        at,
        { task: scope.owner },
      );
    }
    const single = asRecord(spec.valueFromParameter);
    if (single) selector(label, single, 'parameter', [...at, 'valueFromParameter']);
    const oneof = asRecord(spec.valueFromOneof)?.parameterSelectors;
    if (Array.isArray(oneof)) {
      oneof.forEach((s, i) => {
        const sel = asRecord(s);
        if (sel)
          selector(label, sel, 'parameter', [...at, 'valueFromOneof', 'parameterSelectors', i]);
      });
    }
  }
  for (const [output, spec] of entriesOf(outputs?.artifacts)) {
    const at: SpecPath = [...path, 'outputs', 'artifacts', output];
    if (!has(scope.ownerDefs.outputArtifacts, output)) {
      scope.ctx.report(
        'graph/undeclared-dag-output',
        `the DAG of "${scope.owner}" sets output artifact "${output}", which its outputDefinitions do not declare`,
        at,
        { task: scope.owner },
      );
    }
    const selectors = spec.artifactSelectors;
    if (Array.isArray(selectors)) {
      selectors.forEach((s, i) => {
        const sel = asRecord(s);
        if (sel) selector(label, sel, 'artifact', [...at, 'artifactSelectors', i]);
      });
    }
  }
  // Every declared output of a DAG component must be wired to a sub-task's output.
  const bound = (kind: 'parameters' | 'artifacts') => asRecord(outputs?.[kind]) ?? {};
  const declared = [
    ['parameter', scope.ownerDefs.outputParameters, bound('parameters')],
    ['artifact', scope.ownerDefs.outputArtifacts, bound('artifacts')],
  ] as const;
  for (const [kind, defs, wired] of declared) {
    for (const output of Object.keys(defs)) {
      if (!has(wired, output)) {
        scope.ctx.report(
          'graph/unbound-dag-output',
          `component "${scope.owner}" declares output ${kind} "${output}", but its DAG does not say which task produces it (add it under dag.outputs.${kind}s)`,
          [...path.slice(0, -1), 'outputDefinitions', `${kind}s`, output],
          { task: scope.owner },
        );
      }
    }
  }
}

export const checkGraph: Check = (ctx) => {
  const components = asRecord(ctx.spec.components) ?? {};
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  for (const entry of listComponents(ctx.spec)) {
    const component = entry.component as unknown as Record<string, unknown>;
    const dag = asRecord(component.dag);
    const label = component.executorLabel;
    if (!dag && label === undefined) {
      ctx.report(
        'graph/no-implementation',
        `component "${entry.name}" has neither a dag nor an executorLabel; it cannot run`,
        entry.path,
        { task: entry.name },
      );
    }
    if (typeof label === 'string' && !has(executors, label)) {
      ctx.report(
        'graph/unknown-executor',
        `component "${entry.name}" uses executor "${label}", which deploymentSpec.executors does not define (defined: ${nameList(Object.keys(executors))})`,
        [...entry.path, 'executorLabel'],
        { task: entry.name },
      );
    }
    if (!dag) continue;
    const tasks = asRecord(dag.tasks) ?? {};
    const scope: DagScope = {
      ctx,
      owner: entry.name,
      ownerDefs: definitions(component),
      tasks,
      components,
    };
    const dagPath = [...entry.path, 'dag'];
    for (const [name, task] of entriesOf(tasks)) {
      checkTask(scope, name, task, [...dagPath, 'tasks', name]);
    }
    const { cycle } = topologicalOrder(dag);
    if (cycle) {
      const message =
        cycle.length === 2
          ? `task "${cycle[0]}" of "${entry.name}" depends on itself; it can never start`
          : `tasks of "${entry.name}" depend on each other in a cycle: ${cycle.join(' → ')}; no task of a cycle can ever start`;
      ctx.report('graph/cycle', message, [...dagPath, 'tasks', cycle[0]!], { task: cycle[0]! });
    }
    checkDagOutputs(scope, dag, dagPath);
  }
};
