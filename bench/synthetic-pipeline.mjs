// Synthetic compiled IR of any size, shaped like what the KFP compiler writes: every task calls
// one of three components, takes a parameter from the task before it and an artifact from the
// task half-way back (so the graph has long and short edges), and uses placeholders.
import { stringify } from 'yaml';

const component = (n) => ({
  executorLabel: `exec-step-${n}`,
  inputDefinitions: {
    artifacts: {
      data: {
        artifactType: { schemaTitle: 'system.Dataset', schemaVersion: '0.0.1' },
        isOptional: true,
      },
    },
    parameters: { x: { parameterType: 'NUMBER_INTEGER' } },
  },
  outputDefinitions: {
    artifacts: {
      data_out: { artifactType: { schemaTitle: 'system.Dataset', schemaVersion: '0.0.1' } },
    },
    parameters: { Output: { parameterType: 'NUMBER_INTEGER' } },
  },
});

const executor = (n) => ({
  container: {
    image: 'python:3.11',
    command: ['python3', '-m', 'step'],
    args: [
      '--x',
      "{{$.inputs.parameters['x']}}",
      '{"IfPresent": {"InputName": "data", "Then": ["--data", "{{$.inputs.artifacts[\'data\'].path}}"]}}',
      '--out',
      "{{$.outputs.artifacts['data_out'].path}}",
      '--result',
      "{{$.outputs.parameters['Output'].output_file}}",
      `--variant=${n}`,
    ],
  },
});

/** A PipelineSpec object with `tasks` tasks. `lean`: no caching options and no artifact input
 * (about half the bytes per task), so that 50,000 tasks fit under the 16 MiB input cap. */
export function syntheticPipeline(tasks, { lean = false } = {}) {
  const dagTasks = {};
  for (let i = 0; i < tasks; i++) {
    const name = `step-${i}`;
    const inputs =
      i === 0
        ? { parameters: { x: { componentInputParameter: 'n' } } }
        : {
            parameters: {
              x: {
                taskOutputParameter: {
                  producerTask: `step-${i - 1}`,
                  outputParameterKey: 'Output',
                },
              },
            },
            ...(lean
              ? {}
              : {
                  artifacts: {
                    data: {
                      taskOutputArtifact: {
                        producerTask: `step-${Math.floor(i / 2)}`,
                        outputArtifactKey: 'data_out',
                      },
                    },
                  },
                }),
          };
    dagTasks[name] = {
      ...(lean ? {} : { cachingOptions: { enableCache: true } }),
      componentRef: { name: `comp-step-${i % 3}` },
      ...(i > 0 ? { dependentTasks: [`step-${i - 1}`] } : {}),
      inputs,
      taskInfo: { name },
    };
  }
  return {
    components: Object.fromEntries([0, 1, 2].map((n) => [`comp-step-${n}`, component(n)])),
    deploymentSpec: {
      executors: Object.fromEntries([0, 1, 2].map((n) => [`exec-step-${n}`, executor(n)])),
    },
    pipelineInfo: { name: `synthetic-${tasks}` },
    root: {
      dag: { tasks: dagTasks },
      inputDefinitions: {
        parameters: { n: { defaultValue: 1, isOptional: true, parameterType: 'NUMBER_INTEGER' } },
      },
    },
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.17.3',
  };
}

/** The pipeline as YAML, the way the KFP compiler writes it (block style, sorted keys). */
export function syntheticYaml(tasks, options = {}) {
  return stringify(syntheticPipeline(tasks, options), { sortMapEntries: true, lineWidth: 0 });
}
