// `make bench`: builds dist/, then runs every bench/*.bench.mjs in its own Node process, one
// after the other (timings need a quiet machine), and prints what each reports. Exit 1 when a
// benchmark misses its target.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
const only = process.argv.slice(2);

console.log(
  `# kfp-action benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

let failed = 0;
for (const bench of benches) {
  if (only.length > 0 && !only.some((o) => bench.includes(o))) continue;
  console.log(`\n## ${bench}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'bench', bench)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    console.log(`\n${bench}: missed a target or failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
