/**
 * The config `kfp-action init` writes: read from real compiled IR, commented, and accepted by the
 * shipped JSON Schema and the loader (also with hostile names in the IR).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { initCommand } from '../../../src/commands/init.js';
import { describePipeline, renderInitConfig } from '../../../src/core/config/init.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { loadConfig } from '../../../src/core/config/load.js';
import { schemaErrors } from '../../../src/core/config/schema.js';
import {
  ZERO_CONFIG_POLICY,
  zeroConfig,
  zeroConfigPipelines,
} from '../../../src/core/config/zero-config.js';
import { scanPython } from '../../../src/core/compile/scan.js';
import { loadSpecText } from '../../../src/core/spec/load.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';

const root = path.resolve(import.meta.dirname, '../../..');
const ir = (name: string): PipelineSpec => {
  const loaded = loadSpecText(
    readFileSync(path.join(root, 'test/fixtures/kfp-ir', name), 'utf8'),
    name,
  );
  if (!loaded.ok) throw new Error(name);
  return loaded.loaded.spec as unknown as PipelineSpec;
};

/** A compiled pipeline whose evaluation task has a `deploy` output and logs metrics. */
const evaluated: PipelineSpec = {
  pipelineInfo: { name: 'train-eval' },
  schemaVersion: '2.1.0',
  components: {
    'comp-eval': {
      executorLabel: 'exec-eval',
      outputDefinitions: {
        parameters: { should_deploy: { parameterType: 'STRING' } },
        artifacts: { metrics: { artifactType: { schemaTitle: 'system.Metrics' } } },
      },
    },
  },
  root: {
    inputDefinitions: {
      parameters: {
        seed: { parameterType: 'NUMBER_INTEGER', defaultValue: 7 },
        layers: { parameterType: 'LIST', defaultValue: [1, 2] },
        dataset: { parameterType: 'STRING' },
      },
    },
    dag: { tasks: { 'eval-model': { componentRef: { name: 'comp-eval' } } } },
  },
};

function valid(text: string): void {
  expect(schemaErrors(parse(text))).toEqual([]);
  expect(loadConfig(text, 'kfp-action.yaml').diagnostics).toEqual([]);
}

describe('describePipeline', () => {
  it('reads the name, parameters with defaults and the Model output of real IR', () => {
    const p = describePipeline(ir('pipeline_with_resource_spec.yaml'), 'p/train.yaml', undefined);
    expect(p.name).toBe('two-step-pipeline-with-resource-spec');
    expect(p.parameters.map((x) => [x.name, x.defaultValue])).toEqual([
      ['input_location', 'gs://test-bucket/pipeline_root'],
      ['n_epochs', 200],
      ['optimizer', 'sgd'],
    ]);
    expect(p.model).toEqual({ task: 'trainer', output: 'model' });
    expect(p.decision).toBeUndefined();
  });

  it('guesses the decision from an output named like deploy, and finds metrics', () => {
    const p = describePipeline(evaluated, 'train.py', 'train_eval');
    expect(p.decision).toEqual({ task: 'eval-model', output: 'should_deploy' });
    expect(p.metrics).toEqual([{ task: 'eval-model', output: 'metrics' }]);
  });
});

describe('renderInitConfig', () => {
  it('writes a config the shipped schema accepts, with the guesses and the gates commented', () => {
    const text = renderInitConfig([
      describePipeline(ir('pipeline_with_resource_spec.yaml'), 'p/train.yaml', undefined),
      describePipeline(evaluated, 'pipelines/train.py', 'train_eval'),
      { source: 'pipelines/broken.py', parameters: [], metrics: [], note: 'did not compile' },
    ]);
    valid(text);
    const config = parse(text);
    expect(config.policy).toEqual(ZERO_CONFIG_POLICY);
    expect(config.pipelines).toEqual([
      {
        source: 'p/train.yaml',
        name: 'two-step-pipeline-with-resource-spec',
        parameters: {
          input_location: 'gs://test-bucket/pipeline_root',
          n_epochs: 200,
          optimizer: 'sgd',
        },
        model: { task: 'trainer', artifact: 'model' },
      },
      {
        source: 'pipelines/train.py',
        name: 'train-eval',
        function: 'train_eval',
        parameters: { seed: 7, layers: [1, 2] },
        decision: { task: 'eval-model', output: 'should_deploy', deployValues: ['true'] },
      },
      { source: 'pipelines/broken.py' },
    ]);
    expect(text).toContain('# dataset: …  # no default (STRING): every run must pass it');
    expect(text).toContain(
      '#   - { metric: accuracy, task: eval-model, min: 0.9, maxRegression: 0.02 }',
    );
    expect(text).toMatch(/^# vertex:$/m);
  });

  it('stays valid YAML with hostile names from the IR (no line breaks out of a comment)', () => {
    const hostile = structuredClone(evaluated) as PipelineSpec & {
      root: { dag: { tasks: object } };
    };
    hostile.pipelineInfo.name = 'Bad Name\nversion: 2';
    hostile.root.dag = {
      tasks: { 'eval\nversion: 3': { componentRef: { name: 'comp-eval' } } },
    };
    const text = renderInitConfig([describePipeline(hostile, 'a "b".py', undefined)]);
    valid(text);
    const config = parse(text);
    expect(config.version).toBe(1);
    expect(config.pipelines[0].source).toBe('a "b".py');
    expect(config.pipelines[0].name).toBeUndefined();
    expect(config.pipelines[0].decision.task).toBe('eval\nversion: 3');
  });
});

describe('zeroConfig', () => {
  it('one entry per module, selecting outer pipelines by function next to a sub-pipeline', () => {
    const modules = [
      { file: 'a.py', scan: scanPython('from kfp import dsl\n@dsl.pipeline\ndef a(): pass\n') },
      {
        file: 'b.py',
        scan: scanPython(
          'from kfp import dsl\n@dsl.pipeline\ndef inner(): pass\n@dsl.pipeline\ndef outer():\n    inner()\n',
        ),
      },
    ];
    expect(zeroConfigPipelines({ modules, ir: ['c.yaml'] })).toEqual([
      { source: 'a.py' },
      { source: 'b.py', function: 'outer' },
      { source: 'c.yaml' },
    ]);
    const config = zeroConfig({ modules, ir: [] });
    expect(schemaErrors(config)).toEqual([]);
  });
});

describe('initCommand', () => {
  const common = { workingDirectory: '/w', configPath: '/w/kfp-action.yaml', python: 'python3' };
  it('is a CLI command: the action refuses it with a usage error that says where to run it', () => {
    expect(() => initCommand.fromInputs(() => '', common)).toThrow(UserError);
    expect(() => initCommand.fromInputs(() => '', common)).toThrow(/npx kfp-action init/);
  });
  it('reads --force and --dry-run', () => {
    const args = { positionals: [], flags: new Map([['dry-run', ['true']]]) };
    expect(initCommand.fromArgs(args, common)).toEqual({ common, force: false, dryRun: true });
  });
});
