/**
 * `make demo > demo.log 2>&1` keeps the whole log: every step of scripts/demo.sh (compile,
 * validate, run, done) is in the redirected file. It used to `tee /dev/stderr`, which reopens the
 * log file and truncates it, so the compile and validate steps vanished.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const haveVenv = existsSync(path.join(root, '.venv/bin/python'));
const maybe = haveVenv ? describe : describe.skip;
if (!haveVenv) console.warn('skipped: no .venv with the pinned kfp (run scripts/setup.sh)');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-demo-log-'));
  if (!existsSync(path.join(root, 'dist/cli.js'))) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

maybe('scripts/demo.sh with stdout and stderr redirected to one file', () => {
  it('keeps every step in the file', () => {
    const log = path.join(tmp, 'demo.log');
    const r = spawnSync('bash', ['-c', 'scripts/demo.sh > "$1" 2>&1', 'demo', log], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const text = readFileSync(log, 'utf8');
    expect({ status: r.status, text }).toMatchObject({ status: 0 });
    const steps = ['[demo] compile', '[demo] validate', '1 file valid', '[demo] run', 'Decision: '];
    for (const step of [...steps, '[demo] done']) expect(text).toContain(step);
    // In order, each once: nothing was overwritten.
    const at = steps.map((s) => text.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.split('[demo] compile').length).toBe(2);
  });
});
