/**
 * `run` as users run it: the BUILT action and CLI (built into a temp folder, as the runner sees
 * dist/) running real pipelines on this machine with the project's venv — the breast-cancer
 * example end to end with real XGBoost training (once), its fully cached re-run, and compiled
 * corpus pipelines whose components need only python3 and the venv: conditions, loops,
 * dsl.Collected, an exit handler around a failing task, retries and caching.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResult } from '../../src/core/result/model.js';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { collectBody } from '../support/markdown/github-render.js';

const root = path.resolve(import.meta.dirname, '../..');
const python = path.join(root, '.venv/bin/python');
const corpus = path.resolve(root, '../shared/corpus/kfp-ir/valid');
const example = path.join(root, 'examples/breast-cancer');

const haveVenv = existsSync(python);
if (!haveVenv) console.warn('skipped: no .venv with the pinned kfp (run scripts/setup.sh)');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) console.warn(`corpus runs skipped: ${corpus} is absent`);
const haveExample = existsSync(path.join(example, 'pipeline.py'));
if (!haveExample)
  console.warn('example runs skipped: examples/breast-cancer/pipeline.py is absent');

let copy: string;
let tmp: string;
beforeAll(() => {
  if (!haveVenv) return;
  copy = buildActionCopy();
  // The compiler's Python program ships beside dist/ (python/), as in the released action.
  cpSync(path.join(root, 'python'), path.join(copy, 'python'), { recursive: true });
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-run-process-'));
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [path.join(copy, 'dist/cli.js'), 'run', ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmp,
      KFP_ACTION_PYTHON: python,
      CI: 'true',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The RunResult the run wrote beside its report (the report path is the last stdout line). */
function resultOf(stdout: string, cwd: string): RunResult {
  const report = /^Report: (.+)$/m.exec(stdout)?.[1];
  if (!report) throw new Error(`no report path in:\n${stdout}`);
  collectBody(`local run report ${report}`, readFileSync(path.resolve(cwd, report), 'utf8'));
  return JSON.parse(
    readFileSync(path.join(path.resolve(cwd, path.dirname(report)), 'result.json'), 'utf8'),
  ) as RunResult;
}

const states = (r: RunResult) =>
  r.tasks
    .map(
      (t) =>
        `${t.name}${t.iteration !== undefined ? `#${t.iteration}` : ''}:${t.cached ? 'CACHED' : t.state}`,
    )
    .sort();

const maybeExample = haveVenv && haveExample ? describe : describe.skip;
maybeExample('the breast-cancer example', () => {
  let ws: string;
  beforeAll(() => {
    ws = path.join(tmp, 'example');
    cpSync(example, ws, {
      recursive: true,
      filter: (src) => !/\.kfp-action|__pycache__/.test(src),
    });
  });

  it('runs end to end in the action: real training, gates, outputs, report and job summary', async () => {
    const r = await runAction(
      copy,
      {
        command: 'run',
        config: 'kfp-action.yaml',
        'working-directory': ws,
        python,
        'output-dir': '.kfp-action',
        parallelism: '2',
      },
      { GITHUB_WORKSPACE: ws },
    );
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.outputs['job-state']).toBe('SUCCEEDED');
    expect(r.outputs.decision).toBe('deploy');
    const metrics = JSON.parse(r.outputs.metrics!) as Record<string, number>;
    expect(metrics.accuracy).toBeGreaterThan(0.9);
    expect(metrics.auc).toBeGreaterThan(0.95);
    expect(existsSync(r.outputs['model-artifact-uri']!)).toBe(true);
    const report = readFileSync(path.join(ws, r.outputs['report-path']!), 'utf8');
    expect(report).toContain('decision: **deploy** ✅');
    expect(report).toContain('xychart-beta');
    expect(report).toMatch(
      /\| accuracy \(`eval-model`\) \| 0\.9\d+ \| ≥ 0\.9; may drop ≤ 0\.02 \| ✅ \|/,
    );
    expect(report).toContain('regression check of eval&#45;model/accuracy skipped');
    expect(r.summary.trim()).toBe(report.trim());
    expect(r.outputs['job-name']).toMatch(/^breast-cancer-xgboost-\d{8}-\d{6}-[0-9a-f]{6}$/);
  });

  it('a second run is served from the cache', () => {
    const r = cli(['--config', 'kfp-action.yaml'], ws);
    expect(r.code).toBe(0);
    const result = resultOf(r.stdout, ws);
    expect(states(result)).toEqual(['eval-model:CACHED', 'get-data:CACHED', 'train-model:CACHED']);
    expect(r.stdout).toContain('Decision: DEPLOY');
  });
});

const maybeCorpus = haveVenv && haveCorpus ? describe : describe.skip;
maybeCorpus('corpus pipelines on this host', () => {
  const ir = (name: string) => path.join(corpus, name);
  let n = 0;
  const fresh = () => {
    const d = path.join(tmp, `corpus-${++n}`);
    mkdirSync(d, { recursive: true });
    return d;
  };

  it('conditions: the false branches are NOT_TRIGGERED, the true ones run', () => {
    const cwd = fresh();
    const r = cli([ir('critical/flip_coin.yaml'), '--no-cache'], cwd);
    expect(r.code).toBe(0);
    const result = resultOf(r.stdout, cwd);
    const flip = result.tasks.find((t) => t.name === 'flip-coin')!;
    const side = flip.outputParameters.Output;
    expect(['heads', 'tails']).toContain(side);
    const taken = side === 'heads' ? 'condition-1' : 'condition-4';
    const other = side === 'heads' ? 'condition-4' : 'condition-1';
    expect(result.tasks.find((t) => t.name === taken)!.state).toBe('SUCCEEDED');
    expect(result.tasks.find((t) => t.name === other)!.state).toBe('NOT_TRIGGERED');
    expect(
      result.tasks.filter((t) => t.name.startsWith('print-msg') && t.state === 'SUCCEEDED'),
    ).toHaveLength(1);
  });

  it('ParallelFor over raw lists, task outputs and pipeline inputs, with loop-item selectors', () => {
    const cwd = fresh();
    const r = cli(
      [ir('parallel_and_nested/pipeline_with_loops.yaml'), '--param', 'loop_parameter=["x","y"]'],
      cwd,
    );
    expect(r.code).toBe(0);
    const result = resultOf(r.stdout, cwd);
    expect(result.state).toBe('SUCCEEDED');
    const loops = result.tasks.filter(
      (t) => t.parent?.startsWith('for-loop') && t.state === 'SUCCEEDED',
    );
    expect(loops.length).toBeGreaterThanOrEqual(4);
  });

  it('dsl.Collected gathers loop outputs for the consumer', () => {
    const cwd = fresh();
    const r = cli([ir('critical/collected_parameters.yaml')], cwd);
    expect(r.code).toBe(0);
    expect(resultOf(r.stdout, cwd).state).toBe('SUCCEEDED');
  });

  it('a failing task inside an exit handler: the run fails, the exit task still runs, the error has the output tail', () => {
    const cwd = fresh();
    const r = cli([ir('failing/pipeline_with_exit_handler.yaml')], cwd);
    expect(r.code).toBe(1);
    const result = resultOf(r.stdout, cwd);
    expect(result.state).toBe('FAILED');
    expect(states(result)).toEqual([
      'exit-handler-1:FAILED',
      'fail-op:FAILED',
      'print-op-2:SUCCEEDED',
      'print-op:SUCCEEDED',
    ]);
    expect(result.tasks.find((t) => t.name === 'fail-op')!.error).toMatch(
      /exited with code 1[\s\S]*Task failed/,
    );
    expect(r.stderr).toMatch(/the run ended FAILED: task fail-op failed/);
  });

  it('a retry policy re-runs a flaky task until it succeeds', () => {
    const cwd = fresh();
    const counter = path.join(cwd, 'count.txt');
    const r = cli(
      [
        ir('local_execution/local_execution_pipeline_with_retry.yaml'),
        '--param',
        `counter_path=${counter}`,
      ],
      cwd,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(counter, 'utf8').trim()).toBe('2');
    const result = resultOf(r.stdout, cwd);
    expect(result.tasks.find((t) => t.name === 'flaky')!.outputParameters.Output).toBe('attempt=2');
  });

  it('caching: the second run takes the cached tasks from the first', () => {
    const cwd = fresh();
    const first = cli([ir('local_execution/pipeline_with_caching.yaml')], cwd);
    expect(first.code).toBe(0);
    const second = cli([ir('local_execution/pipeline_with_caching.yaml')], cwd);
    expect(second.code).toBe(0);
    const before = resultOf(first.stdout, cwd);
    const after = resultOf(second.stdout, cwd);
    expect(before.tasks.every((t) => !t.cached)).toBe(true);
    expect(after.tasks.some((t) => t.cached)).toBe(true);
    expect(readdirSync(path.join(cwd, '.kfp-action/runs'))).toHaveLength(2);
  });
});

const fixtures = path.join(root, 'test/fixtures/pipelines');
const maybeFixtures =
  haveVenv && existsSync(path.join(fixtures, 'loops.py')) ? describe : describe.skip;
maybeFixtures("the project's feature pipelines (test/fixtures/pipelines)", () => {
  it('loops: every kind of ParallelFor, Collected parameters and artifacts, a nested pipeline', () => {
    const cwd = path.join(tmp, 'fixtures-loops');
    mkdirSync(cwd, { recursive: true });
    // Two pipelines in one module, make-parts used inside loops: loops is the one to run.
    const r = cli([path.join(fixtures, 'loops.py'), '--param', 'count=3'], cwd);
    expect(r.code).toBe(0);
    const result = resultOf(r.stdout, cwd);
    expect(result.tasks.find((t) => t.name === 'total')!.outputParameters.Output).toBe(14);
    const merged = result.tasks.find((t) => t.name === 'merge')!.outputArtifacts[0]!;
    expect(merged.metadata).toEqual({ parts: 2 });
    expect(readFileSync(merged.uri, 'utf8')).toBe('part x\npart y\n');
    const described = result.tasks
      .filter((t) => t.name === 'describe')
      .map((t) => t.outputParameters.Output);
    expect(described.sort()).toEqual(['part x', 'part y']);
    expect(
      result.tasks
        .filter((t) => t.name === 'pair')
        .map((t) => t.outputParameters.Output)
        .sort(),
    ).toEqual(['a=1', 'b=2']);
  });

  it('control flow: if/elif/else with OneOf, retries that run out, and the exit handler', () => {
    // The OneOf consumer says "tails" too: same component, same input as the branch that ran, so
    // it is a cache hit within the run (as on Vertex).
    const cwd = path.join(tmp, 'fixtures-control');
    mkdirSync(cwd, { recursive: true });
    const r = cli(
      [path.join(fixtures, 'control_flow.py'), '--param', 'seed=1', '--param', 'fail=true'],
      cwd,
    );
    expect(r.code).toBe(1);
    const result = resultOf(r.stdout, cwd);
    const byName = (n: string) => result.tasks.filter((t) => t.name === n);
    expect(byName('flip')[0]!.outputParameters.Output).toBe('tails');
    expect(
      result.tasks
        .filter((t) => t.name.startsWith('say') && (t.state === 'SUCCEEDED' || t.cached))
        .map((t) => t.outputParameters.Output)
        .sort(),
    ).toEqual(['exit handler ran', 'tails', 'tails']);
    const risky = byName('maybe-fail')[0]!;
    expect(risky.state).toBe('FAILED');
    expect(risky.error).toMatch(
      /^failed 3 times; last attempt: exited with code 1[\s\S]*RuntimeError: failing on purpose/,
    );
    expect(r.stderr).toMatch(
      /task maybe-fail failed: RuntimeError: failing on purpose \(fail=True\).*\(run\/task-failed\)/,
    );
  });
});
