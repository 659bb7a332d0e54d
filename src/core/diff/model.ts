/**
 * A compiled pipeline flattened into what matters for review: one record per task (nested DAGs
 * of conditions and loops included, keyed by their path), with the executor it runs, where each
 * input comes from, and the pipeline's parameters. Both the semantic diff and the DAG picture are
 * built on this model; it ignores noise such as key order and `sdkVersion`.
 */
import { stableEmbeddedArchives } from '../spec/embedded-archive.js';
import type {
  ComponentSpec,
  ExecutorSpec,
  PipelineSpec,
  PipelineTaskSpec,
  TaskInputArtifactSpec,
  TaskInputParameterSpec,
} from '../spec/types.js';
import { canonicalJson } from '../spec/digest.js';

export interface ReviewTask {
  /** Unique key: the task names from the root down, joined by `/` (e.g. `condition-1/deploy`). */
  readonly key: string;
  /** The task's own name inside its DAG. */
  readonly name: string;
  /** The name the KFP UI shows (`.set_display_name()`, IR `taskInfo.name`) when not `name`. */
  readonly displayName?: string;
  /** Key of the DAG task this one sits in, when nested. */
  readonly parent?: string;
  readonly component: string;
  readonly kind: 'container' | 'importer' | 'dag' | 'other';
  readonly image?: string;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  /** `NAME=value`, sorted. */
  readonly env: readonly string[];
  /** Canonical text per resource field (`cpuLimit: 4`, `accelerator: …`). */
  readonly resources: Readonly<Record<string, string>>;
  readonly cacheEnabled: boolean;
  /** Canonical text of the retry policy; undefined when none. */
  readonly retry?: string;
  readonly condition?: string;
  /** Canonical text of a loop (`parameterIterator`/`artifactIterator`); undefined when none. */
  readonly iterator?: string;
  /** Input name → where its value comes from, in words. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Keys of the tasks this one waits for. */
  readonly dependencies: readonly string[];
  /** Path of the task in the IR (for `LoadedSpec.locate`). */
  readonly specPath: readonly string[];
  /** Path of its executor in the IR, when it has one. */
  readonly executorPath?: readonly string[];
}

export interface ReviewParameter {
  readonly name: string;
  readonly type: string;
  /** Canonical JSON of the default; undefined when there is none. */
  readonly defaultValue?: string;
  readonly optional: boolean;
}

export interface ReviewModel {
  readonly name: string;
  readonly tasks: ReadonlyMap<string, ReviewTask>;
  readonly parameters: ReadonlyMap<string, ReviewParameter>;
  /** Executor label → image. */
  readonly images: ReadonlyMap<string, string>;
  /** Canonical JSON of the platform document (kfp-kubernetes), when present. */
  readonly platform?: string;
}

function describeParameterSource(
  source: TaskInputParameterSpec,
  atRoot: boolean,
  prefix: string,
): string {
  let text: string;
  if (source.componentInputParameter !== undefined) {
    text = atRoot
      ? `pipeline parameter ${source.componentInputParameter}`
      : `input ${source.componentInputParameter} of the enclosing group`;
  } else if (source.taskOutputParameter) {
    const t = source.taskOutputParameter;
    text = `output ${t.outputParameterKey} of ${prefix}${t.producerTask}`;
  } else if (source.runtimeValue) {
    text = `constant ${canonicalJson(source.runtimeValue.constant ?? null)}`;
  } else if (source.taskFinalStatus) {
    text = `final status of ${prefix}${source.taskFinalStatus.producerTask}`;
  } else {
    text = `unknown source ${canonicalJson(source)}`;
  }
  if (source.parameterExpressionSelector) {
    text += ` (selecting ${source.parameterExpressionSelector})`;
  }
  return text;
}

function describeArtifactSource(
  source: TaskInputArtifactSpec,
  atRoot: boolean,
  prefix: string,
): string {
  if (source.componentInputArtifact !== undefined) {
    return atRoot
      ? `pipeline artifact ${source.componentInputArtifact}`
      : `artifact ${source.componentInputArtifact} of the enclosing group`;
  }
  if (source.taskOutputArtifact) {
    const t = source.taskOutputArtifact;
    return `artifact ${t.outputArtifactKey} of ${prefix}${t.producerTask}`;
  }
  return `unknown source ${canonicalJson(source)}`;
}

function resourcesOf(executor: ExecutorSpec | undefined): Record<string, string> {
  const r = executor?.container?.resources;
  const out: Record<string, string> = {};
  if (!r) return out;
  for (const [key, value] of Object.entries(r)) {
    if (value === undefined || value === null) continue;
    out[key] = typeof value === 'object' ? canonicalJson(value) : String(value);
  }
  return out;
}

function kindOf(component: ComponentSpec | undefined, executor: ExecutorSpec | undefined) {
  if (component?.dag) return 'dag' as const;
  if (executor?.container) return 'container' as const;
  if (executor?.importer) return 'importer' as const;
  return 'other' as const;
}

/** Builds the review model of a compiled pipeline (and its optional platform document). */
export function reviewModel(spec: PipelineSpec, platform?: unknown): ReviewModel {
  const tasks = new Map<string, ReviewTask>();
  const components = spec.components ?? {};
  const executors = spec.deploymentSpec?.executors ?? {};
  const visiting = new Set<string>();

  const walk = (
    dagTasks: Record<string, PipelineTaskSpec>,
    basePath: readonly string[],
    parentKey: string | undefined,
  ) => {
    const prefix = parentKey ? `${parentKey}/` : '';
    for (const name of Object.keys(dagTasks).sort()) {
      const task = dagTasks[name]!;
      const key = `${prefix}${name}`;
      const componentName = task.componentRef?.name ?? '';
      const component = components[componentName];
      const label = component?.executorLabel;
      const executor = label ? executors[label] : undefined;
      const inputs: Record<string, string> = {};
      for (const [input, source] of Object.entries(task.inputs?.parameters ?? {})) {
        inputs[input] = describeParameterSource(source, parentKey === undefined, prefix);
      }
      for (const [input, source] of Object.entries(task.inputs?.artifacts ?? {})) {
        inputs[input] = describeArtifactSource(source, parentKey === undefined, prefix);
      }
      const container = executor?.container;
      const importer = executor?.importer;
      const env = (container?.env ?? []).map((e) => `${e.name}=${e.value}`).sort();
      const iterator = task.parameterIterator ?? task.artifactIterator;
      const shown = task.taskInfo?.name;
      const record: ReviewTask = {
        key,
        name,
        ...(shown && shown !== name ? { displayName: shown } : {}),
        ...(parentKey !== undefined ? { parent: parentKey } : {}),
        component: componentName,
        kind: kindOf(component, executor),
        ...(container?.image !== undefined ? { image: container.image } : {}),
        ...(importer?.artifactUri
          ? { image: `importer of ${canonicalJson(importer.artifactUri)}` }
          : {}),
        // Embedded archives compare by contents (their bytes carry the compile time).
        ...(container?.command ? { command: container.command.map(stableEmbeddedArchives) } : {}),
        ...(container?.args ? { args: container.args.map(stableEmbeddedArchives) } : {}),
        env,
        resources: resourcesOf(executor),
        cacheEnabled: task.cachingOptions?.enableCache === true,
        ...(task.retryPolicy ? { retry: canonicalJson(task.retryPolicy) } : {}),
        ...(task.triggerPolicy?.condition ? { condition: task.triggerPolicy.condition } : {}),
        ...(iterator ? { iterator: canonicalJson(iterator) } : {}),
        inputs,
        dependencies: (task.dependentTasks ?? []).map((d) => `${prefix}${d}`).sort(),
        specPath: [...basePath, name],
        ...(label && executor ? { executorPath: ['deploymentSpec', 'executors', label] } : {}),
      };
      tasks.set(key, record);
      const sub = component?.dag?.tasks;
      if (sub && !visiting.has(componentName)) {
        visiting.add(componentName);
        walk(sub, ['components', componentName, 'dag', 'tasks'], key);
        visiting.delete(componentName);
      }
    }
  };
  walk(spec.root?.dag?.tasks ?? {}, ['root', 'dag', 'tasks'], undefined);

  const parameters = new Map<string, ReviewParameter>();
  for (const [name, p] of Object.entries(spec.root?.inputDefinitions?.parameters ?? {})) {
    parameters.set(name, {
      name,
      type: p.parameterType ?? 'unknown',
      ...(p.defaultValue !== undefined ? { defaultValue: canonicalJson(p.defaultValue) } : {}),
      optional: p.isOptional === true || p.defaultValue !== undefined,
    });
  }
  const images = new Map<string, string>();
  for (const [label, executor] of Object.entries(executors)) {
    if (executor.container?.image !== undefined) images.set(label, executor.container.image);
  }
  return {
    name: spec.pipelineInfo?.name ?? '',
    tasks,
    parameters,
    images,
    ...(platform !== undefined ? { platform: canonicalJson(platform) } : {}),
  };
}
