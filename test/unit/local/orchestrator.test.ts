/**
 * The orchestrator over a fake TaskHandler: scheduling order and parallelism, failure policies,
 * retries, cache, conditions, loops with collected outputs and exit handlers — no processes.
 * The fake reads the executor input from argv like a real component and writes its outputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/diagnostics.js';
import type {
  ComponentSpec,
  PipelineSpec,
  PipelineTaskSpec,
} from '../../../src/core/spec/types.js';
import { FileTaskCache, noCache, type TaskCache } from '../../../src/local/cache.js';
import type { ExecutorInput } from '../../../src/local/executor-input.js';
import { runPipelineLocally } from '../../../src/local/orchestrator.js';
import type { LocalRunOptions } from '../../../src/ports/local-runner.js';
import { silentProgress } from '../../../src/local/progress.js';
import type {
  TaskHandler,
  TaskProcessOutcome,
  TaskProcessRequest,
} from '../../../src/local/task-handler.js';
import { nullLogger } from '../../../src/ports/logger.js';

interface Behaviour {
  exit?: number;
  delayMs?: number;
  outputs?: Record<string, string>;
  metadata?: Record<string, Record<string, unknown>>;
}
type Behave = (task: string, ei: ExecutorInput, attempt: number) => Behaviour;

class FakeHandler implements TaskHandler {
  active = 0;
  maxActive = 0;
  readonly started: string[] = [];
  readonly inputs = new Map<string, ExecutorInput>();
  constructor(private readonly behave: Behave = () => ({})) {}

  async run(req: TaskProcessRequest): Promise<TaskProcessOutcome> {
    const ei = JSON.parse(req.argv[1]!) as ExecutorInput;
    const task = req.argv[2]!;
    const attempt = this.started.filter((t) => t === task).length + 1;
    this.started.push(task);
    this.inputs.set(task, ei);
    const b = this.behave(task, ei, attempt);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    const aborted = await new Promise<boolean>((resolve) => {
      if (req.signal.aborted) return resolve(true);
      const t = setTimeout(() => resolve(false), b.delayMs ?? 5);
      req.signal.addEventListener('abort', () => (clearTimeout(t), resolve(true)), { once: true });
    });
    this.active--;
    if (aborted) return { exitCode: null, aborted: true, tail: '' };
    for (const [name, value] of Object.entries(b.outputs ?? {})) {
      writeFileSync(ei.outputs.parameters[name]!.outputFile, value);
    }
    if (b.metadata) {
      const artifacts = Object.fromEntries(
        Object.entries(b.metadata).map(([k, metadata]) => [
          k,
          { artifacts: [{ name: k, uri: ei.outputs.artifacts[k]!.artifacts[0]!.uri, metadata }] },
        ]),
      );
      writeFileSync(ei.outputs.outputFile, JSON.stringify({ artifacts }));
    }
    const exit = b.exit ?? 0;
    return {
      exitCode: exit,
      aborted: false,
      tail: exit ? `Traceback …\nRuntimeError: ${task} failed on purpose` : '',
    };
  }
}

function comp(
  outputs: string[] = [],
  inputs: string[] = [],
  extra: Partial<ComponentSpec> = {},
): ComponentSpec {
  return {
    inputDefinitions: {
      parameters: Object.fromEntries(inputs.map((i) => [i, { parameterType: 'STRING' as const }])),
    },
    outputDefinitions: {
      parameters: Object.fromEntries(outputs.map((o) => [o, { parameterType: 'STRING' as const }])),
    },
    ...extra,
  };
}

/** A spec whose every task `name` uses component `comp-name` with executor `exec-name`. */
function pipeline(
  tasks: Record<string, PipelineTaskSpec>,
  components: Record<string, ComponentSpec>,
  root: Partial<ComponentSpec> = {},
): PipelineSpec {
  const executors: Record<string, { container: { image: string; command: string[] } }> = {};
  const comps: Record<string, ComponentSpec> = {};
  for (const [name, c] of Object.entries(components)) {
    if (c.dag) comps[`comp-${name}`] = c;
    else {
      comps[`comp-${name}`] = { ...c, executorLabel: `exec-${name}` };
      executors[`exec-${name}`] = {
        container: { image: 'python:3.11', command: ['fake', '{{$}}', name] },
      };
    }
  }
  return {
    pipelineInfo: { name: 'test-pipeline' },
    schemaVersion: '2.1.0',
    components: comps,
    deploymentSpec: { executors },
    root: { ...root, dag: { tasks } },
  };
}

const t = (component: string, extra: Partial<PipelineTaskSpec> = {}): PipelineTaskSpec => ({
  taskInfo: { name: component },
  componentRef: { name: `comp-${component}` },
  ...extra,
});
const fromTask = (producerTask: string, outputParameterKey = 'Output') => ({
  taskOutputParameter: { producerTask, outputParameterKey },
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kfp-local-orch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  spec: PipelineSpec,
  handler: TaskHandler,
  options: Partial<LocalRunOptions> = {},
  cache: TaskCache = noCache,
) {
  return runPipelineLocally(
    {
      spec,
      parameters: {},
      workingDirectory: dir,
      outputDir: path.join(dir, 'out'),
      python: '/usr/bin/python3',
      parallelism: 2,
      cacheMode: 'compiled',
      failFast: false,
      ...options,
    },
    {
      handler,
      cache,
      logger: nullLogger,
      progress: silentProgress,
      env: { PATH: '/usr/bin:/bin' },
    },
  );
}

const diamond = pipeline(
  {
    a: t('a'),
    b: t('b', { dependentTasks: ['a'], inputs: { parameters: { x: fromTask('a') } } }),
    c: t('c', { dependentTasks: ['a'] }),
    d: t('d', { dependentTasks: ['b', 'c'] }),
  },
  { a: comp(['Output']), b: comp([], ['x']), c: comp(), d: comp() },
);

describe('scheduling', () => {
  it('runs tasks after their upstream tasks, independent ones side by side', async () => {
    const handler = new FakeHandler((task) => ({
      delayMs: 30,
      ...(task === 'a' ? { outputs: { Output: 'hello' } } : {}),
    }));
    const { result } = await run(diamond, handler, { parallelism: 2 });
    expect(result.state).toBe('SUCCEEDED');
    expect(handler.started[0]).toBe('a');
    expect(handler.started[3]).toBe('d');
    expect(handler.maxActive).toBe(2);
    expect(handler.inputs.get('b')!.inputs.parameterValues).toEqual({ x: 'hello' });
    expect(result.tasks.map((x) => x.name).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(result.backend).toBe('local');
    expect(result.specDigest).toMatch(/^[0-9a-f]{64}$/);
  });
  it('parallelism 1 runs one task at a time', async () => {
    const handler = new FakeHandler((task) => (task === 'a' ? { outputs: { Output: 'x' } } : {}));
    await run(diamond, handler, { parallelism: 1 });
    expect(handler.maxActive).toBe(1);
  });
});

describe('failures', () => {
  const spec = pipeline(
    { bad: t('bad'), after: t('after', { dependentTasks: ['bad'] }), slow: t('slow') },
    { bad: comp(), after: comp(), slow: comp() },
  );
  it('fail-slow: dependants are not triggered, independent tasks finish, the error has the output tail', async () => {
    const handler = new FakeHandler((task) => (task === 'bad' ? { exit: 1 } : { delayMs: 40 }));
    const { result } = await run(spec, handler);
    const state = Object.fromEntries(result.tasks.map((x) => [x.name, x.state]));
    expect(state).toEqual({ bad: 'FAILED', after: 'NOT_TRIGGERED', slow: 'SUCCEEDED' });
    expect(result.state).toBe('FAILED');
    expect(result.tasks.find((x) => x.name === 'bad')!.error).toMatch(
      /exited with code 1\n[\s\S]*RuntimeError: bad failed/,
    );
  });
  it('fail-fast: the running independent task is stopped', async () => {
    const handler = new FakeHandler((task) => (task === 'bad' ? { exit: 1 } : { delayMs: 5000 }));
    const { result } = await run(spec, handler, { failFast: true });
    const state = Object.fromEntries(result.tasks.map((x) => [x.name, x.state]));
    expect(state.slow).toBe('CANCELLED');
    expect(state.after).toBe('NOT_TRIGGERED');
    expect(result.state).toBe('FAILED');
  });
  it('retries a task as its retry policy says', async () => {
    const flaky = pipeline(
      { f: t('f', { retryPolicy: { maxRetryCount: 2, backoffDuration: '0s' } }) },
      { f: comp() },
    );
    const handler = new FakeHandler((_task, _ei, attempt) => ({ exit: attempt === 1 ? 1 : 0 }));
    const { result } = await run(flaky, handler);
    expect(handler.started).toEqual(['f', 'f']);
    expect(result.tasks[0]!.state).toBe('SUCCEEDED');
    const always = new FakeHandler(() => ({ exit: 3 }));
    const failed = await run(flaky, always);
    expect(always.started).toHaveLength(3);
    expect(failed.result.tasks[0]!.error).toMatch(
      /^failed 3 times; last attempt: exited with code 3/,
    );
  });
});

describe('cache', () => {
  const spec = pipeline(
    {
      cached: t('cached', { cachingOptions: { enableCache: true } }),
      uncached: t('uncached', { cachingOptions: {} }),
    },
    { cached: comp(['Output']), uncached: comp() },
  );
  const behave: Behave = (task) => (task === 'cached' ? { outputs: { Output: 'v' } } : {});
  it('a task with the same component and inputs is a cache hit on the next run', async () => {
    const cache = new FileTaskCache(path.join(dir, 'cache-1'));
    await run(spec, new FakeHandler(behave), {}, cache);
    const second = new FakeHandler(behave);
    const { result } = await run(spec, second, {}, cache);
    expect(second.started).toEqual(['uncached']);
    const hit = result.tasks.find((x) => x.name === 'cached')!;
    expect(hit).toMatchObject({
      cached: true,
      state: 'SKIPPED',
      outputParameters: { Output: 'v' },
    });
  });
  it('cache off runs every task; cache on caches every task', async () => {
    const cache = new FileTaskCache(path.join(dir, 'cache-2'));
    await run(spec, new FakeHandler(behave), { cacheMode: 'on' }, cache);
    const on = new FakeHandler(behave);
    await run(spec, on, { cacheMode: 'on' }, cache);
    expect(on.started).toEqual([]);
    const off = new FakeHandler(behave);
    await run(spec, off, { cacheMode: 'off' }, cache);
    expect(off.started.sort()).toEqual(['cached', 'uncached']);
  });
});

describe('control flow', () => {
  it('a false condition skips the branch, not its dependants', async () => {
    const spec = pipeline(
      {
        coin: t('coin'),
        'condition-1': t('condition-1', {
          dependentTasks: ['coin'],
          inputs: { parameters: { 'pipelinechannel--coin-Output': fromTask('coin') } },
          triggerPolicy: {
            condition: "inputs.parameter_values['pipelinechannel--coin-Output'] == 'heads'",
          },
        }),
        after: t('after', { dependentTasks: ['condition-1'] }),
      },
      {
        coin: comp(['Output']),
        'condition-1': comp([], ['pipelinechannel--coin-Output'], {
          dag: { tasks: { inner: t('inner') } },
        }),
        inner: comp(),
        after: comp(),
      },
    );
    const handler = new FakeHandler((task) =>
      task === 'coin' ? { outputs: { Output: 'tails' } } : {},
    );
    const { result } = await run(spec, handler);
    expect(Object.fromEntries(result.tasks.map((x) => [x.name, x.state]))).toEqual({
      coin: 'SUCCEEDED',
      'condition-1': 'NOT_TRIGGERED',
      after: 'SUCCEEDED',
    });
    const heads = await run(
      spec,
      new FakeHandler((task) => (task === 'coin' ? { outputs: { Output: 'heads' } } : {})),
    );
    expect(heads.result.tasks.find((x) => x.name === 'inner')).toMatchObject({
      state: 'SUCCEEDED',
      parent: 'condition-1',
    });
  });

  it('ParallelFor over a raw list; dsl.Collected gathers the iterations into a list', async () => {
    const spec = pipeline(
      {
        'for-loop-1': t('for-loop-1', {
          parameterIterator: {
            items: { raw: '["a", "b", "c"]' },
            itemInput: 'pipelinechannel--loop-item-param-1',
          },
        }),
        total: t('total', {
          dependentTasks: ['for-loop-1'],
          inputs: {
            parameters: {
              items: {
                taskOutputParameter: {
                  producerTask: 'for-loop-1',
                  outputParameterKey: 'pipelinechannel--double-Output',
                },
              },
            },
          },
        }),
      },
      {
        'for-loop-1': {
          inputDefinitions: {
            parameters: { 'pipelinechannel--loop-item-param-1': { parameterType: 'STRING' } },
          },
          outputDefinitions: {
            parameters: { 'pipelinechannel--double-Output': { parameterType: 'LIST' } },
          },
          dag: {
            tasks: {
              double: t('double', {
                inputs: {
                  parameters: {
                    x: { componentInputParameter: 'pipelinechannel--loop-item-param-1' },
                  },
                },
              }),
            },
            outputs: {
              parameters: {
                'pipelinechannel--double-Output': {
                  valueFromParameter: { producerSubtask: 'double', outputParameterKey: 'Output' },
                },
              },
            },
          },
        },
        double: comp(['Output'], ['x']),
        total: { inputDefinitions: { parameters: { items: { parameterType: 'LIST' } } } },
      },
    );
    const handler = new FakeHandler((task, ei) =>
      task === 'double'
        ? { outputs: { Output: `${ei.inputs.parameterValues.x}${ei.inputs.parameterValues.x}` } }
        : {},
    );
    const { result } = await run(spec, handler);
    expect(result.state).toBe('SUCCEEDED');
    expect(handler.inputs.get('total')!.inputs.parameterValues.items).toEqual(['aa', 'bb', 'cc']);
    const iterations = result.tasks
      .filter((x) => x.name === 'double')
      .map((x) => x.iteration)
      .sort();
    expect(iterations).toEqual([0, 1, 2]);
  });

  it('an exit handler runs after a failure and receives the final status', async () => {
    const spec = pipeline(
      {
        'exit-handler-1': t('exit-handler-1'),
        cleanup: t('cleanup', {
          dependentTasks: ['exit-handler-1'],
          triggerPolicy: { strategy: 'ALL_UPSTREAM_TASKS_COMPLETED' },
          inputs: {
            parameters: { status: { taskFinalStatus: { producerTask: 'exit-handler-1' } } },
          },
        }),
      },
      {
        'exit-handler-1': { dag: { tasks: { work: t('work') } } },
        work: comp(),
        cleanup: {
          inputDefinitions: { parameters: { status: { parameterType: 'TASK_FINAL_STATUS' } } },
        },
      },
    );
    const handler = new FakeHandler((task) => (task === 'work' ? { exit: 1 } : {}));
    const { result } = await run(spec, handler, { failFast: true });
    expect(result.tasks.find((x) => x.name === 'cleanup')!.state).toBe('SUCCEEDED');
    expect(handler.inputs.get('cleanup')!.inputs.parameterValues.status).toMatchObject({
      state: 'FAILED',
      pipelineTaskName: 'exit-handler-1',
      error: { message: expect.stringContaining('inner task work failed inside exit-handler-1') },
    });
    expect(result.state).toBe('FAILED');
  });

  it('metrics the component logs come back as artifact metadata', async () => {
    const spec = pipeline(
      { ev: t('ev') },
      {
        ev: comp([], [], {
          outputDefinitions: {
            artifacts: { metrics: { artifactType: { schemaTitle: 'system.Metrics' } } },
          },
        }),
      },
    );
    const { result } = await run(
      spec,
      new FakeHandler(() => ({ metadata: { metrics: { accuracy: 0.97 } } })),
    );
    expect(result.tasks[0]!.outputArtifacts).toEqual([
      expect.objectContaining({
        outputName: 'metrics',
        schemaTitle: 'system.Metrics',
        metadata: { accuracy: 0.97 },
      }),
    ]);
  });
});

describe('parameters', () => {
  it('unknown, mistyped and missing parameters stop the run before anything starts', async () => {
    const spec = pipeline(
      { a: t('a') },
      { a: comp() },
      { inputDefinitions: { parameters: { n: { parameterType: 'NUMBER_INTEGER' } } } },
    );
    const handler = new FakeHandler();
    await expect(run(spec, handler, { parameters: { nope: 1 } })).rejects.toThrow(UserError);
    await expect(run(spec, handler, { parameters: { n: 'abc' } })).rejects.toThrow(
      /"n" must be an integer/,
    );
    await expect(run(spec, handler, { parameters: {} })).rejects.toThrow(/"n" .* has no default/);
    expect(handler.started).toEqual([]);
    const ok = await run(spec, handler, { parameters: { n: '5' } });
    expect(ok.result.parameters).toEqual({ n: 5 });
  });
});

describe('parallelism slots', () => {
  it('shows a task RUNNING only once it holds a slot, and its duration excludes the wait', async () => {
    const five = pipeline(
      Object.fromEntries(['p', 'q', 'r', 's', 'u'].map((n) => [n, t(n)])),
      Object.fromEntries(['p', 'q', 'r', 's', 'u'].map((n) => [n, comp()])),
    );
    const events: { task: string; state: string }[] = [];
    let tick = 0;
    const result = await runPipelineLocally(
      {
        spec: five,
        parameters: {},
        workingDirectory: dir,
        outputDir: path.join(dir, 'out-slots'),
        python: '/usr/bin/python3',
        parallelism: 1,
        cacheMode: 'compiled',
        failFast: false,
      },
      {
        handler: new FakeHandler(() => ({ delayMs: 10 })),
        cache: noCache,
        logger: nullLogger,
        progress: {
          update: (e) => void events.push({ task: e.task, state: e.state }),
          finish() {},
        },
        env: { PATH: '/usr/bin:/bin' },
        // A clock that only moves when read: every read is a distinct, ordered instant.
        now: () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++),
      },
    );
    expect(result.result.state).toBe('SUCCEEDED');
    let running = 0;
    let most = 0;
    for (const e of events) {
      if (e.state === 'RUNNING') most = Math.max(most, ++running);
      else if (e.state === 'SUCCEEDED' || e.state === 'FAILED') running--;
    }
    expect(events.filter((e) => e.state === 'RUNNING')).toHaveLength(5);
    expect(most).toBe(1);
    // Recorded intervals follow one another: no task's time includes another's.
    const spans = result.result.tasks
      .map((x) => [Date.parse(x.startTime!), Date.parse(x.endTime!)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
  });
});
