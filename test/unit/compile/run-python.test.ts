/**
 * The compile process runner with a real interpreter: the timeout ends the whole process group
 * (a module's own child processes too), nothing a module started outlives the interpreter, and
 * the process sees no input, runner channel or credential of the action.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileEnvironment, startPython } from '../../../src/adapters/kfp-compiler/run-python.js';

/** Runs to the end with nothing on stdin. */
const runPython = (
  python: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
) => startPython(python, args, options).finish(options.timeoutMs);

const venv = path.resolve(import.meta.dirname, '../../../.venv/bin/python');
const python = existsSync(venv) ? venv : 'python3';

/** Running (a killed process whose new parent has not reaped it yet is a zombie: not alive). */
const running = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** Still running 3 s from now? (SIGKILL is delivered asynchronously; a loaded machine is slow.) */
const alive = (pid: number) => {
  const until = Date.now() + 3000;
  while (running(pid)) {
    if (Date.now() > until) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return false;
};

describe('startPython run to the end', () => {
  it('the timeout kills the interpreter and the child process it started', async () => {
    const started = Date.now();
    const run = await runPython(
      python,
      [
        '-c',
        'import subprocess, time\np = subprocess.Popen(["sleep", "60"])\nprint(p.pid, flush=True)\ntime.sleep(60)',
      ],
      { cwd: tmpdir(), timeoutMs: 1500 },
    );
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = Number(run.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
  });

  it('a child left running holding the output pipes does not keep the compile waiting', async () => {
    const started = Date.now();
    const run = await runPython(
      python,
      ['-c', 'import subprocess\np = subprocess.Popen(["sleep", "60"])\nprint(p.pid)'],
      { cwd: tmpdir(), timeoutMs: 30_000 },
    );
    expect({ code: run.code, timedOut: run.timedOut }).toEqual({ code: 0, timedOut: false });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(alive(Number(run.stdout.trim()))).toBe(false);
  });

  it('runs without the inputs, the runner channel and anything token-like', async () => {
    const env = {
      PATH: process.env.PATH,
      HOME: '/home/runner',
      GITHUB_REPOSITORY: 'o/r',
      'INPUT_GITHUB-TOKEN': 'ghs_1',
      INPUT_COMMAND: 'check',
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
      GITHUB_TOKEN: 'ghs_2',
      GH_TOKEN: 'ghs_3',
      NPM_AUTH: 'x',
      MY_SECRET: 'x',
      DB_PASSWORD: 'x',
      OPENAI_API_KEY: 'x',
      GOOGLE_APPLICATION_CREDENTIALS: '/tmp/key.json',
      GITHUB_ENV: '/tmp/set_env',
      GITHUB_PATH: '/tmp/add_path',
      GITHUB_OUTPUT: '/tmp/set_output',
      GITHUB_STATE: '/tmp/save_state',
      GITHUB_STEP_SUMMARY: '/tmp/step_summary',
    };
    const run = await runPython(
      python,
      ['-c', 'import os\nprint("\\n".join(sorted(os.environ)))'],
      { cwd: tmpdir(), timeoutMs: 30_000, env },
    );
    const seen = run.stdout.trim().split('\n');
    expect(seen.filter((n) => !/^(PYTHON|LC_CTYPE$)/.test(n))).toEqual([
      'GITHUB_REPOSITORY',
      'HOME',
      'PATH',
    ]);
    expect(Object.keys(compileEnvironment(env)).sort()).toEqual([
      'GITHUB_REPOSITORY',
      'HOME',
      'PATH',
    ]);
  });
});

describe('startPython (started before its input is known)', () => {
  it('finish sends the input on stdin; the timeout counts from finish, not from the start', async () => {
    const child = startPython(python, ['-c', 'import sys\nprint(sys.stdin.read().upper())'], {
      cwd: tmpdir(),
    });
    await new Promise((r) => setTimeout(r, 1200));
    const run = await child.finish(1000, 'request');
    expect({ code: run.code, timedOut: run.timedOut, out: run.stdout.trim() }).toEqual({
      code: 0,
      timedOut: false,
      out: 'REQUEST',
    });
  });

  it('a program that answers without reading its input is fine (the write is not an error)', async () => {
    const child = startPython(python, ['-c', 'print("early")'], { cwd: tmpdir() });
    await new Promise((r) => setTimeout(r, 1000));
    const run = await child.finish(20_000, 'x'.repeat(1 << 20));
    expect({ code: run.code, out: run.stdout.trim() }).toEqual({ code: 0, out: 'early' });
  });

  it('cancel ends it and what it started', async () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'kfp-cancel-')), 'pid');
    const code = `import subprocess, sys\np = subprocess.Popen(["sleep", "60"])\nopen(${JSON.stringify(pidFile)}, "w").write(str(p.pid))\nsys.stdin.read()`;
    const child = startPython(python, ['-c', code], { cwd: tmpdir() });
    const until = Date.now() + 20_000;
    while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') === '') {
      if (Date.now() > until) throw new Error('the program did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.cancel();
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });

  it('one never finished does not keep kfp-action running, and ends with it', () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'kfp-idle-')), 'pid');
    const module = path.resolve(
      import.meta.dirname,
      '../../../src/adapters/kfp-compiler/run-python.ts',
    );
    const code = `import os, sys\nopen(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))\nsys.stdin.read()\nimport time\ntime.sleep(60)`;
    const script = [
      `import { existsSync, readFileSync } from 'node:fs';`,
      `import { startPython } from ${JSON.stringify(module)};`,
      `startPython(${JSON.stringify(python)}, ['-c', ${JSON.stringify(code)}], { cwd: '/tmp' });`,
      `const until = Date.now() + 20000;`,
      `while (!(existsSync(${JSON.stringify(pidFile)}) && readFileSync(${JSON.stringify(pidFile)}, 'utf8')) && Date.now() < until) {`,
      `  await new Promise((r) => setTimeout(r, 50));`,
      `}`,
    ].join('\n');
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 40_000 },
    );
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });
});

describe('startPython and signals', () => {
  it('Ctrl-C of kfp-action (SIGINT, no handler of its own) ends the compile group and kfp-action', () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'kfp-sigint-')), 'pid');
    const module = path.resolve(
      import.meta.dirname,
      '../../../src/adapters/kfp-compiler/run-python.ts',
    );
    const code = `import subprocess, time\np = subprocess.Popen(["sleep", "60"])\nopen(${JSON.stringify(pidFile)}, "w").write(str(p.pid))\ntime.sleep(60)`;
    const script = [
      `import { startPython } from ${JSON.stringify(module)};`,
      `void startPython(${JSON.stringify(python)}, ['-c', ${JSON.stringify(code)}], { cwd: '/tmp' }).finish(60000);`,
      `setTimeout(() => process.kill(process.pid, 'SIGINT'), 1500);`,
    ].join('\n');
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.signal).toBe('SIGINT');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });
});
