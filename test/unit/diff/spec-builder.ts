/** Small compiled pipelines for diff/policy/report tests, built as data (the shape KFP writes). */
import type { PipelineSpec, PipelineTaskSpec } from '../../../src/core/spec/types.js';

export interface TaskDef {
  image?: string;
  command?: string[];
  after?: string[];
  inputs?: PipelineTaskSpec['inputs'];
  cache?: boolean;
  retry?: number;
  condition?: string;
  cpuLimit?: number;
  memoryLimit?: number;
}

export function buildSpec(
  name: string,
  tasks: Record<string, TaskDef>,
  parameters: Record<string, { type?: string; default?: unknown }> = {},
): PipelineSpec {
  const spec: PipelineSpec = {
    pipelineInfo: { name },
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.17.3',
    components: {},
    deploymentSpec: { executors: {} },
    root: {
      dag: { tasks: {} },
      inputDefinitions: {
        parameters: Object.fromEntries(
          Object.entries(parameters).map(([p, d]) => [
            p,
            {
              parameterType: (d.type ?? 'STRING') as 'STRING',
              ...(d.default !== undefined ? { defaultValue: d.default, isOptional: true } : {}),
            },
          ]),
        ),
      },
    },
  };
  for (const [task, def] of Object.entries(tasks)) {
    spec.components![`comp-${task}`] = { executorLabel: `exec-${task}` };
    spec.deploymentSpec!.executors![`exec-${task}`] = {
      container: {
        image: def.image ?? 'python:3.11',
        command: def.command ?? ['python', '-c', 'print(1)'],
        ...(def.cpuLimit || def.memoryLimit
          ? {
              resources: {
                ...(def.cpuLimit ? { cpuLimit: def.cpuLimit } : {}),
                ...(def.memoryLimit ? { memoryLimit: def.memoryLimit } : {}),
              },
            }
          : {}),
      },
    };
    spec.root.dag!.tasks![task] = {
      taskInfo: { name: task },
      componentRef: { name: `comp-${task}` },
      cachingOptions: { enableCache: def.cache ?? true },
      ...(def.after ? { dependentTasks: def.after } : {}),
      ...(def.inputs ? { inputs: def.inputs } : {}),
      ...(def.retry !== undefined ? { retryPolicy: { maxRetryCount: def.retry } } : {}),
      ...(def.condition ? { triggerPolicy: { condition: def.condition } } : {}),
    };
  }
  return spec;
}
