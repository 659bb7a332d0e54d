// Validation speed, end to end as users run it: `node dist/cli.js validate …` (Node start-up
// included), on the corpus of real compiled IR and on synthetic pipelines of 1,000 to 10,000
// tasks. Targets (issue 2): the corpus < 1 s wall, 10,000 tasks < 2 s, time linear in tasks.
// Writes nothing but temp files; prints Markdown tables for docs/PERFORMANCE.md.
//
// Wall time is what users feel but it swings with whatever else the machine runs; CPU time (of
// the child, via /usr/bin/time when present) swings less. Linearity is judged in-process on CPU
// time, which start-up and machine load disturb least.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { syntheticYaml } from './synthetic-pipeline.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist/cli.js');
const corpus = path.resolve(root, '../shared/corpus/kfp-ir');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median and best wall time and median CPU time (ms) of `RUNS` runs of the CLI; fails loudly
 * on a wrong verdict. */
function time(args, expectCode = 0) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i++) {
    const command = [process.execPath, cli, 'validate', ...args];
    const started = process.hrtime.bigint();
    const r = haveTime
      ? spawnSync(TIME, ['-f', 'CPU %U %S', ...command], { encoding: 'utf8' })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - started) / 1e6);
    const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
    if (cpu) cpus.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
    if (r.status !== expectCode) {
      throw new Error(`validate ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    }
  }
  return {
    median: median(walls),
    best: Math.min(...walls),
    cpu: cpus.length ? median(cpus) : undefined,
  };
}

const rows = [];
const misses = [];
const fmt = (ms) => `${Math.round(ms)} ms`;

const bare = (() => {
  const walls = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)];
})();
rows.push(['`node -e 0` (Node start-up alone)', '', fmt(bare), '', '']);
const cpuCell = (t) => (t.cpu === undefined ? 'n/a' : fmt(t.cpu));

if (existsSync(path.join(corpus, 'valid'))) {
  const t = time([path.join(corpus, 'valid'), path.join(corpus, 'components')]);
  rows.push([
    'corpus: valid/ + components/ (175 files, 1.6 MB)',
    '< 1000 ms',
    fmt(t.median),
    fmt(t.best),
    cpuCell(t),
  ]);
  if (t.median >= 1000) misses.push(`corpus took ${fmt(t.median)}`);
} else {
  rows.push([`corpus: SKIPPED (no ${corpus})`, '< 1000 ms', '', '', '']);
}

const dir = mkdtempSync(path.join(tmpdir(), 'kfp-bench-'));
try {
  for (const tasks of [1000, 2000, 5000, 10000]) {
    const file = path.join(dir, `synthetic-${tasks}.yaml`);
    writeFileSync(file, syntheticYaml(tasks));
    const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
    const t = time([file]);
    const target = tasks === 10000 ? '< 2000 ms' : '';
    rows.push([
      `synthetic, ${tasks.toLocaleString('en')} tasks (${mb} MB YAML)`,
      target,
      fmt(t.median),
      fmt(t.best),
      cpuCell(t),
    ]);
    if (tasks === 10000 && t.median >= 2000) misses.push(`10,000 tasks took ${fmt(t.median)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('| case | target | wall, median | wall, best | CPU, median |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// Linearity, in-process: load + validate, warm, CPU time per 1,000 tasks should stay flat.
const bundleDir = mkdtempSync(path.join(tmpdir(), 'kfp-bench-core-'));
const bundle = path.join(bundleDir, 'validate.mjs');
await build({
  entryPoints: [path.join(root, 'src/core/validate/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const { validateText } = await import(bundle);
rmSync(bundleDir, { recursive: true, force: true });
const cpuMs = (f) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const sizes = [1000, 2000, 5000, 10000, 20000];
const texts = new Map(sizes.map((n) => [n, syntheticYaml(n)]));
validateText(texts.get(1000), 'warm-up.yaml');
const slopes = sizes.map((n) => {
  const runs = Array.from({ length: 5 }, () => cpuMs(() => validateText(texts.get(n), 's.yaml')));
  const ms = median(runs);
  return [n, ms, (ms / n) * 1000];
});
console.log('\n| tasks (in-process, warm) | CPU | CPU per 1,000 tasks |');
console.log('| --- | --- | --- |');
for (const [n, ms, per] of slopes) {
  console.log(`| ${n.toLocaleString('en')} | ${fmt(ms)} | ${per.toFixed(0)} ms |`);
}
// Linear (or better): the cost per task must not grow with the size of the pipeline. Small sizes
// cost a little more per task (JIT warm-up), which is not a failure.
const per = slopes.map(([, , p]) => p);
if (per[per.length - 1] > Math.min(...per) * 1.5) {
  misses.push(`not linear: ${per.map((p) => p.toFixed(0)).join(' / ')} ms per 1,000 tasks`);
}

if (misses.length > 0) {
  console.log(`\nMISSED: ${misses.join('; ')}`);
  process.exit(1);
}
console.log('\nAll validation targets met.');
