import { describe, expect, it } from '@jest/globals';
import { buildExecutorInput } from '../../../src/local/executor-input.js';
import {
  PlaceholderError,
  resolveCommand,
  resolveSelfReferences,
  type PlaceholderContext,
} from '../../../src/local/placeholders.js';
import type { ComponentSpec } from '../../../src/core/spec/types.js';

const component: ComponentSpec = {
  executorLabel: 'exec-x',
  inputDefinitions: {
    parameters: {
      text: { parameterType: 'STRING' },
      count: { parameterType: 'NUMBER_INTEGER', defaultValue: 3 },
      optional_input: { parameterType: 'STRING', isOptional: true },
      config: { parameterType: 'STRUCT' },
    },
    artifacts: { data: { artifactType: { schemaTitle: 'system.Dataset' } } },
  },
  outputDefinitions: {
    parameters: { output_path: { parameterType: 'STRING' } },
    artifacts: { model: { artifactType: { schemaTitle: 'system.Model' } } },
  },
};

function ctx(parameters: Record<string, unknown>): PlaceholderContext {
  const ei = buildExecutorInput(
    component,
    parameters as never,
    {
      data: [
        {
          name: 'data',
          type: { schemaTitle: 'system.Dataset' },
          uri: '/in/data',
          metadata: { rows: 10 },
        },
      ],
    },
    '/run/tasks/t',
  );
  return {
    executorInput: ei,
    jobName: 'job-1',
    jobId: 'job-1',
    taskName: 't',
    taskId: 'job-1-7',
    pipelineRoot: '/run',
    workspacePath: '/run/workspace',
    createTime: '2026-11-26T10:00:00.000Z',
  };
}

describe('resolveCommand', () => {
  it('fills {{$}} with the executor input as JSON', () => {
    const c = ctx({ text: 'hi', config: { a: 1 } });
    const [, json] = resolveCommand(['prog', '{{$}}'], c);
    expect(JSON.parse(json!)).toEqual(c.executorInput);
    expect(c.executorInput.inputs.parameterValues.count).toBe(3);
  });
  it('input and output references: parameters, artifacts (uri, path, metadata), output files', () => {
    const argv = resolveCommand(
      [
        "{{$.inputs.parameters['text']}}",
        "{{$.inputs.parameters['count']}}",
        "{{$.inputs.parameters['config']}}",
        "{{$.inputs.artifacts['data'].path}}",
        "{{$.inputs.artifacts['data'].uri}}",
        "{{$.inputs.artifacts['data'].metadata}}",
        "{{$.outputs.artifacts['model'].path}}",
        "{{$.outputs.parameters['output_path'].output_file}}",
        '{{$.outputs.output_file}}',
        'job={{$.pipeline_job_name}} task={{$.pipeline_task_name}} root={{$.pipeline_root}}',
      ],
      ctx({ text: 'hi', config: { a: 1 } }),
    );
    expect(argv).toEqual([
      'hi',
      '3',
      '{"a":1}',
      '/in/data',
      '/in/data',
      '{"rows":10}',
      '/run/tasks/t/artifacts/model',
      '/run/tasks/t/outputs/output_path',
      '/run/tasks/t/executor_output.json',
      'job=job-1 task=t root=/run',
    ]);
  });
  it('Concat joins; IfPresent adds Then when the input is given and Else when not', () => {
    const concat = `{"Concat": ["prefix-", "{{$.inputs.parameters['text']}}", "-", "{{$.outputs.artifacts['model'].uri}}"]}`;
    const ifPresent = `{"IfPresent": {"InputName": "optional_input", "Then": ["--opt", "{{$.inputs.parameters['optional_input']}}"], "Else": ["bye"]}}`;
    const ifNoElse = `{"IfPresent": {"InputName": "optional_input", "Then": ["--opt"]}}`;
    expect(
      resolveCommand(['p', concat, ifPresent, ifNoElse], ctx({ text: 'x', config: {} })),
    ).toEqual(['p', 'prefix-x-/run/tasks/t/artifacts/model', 'bye']);
    expect(
      resolveCommand([ifPresent, ifNoElse], ctx({ text: 'x', config: {}, optional_input: 'v' })),
    ).toEqual(['--opt', 'v', '--opt']);
  });
  it('nested Concat inside IfPresent', () => {
    const nested = `{"IfPresent": {"InputName": "text", "Then": {"Concat": ["--text=", "{{$.inputs.parameters['text']}}"]}}}`;
    expect(resolveCommand([nested], ctx({ text: 'a b', config: {} }))).toEqual(['--text=a b']);
  });
  it('f-string inputs that reference other inputs are resolved first', () => {
    const c = ctx({ text: "{{$.inputs.parameters['config']}}-suffix", config: { k: 'v' } });
    const resolved = resolveSelfReferences(c);
    expect(resolved.inputs.parameterValues.text).toBe('{"k":"v"}-suffix');
  });
  it('an unknown or unresolvable placeholder is an error naming it', () => {
    expect(() =>
      resolveCommand(['{{$.pipeline_google_cloud_project_id}}'], ctx({ text: '', config: {} })),
    ).toThrow(/unsupported placeholder \{\{\$\.pipeline_google_cloud_project_id\}\}/);
    expect(() =>
      resolveCommand(["{{$.inputs.parameters['optional_input']}}"], ctx({ text: '', config: {} })),
    ).toThrow(PlaceholderError);
    expect(() => resolveCommand(['{"Concat": [oops'], ctx({ text: '', config: {} }))).toThrow(
      /not valid JSON/,
    );
  });
});
