#!/usr/bin/env node
// Benchmarks of the local backend (`kfp-action run`), through the built CLI as users run it:
//   1. runner overhead per task: a chain of no-op container tasks, run time minus the tasks' own
//      process time (target: < 100 ms per task);
//   2. independent tasks in parallel: 4 × `sleep 0.5` at parallelism 1 and 4, and 4 CPU-bound
//      tasks at parallelism 1 and 2 (this machine's cores);
//   3. the breast-cancer example: first run (real training), then a fully cached re-run
//      (target: < 2 s for the whole command), and in the same run the KFP SDK's own local runner
//      (kfp.local, SubprocessRunner(use_venv=False)) on the same pipeline.
// Prints a Markdown section (the numbers for docs/PERFORMANCE.md); `--json` prints JSON instead.
// Exit 1 when a target is missed.
//   node bench/local.bench.mjs [--json]
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const python = path.join(root, '.venv/bin/python');
const json = process.argv.includes('--json');
const log = (m) => process.stderr.write(`[local.bench] ${m}\n`);

if (!existsSync(python)) {
  log('skipped: no .venv (run scripts/setup.sh)');
  process.exit(0);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'kfp-local-bench-'));
// bench/run.mjs builds dist/ first; run alone, build it when missing.
const cliPath = path.join(root, 'dist/cli.js');
if (!existsSync(cliPath))
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });

function cli(args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmp,
      KFP_ACTION_PYTHON: python,
      CI: 'true',
    },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`kfp-action ${args.join(' ')} exited ${r.status}:\n${r.stderr}\n${r.stdout}`);
  const report = /^Report: (.+)$/m.exec(r.stdout)?.[1];
  const result = report
    ? JSON.parse(
        readFileSync(path.join(path.resolve(cwd, path.dirname(report)), 'result.json'), 'utf8'),
      )
    : undefined;
  return { ms, result };
}

const span = (a, b) => Date.parse(b) - Date.parse(a);
const runMs = (result) => span(result.startTime, result.endTime);

/** A compiled pipeline (JSON IR) of container tasks `name → {command, after}`. */
function writePipeline(file, name, tasks) {
  const components = {};
  const executors = {};
  const dagTasks = {};
  for (const [task, { command, after = [] }] of Object.entries(tasks)) {
    components[`comp-${task}`] = { executorLabel: `exec-${task}` };
    executors[`exec-${task}`] = { container: { image: 'alpine:3.20', command } };
    dagTasks[task] = {
      taskInfo: { name: task },
      componentRef: { name: `comp-${task}` },
      cachingOptions: {},
      ...(after.length ? { dependentTasks: after } : {}),
    };
  }
  const spec = {
    pipelineInfo: { name },
    sdkVersion: 'kfp-2.17.3',
    schemaVersion: '2.1.0',
    components,
    deploymentSpec: { executors },
    root: { dag: { tasks: dagTasks } },
  };
  writeFileSync(file, JSON.stringify(spec, null, 2));
  return file;
}

const results = {
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
  },
};
const ws = path.join(tmp, 'ws');
mkdirSync(ws, { recursive: true });

// 1. Overhead per task: a chain of N no-op tasks, one at a time.
{
  const n = 20;
  const tasks = {};
  for (let i = 0; i < n; i++) tasks[`t${i}`] = { command: ['true'], after: i ? [`t${i - 1}`] : [] };
  const ir = writePipeline(path.join(ws, 'chain.json'), 'overhead-chain', tasks);
  cli(['--version'], ws); // warm the file cache
  const own = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    spawnSync('true');
    own.push(performance.now() - t0);
  }
  const ownMs = own.sort((a, b) => a - b)[own.length >> 1];
  const samples = [];
  for (let i = 0; i < 3; i++) {
    const { ms, result } = cli(['run', ir, '--no-cache', '--parallelism', '1'], ws);
    samples.push({ wall: ms, run: runMs(result) });
  }
  const best = samples.sort((a, b) => a.run - b.run)[0];
  results.overhead = {
    tasks: n,
    ownProcessMs: +ownMs.toFixed(2),
    runMs: best.run,
    commandMs: Math.round(best.wall),
    perTaskMs: +((best.run - n * ownMs) / n).toFixed(1),
  };
  log(`overhead: ${results.overhead.perTaskMs} ms per task over its own process`);
}

// 2. Independent tasks side by side.
{
  const sleepers = {};
  for (let i = 0; i < 4; i++) sleepers[`s${i}`] = { command: ['sleep', '0.5'] };
  const ir = writePipeline(path.join(ws, 'sleep.json'), 'parallel-sleep', sleepers);
  const one = runMs(cli(['run', ir, '--no-cache', '--parallelism', '1'], ws).result);
  const four = runMs(cli(['run', ir, '--no-cache', '--parallelism', '4'], ws).result);
  const busy = {};
  const loop = 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done';
  for (let i = 0; i < 4; i++) busy[`c${i}`] = { command: ['sh', '-c', loop] };
  const cpuIr = writePipeline(path.join(ws, 'cpu.json'), 'parallel-cpu', busy);
  const cores = Math.min(4, availableParallelism());
  const cpu1 = runMs(cli(['run', cpuIr, '--no-cache', '--parallelism', '1'], ws).result);
  const cpuN = runMs(cli(['run', cpuIr, '--no-cache', '--parallelism', String(cores)], ws).result);
  results.parallel = {
    sleep: { tasks: 4, p1Ms: one, p4Ms: four, speedup: +(one / four).toFixed(2) },
    cpu: { tasks: 4, p1Ms: cpu1, cores, pNMs: cpuN, speedup: +(cpu1 / cpuN).toFixed(2) },
  };
  log(`parallel: sleep ×${results.parallel.sleep.speedup}, cpu ×${results.parallel.cpu.speedup}`);
}

// 3. The example: compile once, a cold run (real training), a fully cached re-run, kfp.local.
{
  const example = path.join(root, 'examples/breast-cancer');
  if (!existsSync(path.join(example, 'pipeline.py'))) {
    log('example part skipped: examples/breast-cancer/pipeline.py is absent');
  } else {
    const ex = path.join(tmp, 'example');
    cpSync(example, ex, { recursive: true, filter: (s) => !/\.kfp-action|__pycache__/.test(s) });
    const compile = cli(['compile', '--config', 'kfp-action.yaml', '--output-dir', 'out'], ex);
    const ir = path.join(ex, 'out/compiled/breast-cancer-xgboost.yaml');
    const cold = cli(['run', ir, '--output-dir', 'out'], ex);
    const cached = [];
    for (let i = 0; i < 3; i++) cached.push(cli(['run', ir, '--output-dir', 'out'], ex));
    const warm = cached.sort((a, b) => a.ms - b.ms)[0];
    if (!warm.result.tasks.every((t) => t.cached))
      throw new Error('the re-run was not fully cached');
    const tasks = Object.fromEntries(
      cold.result.tasks.map((t) => [t.name, span(t.startTime, t.endTime)]),
    );
    // kfp's own local runner on the same pipeline function, same parameters (the defaults).
    const sdk = `
import sys, time, tempfile
sys.path.insert(0, ${JSON.stringify(ex)})
from kfp import local
root = tempfile.mkdtemp()
local.init(runner=local.SubprocessRunner(use_venv=False), pipeline_root=root)
import pipeline
t0 = time.perf_counter()
pipeline.breast_cancer_pipeline()
print(round((time.perf_counter() - t0) * 1000))
`;
    const t0 = performance.now();
    const r = spawnSync(python, ['-c', sdk], {
      cwd: ex,
      encoding: 'utf8',
      env: {
        PATH: `${path.dirname(python)}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME ?? tmp,
        PIP_NO_INDEX: '1',
      },
      timeout: 600_000,
    });
    const sdkWall = performance.now() - t0;
    const sdkMs = Number(r.stdout.trim().split('\n').pop());
    results.example = {
      compileMs: Math.round(compile.ms),
      coldRunMs: runMs(cold.result),
      coldCommandMs: Math.round(cold.ms),
      taskMs: tasks,
      cachedCommandMs: Math.round(warm.ms),
      cachedRunMs: runMs(warm.result),
      kfpLocal:
        r.status === 0
          ? { runMs: sdkMs, commandMs: Math.round(sdkWall) }
          : { error: r.stderr.split('\n').slice(-5).join(' ') },
    };
    log(
      `example: cold ${results.example.coldRunMs} ms, cached command ${results.example.cachedCommandMs} ms, kfp.local ${sdkMs} ms`,
    );
  }
}

rmSync(tmp, { recursive: true, force: true });

if (json) {
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
} else {
  const o = results.overhead;
  const p = results.parallel;
  const e = results.example;
  const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const lines = [
    `### Local backend (\`bench/local.bench.mjs\`)`,
    '',
    `Machine: ${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}.`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    `| runner overhead per task (${o.tasks} no-op tasks in a chain; own process ${o.ownProcessMs} ms) | ${o.perTaskMs} ms | < 100 ms |`,
    `| 4 × \`sleep 0.5\`, parallelism 1 → 4 | ${s(p.sleep.p1Ms)} → ${s(p.sleep.p4Ms)} (×${p.sleep.speedup}) | |`,
    `| 4 CPU-bound tasks, parallelism 1 → ${p.cpu.cores} | ${s(p.cpu.p1Ms)} → ${s(p.cpu.pNMs)} (×${p.cpu.speedup}) | |`,
  ];
  if (e) {
    lines.push(
      `| example, first run (real training; ${Object.entries(e.taskMs)
        .map(([k, v]) => `${k} ${s(v)}`)
        .join(', ')}) | ${s(e.coldRunMs)} (command ${s(e.coldCommandMs)}) | |`,
      `| example, fully cached re-run (whole command) | ${s(e.cachedCommandMs)} | < 2 s |`,
      `| same pipeline in kfp.local (SubprocessRunner, use_venv=False) | ${e.kfpLocal.error ? `failed: ${e.kfpLocal.error}` : `${s(e.kfpLocal.runMs)} (process ${s(e.kfpLocal.commandMs)})`} | |`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

const missed = [];
if (results.overhead.perTaskMs >= 100)
  missed.push(`overhead ${results.overhead.perTaskMs} ms per task (target < 100 ms)`);
if (results.example && results.example.cachedCommandMs >= 2000) {
  missed.push(`cached re-run ${results.example.cachedCommandMs} ms (target < 2 s)`);
}
if (missed.length > 0) {
  log(`missed: ${missed.join('; ')}`);
  process.exit(1);
}
