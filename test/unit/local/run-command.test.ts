/** The run command over a fake LocalRunner: outputs, report file, annotations, exit codes. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseParamFlags, runCommand, type RunSettings } from '../../../src/commands/run.js';
import type { RunResult } from '../../../src/core/result/model.js';
import type { LocalRunOptions } from '../../../src/ports/local-runner.js';
import type { Deps } from '../../../src/ports/deps.js';

import { nullLogger } from '../../../src/ports/logger.js';
import { breastCancerRun } from '../../support/run-result/fixtures.js';
import { recordingEdge } from '../../support/recorders.js';
import { fileWorkspace } from '../../../src/adapters/workspace/index.js';

let dir: string;
const ir = {
  pipelineInfo: { name: 'breast-cancer-xgboost' },
  schemaVersion: '2.1.0',
  sdkVersion: 'kfp-2.17.3',
  components: { 'comp-a': { executorLabel: 'exec-a' } },
  deploymentSpec: {
    executors: { 'exec-a': { container: { image: 'python:3.11', command: ['true'] } } },
  },
  root: {
    dag: { tasks: { a: { taskInfo: { name: 'a' }, componentRef: { name: 'comp-a' } } } },
    inputDefinitions: {
      parameters: { threshold: { parameterType: 'NUMBER_DOUBLE', defaultValue: 0.5 } },
    },
  },
};
const config = `version: 1
pipelines:
  - source: pipeline.json
    parameters: { threshold: 0.9 }
    decision: { task: eval-model, output: deploy }
    gates:
      - { metric: accuracy, min: 0.95 }
    model: { task: train-model }
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kfp-run-command-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pipeline.json'), JSON.stringify(ir));
  writeFileSync(path.join(dir, 'kfp-action.yaml'), config);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(result: RunResult, kind: 'action' | 'cli' = 'action') {
  const edge = recordingEdge(kind);
  const calls: LocalRunOptions[] = [];
  const deps = {
    logger: nullLogger,
    edge,
    env: {},
    workspace: fileWorkspace,
    localRunner: async () => ({
      run: async (options: LocalRunOptions) => {
        calls.push(options);
        const runDir = path.join(options.outputDir, 'runs', result.jobName);
        mkdirSync(runDir, { recursive: true });
        return { result, runDir };
      },
    }),
    compiler: async () => {
      throw new Error('no Python source here');
    },
  } as unknown as Deps;
  const settings: RunSettings = runCommand.fromArgs(
    { positionals: [], flags: new Map([['param', ['threshold=0.8']]]) },
    {
      workingDirectory: dir,
      configPath: path.join(dir, 'kfp-action.yaml'),
      python: '/usr/bin/python3',
    },
  );
  return { edge, calls, deps, settings };
}

describe('run command', () => {
  it('runs the config pipeline with its parameters under the flags, and sets every output', async () => {
    const { edge, calls, deps, settings } = setup(breastCancerRun());
    expect(await runCommand.run(settings, deps)).toBe(0);
    expect(calls[0]).toMatchObject({
      parameters: { threshold: '0.8' },
      cacheMode: 'compiled',
      failFast: false,
    });
    expect(calls[0]!.parallelism).toBeGreaterThan(0);
    expect(edge.outputs).toMatchObject({
      'job-state': 'SUCCEEDED',
      decision: 'deploy',
      metrics: '{"accuracy":0.971,"auc":0.994}',
      'model-artifact-uri': '/run/model',
    });
    const report = readFileSync(path.join(dir, edge.outputs['report-path']!), 'utf8');
    expect(report).toContain('decision: **deploy** ✅');
    expect(edge.summaries).toEqual([report]);
    expect(edge.printed[0]).toContain('Decision: DEPLOY');
  });

  it('--strict-packages and --gcs-dir reach the runner; the action takes them as inputs', async () => {
    const { calls, deps } = setup(breastCancerRun());
    const common = {
      workingDirectory: dir,
      configPath: path.join(dir, 'kfp-action.yaml'),
      python: '/usr/bin/python3',
    };
    const fromFlags = runCommand.fromArgs(
      {
        positionals: [],
        flags: new Map([
          ['strict-packages', ['true']],
          ['gcs-dir', ['gcs']],
          ['pipeline', ['breast-cancer-xgboost']],
        ]),
      },
      common,
    );
    expect(fromFlags).toMatchObject({
      strictPackages: true,
      gcsDir: 'gcs',
      pipeline: 'breast-cancer-xgboost',
    });
    expect(await runCommand.run(fromFlags, deps)).toBe(0);
    expect(calls[0]).toMatchObject({ strictPackages: true, gcsDir: 'gcs' });
    const inputs: Record<string, string> = { 'strict-packages': 'true', 'gcs-dir': ' gcs ' };
    const fromInputs = runCommand.fromInputs((name) => inputs[name] ?? '', common);
    expect(fromInputs).toMatchObject({ strictPackages: true, gcsDir: 'gcs' });
    expect(fromInputs.pipeline).toBeUndefined();
  });

  it('a failed task fails the command and is annotated with its code', async () => {
    const failed = breastCancerRun(
      { state: 'FAILED' },
      {
        state: 'FAILED',
        error: 'exited with code 1\nTraceback\nValueError: bad data',
        errorCode: 'run/task-failed',
      },
    );
    const { edge, deps, settings } = setup(failed);
    expect(await runCommand.run(settings, deps)).toBe(1);
    expect(edge.outputs.decision).toBe('hold');
    expect(edge.diagnostics).toEqual([
      expect.objectContaining({
        code: 'run/task-failed',
        task: 'eval-model',
        message: expect.stringMatching(
          /^task eval-model failed: ValueError: bad data; its log is in /,
        ),
      }),
    ]);
  });
});

describe('--param', () => {
  it('keeps text for the spec to convert, parses JSON lists and objects, names bad ones', () => {
    expect(parseParamFlags(['a=1', 'b=x=y', 'c=[1, 2]', 'd={"k": true}', 'e='])).toEqual({
      a: '1',
      b: 'x=y',
      c: [1, 2],
      d: { k: true },
      e: '',
    });
    expect(() => parseParamFlags(['novalue'])).toThrow(/--param needs name=value, got "novalue"/);
    expect(() => parseParamFlags(['x=[1,'])).toThrow(/cannot be read as JSON/);
    const hostile = parseParamFlags(['__proto__={"polluted": true}']);
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
    expect(Object.keys(hostile)).toEqual(['__proto__']);
  });
});
