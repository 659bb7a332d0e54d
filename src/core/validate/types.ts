/**
 * Types check, following the KFP SDK's own rules (kfp.dsl.types.type_utils):
 * - a parameter passed to a task has the consumer's parameterType exactly (no int → float);
 *   inputs with a parameterExpressionSelector (loop items' sub-fields) are not comparable and
 *   are skipped, as KFP relaxes them; constants must be JSON values of the declared type;
 * - an artifact passed has a compatible schema: same schemaTitle and major schemaVersion, or
 *   `system.Artifact` on either side, and the same list-ness;
 * - a task's final status only feeds a TASK_FINAL_STATUS (or, before kfp 2.x, STRUCT) input;
 * - every required input of the called component (not optional, no default) is supplied, or is
 *   the item input of the task's loop;
 * - a DAG output has the type of the sub-task output it surfaces (a declared LIST or list of
 *   artifacts may collect single values: `dsl.Collected`), and so has every branch of a OneOf.
 */
import { listComponents } from '../spec/graph.js';
import type { SpecPath } from '../spec/load.js';
import {
  asRecord,
  asString,
  calleeOf,
  componentRefOf,
  definitions,
  entriesOf,
  has,
  type Check,
  type DagScope,
} from './context.js';

const UNSPECIFIED = 'PARAMETER_TYPE_ENUM_UNSPECIFIED';
const GENERIC_ARTIFACT = 'system.Artifact';

interface ArtifactType {
  readonly title?: string;
  readonly version?: string;
  readonly list: boolean;
}

function parameterType(def: unknown): string | undefined {
  const t = asString(asRecord(def)?.parameterType);
  return t === UNSPECIFIED ? undefined : t;
}

function artifactType(def: unknown): ArtifactType | undefined {
  const d = asRecord(def);
  if (!d) return undefined;
  const schema = asRecord(d.artifactType);
  const title = asString(schema?.schemaTitle);
  const version = asString(schema?.schemaVersion);
  return {
    ...(title !== undefined ? { title } : {}),
    ...(version !== undefined ? { version } : {}),
    list: d.isArtifactList === true,
  };
}

function showArtifact(t: ArtifactType): string {
  const name = `${t.title ?? '(custom type)'}${t.version ? `@${t.version}` : ''}`;
  return t.list ? `List[${name}]` : name;
}

/** Same rule as kfp's check_artifact_type_compatibility. */
function artifactsCompatible(given: ArtifactType, expected: ArtifactType): boolean {
  if (given.list !== expected.list) return false;
  if (given.title === undefined || expected.title === undefined) return true;
  if (given.title === GENERIC_ARTIFACT || expected.title === GENERIC_ARTIFACT) return true;
  if (given.title !== expected.title) return false;
  const major = (v: string | undefined) => (v ?? '0').split('.')[0];
  return major(given.version) === major(expected.version);
}

/** Same rule as kfp's check_parameter_type_compatibility: equal types, where a task's final
 * status counts as a STRUCT (kfp treats PipelineTaskFinalStatus as a dict). */
function parametersCompatible(given: string, expected: string): boolean {
  const norm = (t: string) => (t === 'TASK_FINAL_STATUS' ? 'STRUCT' : t);
  return norm(given) === norm(expected);
}

/** Whether a constant fits a parameter type (integers are valid doubles, as in JSON). */
function constantFits(value: unknown, type: string): boolean {
  switch (type) {
    case 'STRING':
      return typeof value === 'string';
    case 'NUMBER_INTEGER':
      return typeof value === 'number' && Number.isInteger(value);
    case 'NUMBER_DOUBLE':
      return typeof value === 'number';
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'LIST':
      return Array.isArray(value);
    case 'STRUCT':
    case 'TASK_CONFIG':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

function calleeDefs(scope: DagScope, task: string) {
  const callee = calleeOf(scope, task);
  return callee
    ? { ref: componentRefOf(scope.tasks[task])!, defs: definitions(callee) }
    : undefined;
}

// A finding's path and wording are built only when there is a finding (not for every input).
const inputPath = (path: SpecPath, kind: 'parameters' | 'artifacts', input: string): SpecPath => [
  ...path,
  'inputs',
  kind,
  input,
];

/** What feeds an input: the enclosing component's input wins over a task's output. */
const feeder = (
  scope: DagScope,
  fromInput: string | undefined,
  producer: string | undefined,
  key: string | undefined,
) =>
  fromInput !== undefined
    ? `input "${fromInput}" of "${scope.owner}"`
    : `output "${key}" of task "${producer}"`;

function checkTaskInputs(
  scope: DagScope,
  name: string,
  task: Record<string, unknown>,
  path: SpecPath,
) {
  const callee = calleeDefs(scope, name);
  if (!callee) return;
  const { ctx } = scope;
  const inputs = asRecord(task.inputs);
  const params = asRecord(inputs?.parameters) ?? {};
  const arts = asRecord(inputs?.artifacts) ?? {};

  for (const [input, spec] of entriesOf(params)) {
    const expected = parameterType(callee.defs.inputParameters[input]);
    if (expected === undefined || has(spec, 'parameterExpressionSelector')) continue;
    let given: string | undefined;
    let producer: string | undefined;
    let key: string | undefined;
    const fromTask = asRecord(spec.taskOutputParameter);
    if (fromTask) {
      producer = asString(fromTask.producerTask);
      key = asString(fromTask.outputParameterKey);
      const p = producer === undefined ? undefined : calleeDefs(scope, producer);
      if (p && key !== undefined) given = parameterType(p.defs.outputParameters[key]);
    }
    const fromInput = asString(spec.componentInputParameter);
    if (fromInput !== undefined) {
      given = parameterType(scope.ownerDefs.inputParameters[fromInput]);
    }

    if (has(spec, 'taskFinalStatus')) {
      if (expected !== 'TASK_FINAL_STATUS' && expected !== 'STRUCT') {
        ctx.report(
          'types/mismatch',
          `input "${input}" of task "${name}" is ${expected}, but it is fed a task's final status, which only a PipelineTaskFinalStatus (TASK_FINAL_STATUS) input accepts`,
          inputPath(path, 'parameters', input),
          { task: name },
        );
      }
      continue;
    }
    const runtime = asRecord(spec.runtimeValue);
    if (runtime && has(runtime, 'constant')) {
      const value = runtime.constant;
      if (value !== null && !constantFits(value, expected)) {
        const shown = JSON.stringify(value) ?? String(value);
        ctx.report(
          'types/mismatch',
          `input "${input}" of task "${name}" is ${expected}, but its constant is ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}`,
          [...inputPath(path, 'parameters', input), 'runtimeValue', 'constant'],
          { task: name },
        );
      }
      continue;
    }
    if (given !== undefined && !parametersCompatible(given, expected)) {
      ctx.report(
        'types/mismatch',
        `input "${input}" of task "${name}" (component "${callee.ref}") is ${expected}, but it is fed ${feeder(scope, fromInput, producer, key)}, which is ${given}`,
        inputPath(path, 'parameters', input),
        { task: name },
      );
    }
  }

  for (const [input, spec] of entriesOf(arts)) {
    const expected = artifactType(callee.defs.inputArtifacts[input]);
    if (!expected) continue;
    let given: ArtifactType | undefined;
    let producer: string | undefined;
    let key: string | undefined;
    const fromTask = asRecord(spec.taskOutputArtifact);
    if (fromTask) {
      producer = asString(fromTask.producerTask);
      key = asString(fromTask.outputArtifactKey);
      const p = producer === undefined ? undefined : calleeDefs(scope, producer);
      if (p && key !== undefined) given = artifactType(p.defs.outputArtifacts[key]);
    }
    const fromInput = asString(spec.componentInputArtifact);
    if (fromInput !== undefined) {
      given = artifactType(scope.ownerDefs.inputArtifacts[fromInput]);
    }
    if (given && !artifactsCompatible(given, expected)) {
      ctx.report(
        'types/mismatch',
        `input artifact "${input}" of task "${name}" (component "${callee.ref}") is ${showArtifact(expected)}, but it is fed ${feeder(scope, fromInput, producer, key)}, which is ${showArtifact(given)}`,
        inputPath(path, 'artifacts', input),
        { task: name },
      );
    }
  }

  // Required inputs: not optional and no default, unless the loop supplies them.
  const loopItems = new Set(
    ['parameterIterator', 'artifactIterator']
      .map((k) => asString(asRecord(task[k])?.itemInput))
      .filter((s): s is string => s !== undefined),
  );
  const missing = (
    kind: 'parameter' | 'artifact',
    defs: Record<string, unknown>,
    given: Record<string, unknown>,
  ) => {
    for (const [input, def] of entriesOf(defs)) {
      if (def.isOptional === true || has(def, 'defaultValue')) continue;
      if (has(given, input) || loopItems.has(input)) continue;
      ctx.report(
        'types/missing-input',
        `task "${name}" does not supply the required input ${kind} "${input}" of component "${callee.ref}" (it has no default and is not optional)`,
        inputs ? [...path, 'inputs'] : path,
        { task: name },
      );
    }
  };
  missing('parameter', callee.defs.inputParameters, params);
  missing('artifact', callee.defs.inputArtifacts, arts);
}

/** DAG outputs the KFP compiler declares as lists (dsl.Collected in a loop body, and the
 * conditions and DAGs that pass a collected value on) accept any producer type. */
function checkDagOutputs(scope: DagScope, dag: Record<string, unknown>, path: SpecPath) {
  const outputs = asRecord(dag.outputs);
  for (const [output, spec] of entriesOf(outputs?.parameters)) {
    const declared = parameterType(scope.ownerDefs.outputParameters[output]);
    if (declared === undefined) continue;
    const single = asRecord(spec.valueFromParameter);
    const oneof = asRecord(spec.valueFromOneof)?.parameterSelectors;
    const selectors: [Record<string, unknown>, SpecPath][] = [];
    const at: SpecPath = [...path, 'outputs', 'parameters', output];
    if (single) selectors.push([single, [...at, 'valueFromParameter']]);
    if (Array.isArray(oneof)) {
      oneof.forEach((s, i) => {
        const r = asRecord(s);
        if (r) selectors.push([r, [...at, 'valueFromOneof', 'parameterSelectors', i]]);
      });
    }
    for (const [sel, selAt] of selectors) {
      const producer = asString(sel.producerSubtask);
      const key = asString(sel.outputParameterKey);
      const p = producer === undefined ? undefined : calleeDefs(scope, producer);
      if (!p || key === undefined) continue;
      const produced = parameterType(p.defs.outputParameters[key]);
      if (produced === undefined) continue;
      if (!parametersCompatible(produced, declared) && declared !== 'LIST') {
        scope.ctx.report(
          'types/mismatch',
          `output "${output}" of "${scope.owner}" is declared ${declared}, but it surfaces output "${key}" of task "${producer}", which gives ${produced}`,
          selAt,
          { task: scope.owner },
        );
      }
    }
  }
  for (const [output, spec] of entriesOf(outputs?.artifacts)) {
    const declared = artifactType(scope.ownerDefs.outputArtifacts[output]);
    if (!declared) continue;
    const selectors = Array.isArray(spec.artifactSelectors) ? spec.artifactSelectors : [];
    selectors.forEach((s, i) => {
      const sel = asRecord(s);
      const producer = asString(sel?.producerSubtask);
      const key = asString(sel?.outputArtifactKey);
      const p = producer === undefined ? undefined : calleeDefs(scope, producer);
      const produced =
        p && key !== undefined ? artifactType(p.defs.outputArtifacts[key]) : undefined;
      if (!produced) return;
      const ok =
        artifactsCompatible(produced, declared) ||
        (declared.list && artifactsCompatible({ ...produced, list: true }, declared));
      if (!ok) {
        scope.ctx.report(
          'types/mismatch',
          `output artifact "${output}" of "${scope.owner}" is declared ${showArtifact(declared)}, but it surfaces output "${key}" of task "${producer}", which gives ${showArtifact(produced)}`,
          [...path, 'outputs', 'artifacts', output, 'artifactSelectors', i],
          { task: scope.owner },
        );
      }
    });
  }
}

export const checkTypes: Check = (ctx) => {
  const components = asRecord(ctx.spec.components) ?? {};
  const entries = listComponents(ctx.spec);
  for (const entry of entries) {
    const component = entry.component as unknown as Record<string, unknown>;
    const dag = asRecord(component.dag);
    if (!dag) continue;
    const scope: DagScope = {
      ctx,
      owner: entry.name,
      ownerDefs: definitions(component),
      tasks: asRecord(dag.tasks) ?? {},
      components,
    };
    const dagPath = [...entry.path, 'dag'];
    for (const [name, task] of entriesOf(scope.tasks)) {
      checkTaskInputs(scope, name, task, [...dagPath, 'tasks', name]);
    }
    checkDagOutputs(scope, dag, dagPath);
  }
};
