/**
 * Untrusted text in the Actions log cannot speak with the runner's voice: a pipeline module that
 * prints `::error …::` lines, writes them to stderr after a bare `\r`, and raises an exception
 * whose message holds a newline followed by `::error …::` and `::stop-commands::` forges no
 * annotation and stops no command processing. Runs the built action (dist/) against the real KFP
 * SDK of the project's venv, as the runner does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const python = path.join(root, '.venv/bin/python');
const maybe = existsSync(python) ? describe : describe.skip;

const FORGE = `import sys
print("hello\\n::error file=forged.py,line=1::forged from stdout")
sys.stderr.write("x\\r::warning file=forged.py::forged from stderr\\n")
raise ValueError("boom\\n::error file=forged.py,line=2::forged from the exception\\n::stop-commands::t0k3n")
`;

let tmp: string;
let run: { code: number | null; lines: string[] };

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-hostile-log-'));
  writeFileSync(path.join(tmp, 'forge.py'), FORGE);
  const outputFile = path.join(tmp, 'github-output');
  writeFileSync(outputFile, '');
  writeFileSync(path.join(tmp, 'summary'), '');
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  }
  const r = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], {
    cwd: tmp,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
      INPUT_COMMAND: 'compile',
      INPUT_PYTHON: python,
      'INPUT_WORKING-DIRECTORY': tmp,
      INPUT_PIPELINES: 'forge.py',
      'INPUT_OUTPUT-DIR': path.join(tmp, 'out'),
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // The runner splits on \r\n, \r and \n, and trims each line before looking for `::`.
  run = { code: r.status, lines: `${r.stdout}\n${r.stderr}`.split(/\r\n|\r|\n/) };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

maybe('untrusted text in the log', () => {
  it('starts no workflow command: only kfp-action issues commands', () => {
    expect(run.code).toBe(1);
    const commands = run.lines.map((l) => l.trim()).filter((l) => /^(::|##\[)/.test(l));
    expect(commands.length).toBeGreaterThan(0);
    // Each command is one of ours: its name and properties are kfp-action's; the untrusted text
    // is only in its data, escaped by @actions/core (no line break can end it).
    const heads = commands.map((c) => /^::([a-z-]+)( [^:]*)?::/.exec(c)?.slice(1, 3).join(''));
    for (const h of heads) expect(h).toMatch(/^(error|warning|notice|debug)( title=kfp-action |$)/);
    expect(heads.join('\n')).not.toMatch(/forged|stop-commands/);
  });

  it('still shows the text, as text', () => {
    const log = run.lines.join('\n');
    expect(log).toContain('forged from the exception');
  });
});
