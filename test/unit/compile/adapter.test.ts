/**
 * The KfpPythonCompiler adapter against stand-in programs run by /bin/sh (no kfp, no Python): what
 * happens when the compile program crashes, hangs, or answers nonsense. The real program is
 * covered by test/process/compile.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileProgramPath } from '../../../src/adapters/kfp-compiler/program.js';
import { KfpPythonCompiler } from '../../../src/adapters/kfp-compiler/compiler.js';
import {
  takeWarmCompileProcess,
  warmCompileProcess,
} from '../../../src/adapters/kfp-compiler/compile-process.js';
import { KFP_PINNED_VERSION } from '../../../src/adapters/kfp-compiler/version.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { nullLogger } from '../../../src/ports/logger.js';

let dir: string;
const ENV_JSON = '{"python": "/fake/python", "pythonVersion": "3.11.7", "kfp": "2.17.3"}';

/** A shell "program": `$1` is --env or --compile; the result file is the last argument. */
function program(name: string, onCompile: string, env = ENV_JSON): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    [
      'for last; do :; done',
      `if [ "$1" = --env ]; then printf '%s' '${env}' > "$last"; exit 0; fi`,
      onCompile,
      '',
    ].join('\n'),
  );
  return file;
}

const request = () => ({
  source: path.join(dir, 'repo/p.py'),
  outputDir: path.join(dir, 'out'),
  importRoot: path.join(dir, 'repo'),
});

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kfp-adapter-'));
  mkdirSync(path.join(dir, 'repo'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('KfpPythonCompiler', () => {
  it('finds the shipped compile program above its own folder', () => {
    expect(existsSync(compileProgramPath())).toBe(true);
    expect(compileProgramPath()).toMatch(/python\/kfp_action_compile\.py$/);
  });

  it('turns a crash into one located error per module, quoting what Python printed', async () => {
    const p = program('crash.sh', 'echo "MemoryError: out of memory" >&2; exit 3');
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    const [a, b] = await c.compileAll([
      request(),
      { ...request(), source: path.join(dir, 'repo/q.py') },
    ]);
    expect(a).toEqual({
      pipelines: [],
      diagnostics: [
        {
          code: 'compile/crashed',
          severity: 'error',
          file: 'p.py',
          message:
            'the Python compile program stopped without a result (exit 3): MemoryError: out of memory',
        },
      ],
    });
    expect(b!.diagnostics[0]).toMatchObject({ code: 'compile/crashed', file: 'q.py' });
  });

  it('stops a module that hangs', async () => {
    const p = program('hang.sh', 'exec sleep 30');
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, {
      program: p,
      timeoutMs: (n) => (n ? 300 : 5000),
    });
    const [a] = await c.compileAll([request()]);
    expect(a!.diagnostics).toEqual([
      expect.objectContaining({
        code: 'compile/timeout',
        message: expect.stringContaining('does a pipeline module run long work'),
      }),
    ]);
  });

  it('says so when the program cannot start in the repository folder', async () => {
    const p = program('any.sh', 'exit 0');
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    const [a] = await c.compileAll([{ ...request(), importRoot: path.join(dir, 'gone') }]);
    expect(a!.diagnostics[0]!.message).toContain('could not be started in');
  });

  it('rejects an answer that is not JSON of the expected shape', async () => {
    const p = program('junk.sh', 'printf "[1,2]" > "$last"');
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    const [a] = await c.compileAll([request()]);
    expect(a!.diagnostics[0]!.code).toBe('compile/crashed');
  });

  it('maps a result to pipelines and located diagnostics', async () => {
    const result = JSON.stringify({
      python: '/fake/python',
      pythonVersion: '3.11.7',
      kfp: '2.17.3',
      jobs: [
        {
          source: request().source,
          pipelines: [{ name: 'p', function: 'p', file: path.join(dir, 'out/p.yaml') }],
          errors: [
            {
              kind: 'import',
              type: 'ModuleNotFoundError',
              message: "No module named 'x'",
              frames: [{ file: path.join(dir, 'repo/lib/h.py'), line: 4, name: '<module>' }],
            },
          ],
        },
      ],
    });
    writeFileSync(path.join(dir, 'result.json'), result);
    const p = program('ok.sh', `cat '${path.join(dir, 'result.json')}' > "$last"`);
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    const outcome = await c.compile(request());
    expect(outcome.pipelines).toEqual([
      {
        name: 'p',
        function: 'p',
        source: request().source,
        outputFile: path.join(dir, 'out/p.yaml'),
        kind: 'pipeline',
      },
    ]);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: 'compile/import-error', file: 'lib/h.py', line: 4 }),
    ]);
  });

  it('refuses to compile with another kfp version, saying how to fix it', async () => {
    const p = program(
      'old.sh',
      'exit 0',
      '{"python": "/fake/python", "pythonVersion": "3.11.7", "kfp": "2.7.0"}',
    );
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    await expect(c.compileAll([request()])).rejects.toEqual(expect.any(UserError));
    await expect(c.checkEnvironment()).rejects.toMatchObject({
      message: expect.stringContaining("/fake/python -m pip install 'kfp==2.17.3'"),
      diagnostics: [expect.objectContaining({ code: 'compile/kfp-version' })],
    });
  });

  it('reports an interpreter that cannot run the program', async () => {
    const c = new KfpPythonCompiler('/bin/false', nullLogger, {
      program: path.join(dir, 'none.py'),
    });
    await expect(c.checkEnvironment()).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ code: 'compile/python-not-found' })],
      message: expect.stringContaining('"/bin/false" did not run the compile program (exit 1)'),
    });
  });

  it('checks the environment and compiles in one process (no probe first)', async () => {
    const calls = path.join(dir, 'calls-ok.txt');
    const result = JSON.stringify({
      python: '/fake/python',
      pythonVersion: '3.11.7',
      kfp: '2.17.3',
      jobs: [{ source: request().source, pipelines: [], errors: [] }],
    });
    writeFileSync(path.join(dir, 'one.json'), result);
    const p = program(
      'one.sh',
      `grep -q '"requireKfp":"2.17.3"' "$2" || exit 9; echo "$1" >> '${calls}'; cat '${path.join(dir, 'one.json')}' > "$last"`,
    );
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    const [a] = await c.compileAll([request()]);
    expect(a).toMatchObject({ pipelines: [], diagnostics: [] });
    expect(await c.checkEnvironment()).toEqual({
      python: '/fake/python',
      pythonVersion: '3.11.7',
      kfpVersion: '2.17.3',
    });
    expect(readFileSync(calls, 'utf8')).toBe('--compile\n');
  });

  it('refuses another kfp from the compile process itself, which compiled nothing', async () => {
    const calls = path.join(dir, 'calls-old.txt');
    const p = program(
      'old-one.sh',
      `echo "$1" >> '${calls}'; printf '%s' '{"python": "/fake/python", "pythonVersion": "3.11.7", "kfp": "2.7.0", "jobs": []}' > "$last"`,
    );
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    await expect(c.compileAll([request()])).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ code: 'compile/kfp-version' })],
    });
    await expect(c.checkEnvironment()).rejects.toEqual(expect.any(UserError));
    expect(readFileSync(calls, 'utf8')).toBe('--compile\n');
  });

  it('compiles in the process started ahead for this interpreter and folder, and only there', async () => {
    const calls = path.join(dir, 'calls-warm.txt');
    const result = JSON.stringify({
      python: '/fake/python',
      pythonVersion: '3.11.7',
      kfp: KFP_PINNED_VERSION,
      jobs: [{ source: request().source, pipelines: [], errors: [] }],
    });
    writeFileSync(path.join(dir, 'warm.json'), result);
    // Each start is logged with its folder; the request is read from stdin, as the real program does.
    const p = program(
      'warm.sh',
      `echo "start $PWD $*" >> '${calls}'; grep -q '"jobs"' - || exit 9; cat '${path.join(dir, 'warm.json')}' > "$last"`,
    );
    const elsewhere = path.join(dir, 'out');
    mkdirSync(elsewhere, { recursive: true });
    warmCompileProcess('/bin/sh', elsewhere, p);
    // Another folder (a base commit's worktree): not taken, a process of its own.
    expect(takeWarmCompileProcess('/bin/sh', request().importRoot, p, KFP_PINNED_VERSION)).toBe(
      undefined,
    );
    const c = new KfpPythonCompiler('/bin/sh', nullLogger, { program: p });
    await c.compileAll([{ ...request(), importRoot: elsewhere }]);
    await c.compileAll([request()]);
    const lines = readFileSync(calls, 'utf8').trim().split('\n');
    expect(lines).toEqual([
      `start ${elsewhere} --compile - --require-kfp ${KFP_PINNED_VERSION} --result ${lines[0]!.split(' ').pop()}`,
      expect.stringMatching(new RegExp(`^start ${request().importRoot} --compile - `)),
    ]);
    // Taken once: nothing is left to take.
    expect(takeWarmCompileProcess('/bin/sh', elsewhere, p, KFP_PINNED_VERSION)).toBe(undefined);
  });
});
