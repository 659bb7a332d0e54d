#!/usr/bin/env node
// Issue 11's targets, each measured against its peer in the same run (whole processes, A and B
// in turn, medians; CPU = user + sys of the child from /usr/bin/time, which is steadier than
// wall time on a shared machine):
//   1. validate the corpus       vs the KFP SDK's load_component_from_file per file (one
//                                   process, bench/peers/kfp_load_components.py): ≥ 10× faster
//   2. validate one small file   < 80 ms wall (and `node -e 0` beside it)
//   3. 10k / 50k-task pipelines  as YAML and JSON: 10k < 0.6 s, 50k < 3 s and < 600 MB,
//                                   10k → 50k ≤ ×6 (CPU)
//   4. compile one module        within 50 ms of `kfp dsl compile` on the same venv
//   5. local run, 40 tasks       a chain of Python components without the pip preamble, at
//                                   --parallelism 1 and no cache, vs kfp.local
//                                   (SubprocessRunner(use_venv=False)); same final output;
//                                   per task at or below kfp.local's
// The example's cached re-run (< 1 s) is measured by bench/local.bench.mjs.
//   node bench/speed.bench.mjs [only…]   (BENCH_RUNS=5 by default; 3 for the local runs)
// Prints Markdown tables for docs/PERFORMANCE.md; exit 1 when a target is missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPipeline, syntheticYaml } from './synthetic-pipeline.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const node = process.execPath;
const cli = path.join(root, 'dist/cli.js');
const venv = path.join(root, '.venv/bin');
const python = path.join(venv, 'python');
const corpus = process.env.KFP_IR_CORPUS ?? path.resolve(root, '../shared/corpus/kfp-ir');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.some((o) => name.includes(o));
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is needed (CPU time and peak memory of a child)`);
if (!existsSync(cli)) execFileSync(node, [path.join(root, 'scripts/build.mjs')], { cwd: root });

const tmp = mkdtempSync(path.join(tmpdir(), 'kfp-speed-bench-'));
const env = {
  PATH: `${venv}:${process.env.PATH ?? '/usr/bin:/bin'}`,
  HOME: process.env.HOME ?? tmp,
  KFP_ACTION_PYTHON: python,
  CI: 'true',
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One whole process: wall s, cpu s, peak MiB, and what it printed. */
function once([cmd, ...args], { cwd = tmp, expect = 0 } = {}) {
  const r = spawnSync(TIME, ['-f', '@@TIME %e %U %S %M', cmd, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /@@TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`no timing for ${cmd} ${args.join(' ')}: ${r.stderr.slice(-500)}`);
  if (expect !== undefined && r.status !== expect) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(-1500)}`);
  }
  return { wall: +m[1], cpu: +m[2] + +m[3], mib: +m[4] / 1024, stdout: r.stdout };
}

/** Medians over `runs` runs of each command, A and B in turn. */
function pair(a, b, runs = RUNS, options = {}) {
  once(a, options); // warm-up (file cache, compile cache)
  if (b) once(b, options);
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(once(a, options));
    if (b) bs.push(once(b, options));
  }
  const sum = (xs) =>
    xs.length === 0
      ? undefined
      : {
          wall: median(xs.map((x) => x.wall)),
          cpu: median(xs.map((x) => x.cpu)),
          mib: median(xs.map((x) => x.mib)),
          last: xs[xs.length - 1],
        };
  return { a: sum(as), b: sum(bs) };
}

const ms = (s) => `${Math.round(s * 1000)} ms`;
const mib = (m) => `${Math.round(m)} MB`;
const x = (r) => `×${r.toFixed(1)}`;
const misses = [];
const target = (ok, what) => {
  if (!ok) misses.push(what);
  return ok ? 'met' : '**missed**';
};
const tables = [];
const table = (title, head, rows) => {
  tables.push(
    [
      `### ${title}`,
      '',
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
  );
  console.log(tables[tables.length - 1] + '\n');
};

try {
  // 1. The corpus against the KFP SDK.
  if (wanted('corpus') && existsSync(path.join(corpus, 'valid'))) {
    const dirs = [path.join(corpus, 'valid'), path.join(corpus, 'components')];
    const { a, b } = pair(
      [node, cli, 'validate', ...dirs],
      [python, path.join(root, 'bench/peers/kfp_load_components.py'), ...dirs],
    );
    const wallRatio = b.wall / a.wall;
    const cpuRatio = b.cpu / a.cpu;
    table(
      'Validate the corpus (valid/ + components/, 175 files) against the KFP SDK loading it',
      ['process', 'wall, median', 'CPU, median', 'peak'],
      [
        ['`kfp-action validate`', ms(a.wall), ms(a.cpu), mib(a.mib)],
        ['KFP SDK, `load_component_from_file` per file', ms(b.wall), ms(b.cpu), mib(b.mib)],
        [
          // The target is elapsed time, as the issue measured it; the CPU ratio is shown beside it
          // (V8's GC and compiler threads run on the second core: CPU exceeds wall).
          `ratio in wall time (target ≥ ×10): ${target(wallRatio >= 10, `corpus ratio wall ${x(wallRatio)} (CPU ${x(cpuRatio)})`)}`,
          x(wallRatio),
          x(cpuRatio),
          '',
        ],
      ],
    );
  }

  // 2. One small file, and Node's own start-up beside it.
  if (wanted('small')) {
    const small = path.join(root, 'test/fixtures/validate/base.yaml');
    const { a, b } = pair([node, cli, 'validate', small], [node, '-e', '0']);
    table(
      'One small file (test/fixtures/validate/base.yaml, 5 tasks)',
      ['process', 'wall, median', 'CPU, median', 'target'],
      [
        [
          '`kfp-action validate base.yaml`',
          ms(a.wall),
          ms(a.cpu),
          `< 80 ms wall: ${target(a.wall < 0.08, `small file ${ms(a.wall)} wall`)}`,
        ],
        ['`node -e 0`', ms(b.wall), ms(b.cpu), ''],
      ],
    );
  }

  // 3. Very large pipelines, as YAML and as JSON. 50,000 tasks of the full shape are 26 MB of
  // YAML, over the 16 MiB input cap, so 50k (and the 10k it is compared with) use the lean shape.
  if (wanted('large')) {
    const rows = [];
    const cpuOf = {};
    const cases = [
      [10_000, false],
      [10_000, true],
      [50_000, true],
    ];
    for (const [tasks, lean] of cases) {
      for (const format of ['yaml', 'json']) {
        const file = path.join(tmp, `synthetic-${tasks}${lean ? '-lean' : ''}.${format}`);
        writeFileSync(
          file,
          format === 'yaml'
            ? syntheticYaml(tasks, { lean })
            : JSON.stringify(syntheticPipeline(tasks, { lean })),
        );
        const { a } = pair([node, cli, 'validate', file], undefined, tasks > 10_000 ? 3 : RUNS);
        cpuOf[`${tasks}${lean}${format}`] = a.cpu;
        const size = (readFileSync(file).length / 1024 / 1024).toFixed(1);
        const ok = tasks === 10_000 ? a.wall < 0.6 : a.wall < 3 && a.mib < 600;
        rows.push([
          `${tasks.toLocaleString('en')} tasks${lean ? ' (lean)' : ''}, ${format.toUpperCase()} (${size} MB)`,
          ms(a.wall),
          ms(a.cpu),
          mib(a.mib),
          `${tasks === 10_000 ? '< 600 ms' : '< 3 s, < 600 MB'}: ${target(ok, `${tasks} tasks ${format}: ${ms(a.wall)}, ${mib(a.mib)}`)}`,
        ]);
      }
    }
    for (const format of ['yaml', 'json']) {
      const r = cpuOf[`50000true${format}`] / cpuOf[`10000true${format}`];
      rows.push([
        `10k → 50k (lean), ${format.toUpperCase()}, CPU`,
        '',
        x(r),
        '',
        `≤ ×6: ${target(r <= 6, `not linear (${format}): ${x(r)}`)}`,
      ]);
    }
    table(
      'Very large pipelines (bench/synthetic-pipeline.mjs)',
      ['case', 'wall, median', 'CPU, median', 'peak', 'target'],
      rows,
    );
  }

  // A pipeline of 40 Python components in a chain, without the pip preamble.
  const mod = path.join(tmp, 'chain40.py');
  writeFileSync(
    mod,
    [
      'from kfp import dsl',
      '',
      '',
      "@dsl.component(base_image='python:3.11', install_kfp_package=False)",
      'def add_one(x: int) -> int:',
      '    return x + 1',
      '',
      '',
      "@dsl.pipeline(name='chain-40')",
      'def chain(start: int = 0) -> int:',
      '    t = add_one(x=start)',
      '    for _ in range(39):',
      '        t = add_one(x=t.output)',
      '    return t.output',
      '',
    ].join('\n'),
  );

  // 4. compile, against `kfp dsl compile` on the same venv.
  if (wanted('compile')) {
    const { a, b } = pair(
      [node, cli, 'compile', mod, '--output-dir', path.join(tmp, 'compiled')],
      [
        path.join(venv, 'kfp'),
        'dsl',
        'compile',
        '--py',
        mod,
        '--output',
        path.join(tmp, 'kfp.yaml'),
      ],
    );
    const d = a.wall - b.wall;
    table(
      'Compile one module (40 components) against `kfp dsl compile`',
      ['process', 'wall, median', 'CPU, median'],
      [
        ['`kfp-action compile chain40.py` (compile + validate)', ms(a.wall), ms(a.cpu)],
        ['`kfp dsl compile --py chain40.py`', ms(b.wall), ms(b.cpu)],
        [
          `difference (target ≤ 50 ms): ${target(d <= 0.05, `compile is ${ms(d)} over kfp dsl compile`)}`,
          ms(d),
          ms(a.cpu - b.cpu),
        ],
      ],
    );
  }

  // 5. Local runs: kfp-action run against kfp.local, same pipeline, same output.
  if (wanted('local')) {
    const ir = path.join(tmp, 'chain40.yaml');
    execFileSync(path.join(venv, 'kfp'), ['dsl', 'compile', '--py', mod, '--output', ir], { env });
    const peer = path.join(tmp, 'kfp_local_chain40.py');
    writeFileSync(
      peer,
      [
        'import sys, warnings',
        'warnings.simplefilter("ignore")',
        `sys.path.insert(0, ${JSON.stringify(tmp)})`,
        'from kfp import local',
        'from chain40 import chain',
        `local.init(runner=local.SubprocessRunner(use_venv=False), pipeline_root=${JSON.stringify(path.join(tmp, 'kfp-local-root'))})`,
        'print("OUTPUT", chain().output)',
        '',
      ].join('\n'),
    );
    const runs = Number(process.env.BENCH_LOCAL_RUNS ?? 3);
    const out = path.join(tmp, 'ka');
    const { a, b } = pair(
      [node, cli, 'run', ir, '--no-cache', '--parallelism', '1', '--output-dir', out],
      [python, peer],
      runs,
    );
    const report = /^Report: (.+)$/m.exec(a.last.stdout)?.[1];
    const result = JSON.parse(
      readFileSync(path.join(path.resolve(tmp, path.dirname(report)), 'result.json'), 'utf8'),
    );
    const last = result.tasks.find((t) => t.name === 'add-one-40');
    const ours = last?.outputParameters?.Output;
    const theirs = /^OUTPUT (.+)$/m.exec(b.last.stdout)?.[1];
    const same = String(ours) === String(theirs) && String(ours) === '40';
    table(
      'Local run: 40 Python components in a chain, no pip preamble, one at a time, no cache',
      ['runner', 'wall, median', 'CPU, median', 'per task (wall)', 'final output'],
      [
        ['`kfp-action run`', ms(a.wall), ms(a.cpu), ms(a.wall / 40), String(ours)],
        [
          '`kfp.local` (SubprocessRunner, use_venv=False)',
          ms(b.wall),
          ms(b.cpu),
          ms(b.wall / 40),
          String(theirs),
        ],
        [
          `target: per task at or below kfp.local's, same output: ${target(a.wall <= b.wall && same, `local ${ms(a.wall / 40)} per task vs kfp.local ${ms(b.wall / 40)}${same ? '' : ', outputs differ'}`)}`,
          x(b.wall / a.wall),
          x(b.cpu / a.cpu),
          '',
          same ? 'identical' : '**differ**',
        ],
      ],
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (misses.length > 0) {
  console.log(`MISSED: ${misses.join('; ')}`);
  process.exit(1);
}
console.log('All speed targets met.');
