/**
 * `compile` as users run it: the built CLI and action (dist/) driving the real KFP SDK from the
 * project's venv. Python starts are few (each imports kfp, ~1–2 s): one CLI run over the broken
 * fixtures, one action run over every good pipeline of the project, and cheap environment probes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { validateText } from '../../src/core/validate/index.js';
import { collectBody } from '../support/markdown/github-render.js';

const root = path.resolve(import.meta.dirname, '../..');
const python = path.join(root, '.venv/bin/python');
const haveVenv = existsSync(python);
const maybe = haveVenv ? describe : describe.skip;
if (!haveVenv) console.warn('skipped: no .venv with the pinned kfp (run scripts/setup.sh)');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-compile-process-'));
  if (!existsSync(path.join(root, 'dist/cli.js'))) {
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', KFP_ACTION_PYTHON: python, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every `# expect: <code>` marker under a folder, as `file:line` → code. */
function expectedErrors(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.py')) {
        readFileSync(full, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const m = /# expect: (\S+)/.exec(line);
            if (m) out.set(`${path.relative(root, full)}:${i + 1}`, m[1]!);
          });
      }
    }
  };
  walk(dir);
  return out;
}

/** All values of `key` anywhere in a parsed document. */
function findAll(value: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => findAll(v, key, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key) out.push(v);
      findAll(v, key, out);
    }
  }
  return out;
}

maybe('kfp-action compile (CLI, real KFP SDK)', () => {
  it('reports each broken pipeline at its file:line, still compiles the good one, exits 1', () => {
    const out = path.join(tmp, 'errors');
    const r = cli([
      'compile',
      'test/fixtures/compile-errors/*.py',
      'test/fixtures/compile-errors/pkg/relative_pipeline.py',
      '--output-dir',
      out,
    ]);
    expect(r.code).toBe(1);
    const expected = expectedErrors(path.join(root, 'test/fixtures/compile-errors'));
    expect(expected.size).toBe(5);
    const reported = r.stderr.split('\n').filter((l) => / error: .*\(compile\//.test(l));
    for (const [where, code] of expected) {
      expect(reported).toContainEqual(
        expect.stringMatching(new RegExp(`^${where}(:\\d+)?: error: .*\\(${code}\\)$`)),
      );
    }
    expect(reported).toHaveLength(expected.size);
    expect(r.stderr).not.toMatch(/Traceback|\n\s+at /);
    expect(r.stdout).toContain('compiled good-pipeline: test/fixtures/compile-errors/good.py');
    expect(r.stdout).toContain(
      'compiled relative-import: test/fixtures/compile-errors/pkg/relative_pipeline.py',
    );
    const ir = readFileSync(path.join(out, 'compiled/good-pipeline.yaml'), 'utf8');
    expect(validateText(ir, 'good-pipeline.yaml')).toEqual({ valid: true, diagnostics: [] });
  });

  it('says how to fix a missing interpreter, a missing kfp and another kfp version', () => {
    const missing = cli([
      'compile',
      'examples/breast-cancer/pipeline.py',
      '--python',
      '/nonexistent/python3',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'Python interpreter "/nonexistent/python3" could not be started (ENOENT)',
    );
    expect(missing.stderr).toContain("pip install 'kfp==2.17.3'");

    // An interpreter without site-packages has no kfp.
    const bare = path.join(tmp, 'bare-python');
    writeFileSync(bare, `#!/bin/sh\nexec "${python}" -S "$@"\n`, { mode: 0o755 });
    const noKfp = cli(['compile', 'examples/breast-cancer/pipeline.py', '--python', bare]);
    expect(noKfp.code).toBe(1);
    expect(noKfp.stderr).toContain(`kfp is not installed for ${bare}`);

    // Package metadata earlier on sys.path than the venv's: Python reports kfp 2.0.1.
    const shadow = path.join(tmp, 'shadow');
    mkdirSync(path.join(shadow, 'kfp-2.0.1.dist-info'), { recursive: true });
    writeFileSync(
      path.join(shadow, 'kfp-2.0.1.dist-info/METADATA'),
      'Metadata-Version: 2.1\nName: kfp\nVersion: 2.0.1\n',
    );
    const old = cli(['compile', 'examples/breast-cancer/pipeline.py'], { PYTHONPATH: shadow });
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('kfp 2.0.1 is installed');
    expect(old.stderr).toContain(`run: ${python} -m pip install 'kfp==2.17.3'`);
  });

  it('starts Python once, ahead of the command; a run that needs no Python ends what it started', () => {
    const log = path.join(tmp, 'starts.log');
    // Logs each start (pid and arguments), then is the venv's interpreter (exec keeps the pid).
    const logged = path.join(tmp, 'logged-python');
    writeFileSync(logged, `#!/bin/sh\necho "$$ $*" >> '${log}'\nexec "${python}" "$@"\n`, {
      mode: 0o755,
    });
    const starts = () =>
      existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
    const dead = (line: string) => {
      const stat = `/proc/${line.split(' ')[0]}/stat`;
      const until = Date.now() + 5000;
      while (existsSync(stat) && !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'))) {
        if (Date.now() > until) return false;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      }
      return true;
    };

    // A module: the process started before the command loaded is the one that compiles.
    const out = path.join(tmp, 'ahead');
    const one = cli(['compile', 'examples/breast-cancer/pipeline.py', '--output-dir', out], {
      KFP_ACTION_PYTHON: logged,
    });
    expect({ code: one.code, stderr: one.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(starts()).toEqual([
      expect.stringMatching(/^\d+ \S+ --compile - --require-kfp 2\.17\.3 /),
    ]);
    rmSync(log);

    // A config that lists compiled IR only: started ahead, never used, ended at exit.
    const irOnly = path.join(tmp, 'ir-only');
    mkdirSync(irOnly, { recursive: true });
    writeFileSync(
      path.join(irOnly, 'good-pipeline.yaml'),
      readFileSync(path.join(root, 'test/fixtures/compile-ir/good-pipeline.yaml')),
    );
    writeFileSync(
      path.join(irOnly, 'kfp-action.yaml'),
      'version: 1\npipelines:\n  - source: good-pipeline.yaml\n',
    );
    const ir = cli(['compile', '--working-directory', irOnly], { KFP_ACTION_PYTHON: logged });
    expect({ code: ir.code, stderr: ir.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(starts()).toHaveLength(1);
    expect(starts().filter((line) => !dead(line))).toEqual([]);
    rmSync(log, { force: true });

    // Only IR named on the command line: no Python at all.
    const named = cli(
      ['compile', 'test/fixtures/compile-ir/good-pipeline.yaml', '--output-dir', out],
      { KFP_ACTION_PYTHON: logged },
    );
    expect(named.code).toBe(0);
    expect(starts()).toEqual([]);
  });

  it('without a config file, looks for pipelines and says so when there are none (exit 1)', () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = cli(['compile', '--working-directory', empty, '--config', 'no-such-config.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-config.yaml does not exist and no pipeline was found');
    expect(r.stderr).toContain('(config/no-pipelines-found)');
  });
});

maybe('command: compile (action, real KFP SDK)', () => {
  const out = () => path.join(tmp, 'action');
  let run: { code: number | null; stdout: string; outputs: string; ir: Map<string, unknown[]> };

  beforeAll(() => {
    const outputFile = path.join(tmp, 'github-output');
    const summaryFile = path.join(tmp, 'github-summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const r = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        INPUT_COMMAND: 'compile',
        INPUT_PYTHON: python,
        'INPUT_WORKING-DIRECTORY': '.',
        'INPUT_OUTPUT-DIR': out(),
        // Every pipeline of the project, plus one broken module: the rest must still compile.
        INPUT_PIPELINES:
          'test/fixtures/pipelines/*.py\nexamples/breast-cancer/pipeline.py\ntest/fixtures/compile-errors/type_error.py\n',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const ir = new Map<string, unknown[]>();
    const dir = path.join(out(), 'compiled');
    for (const f of existsSync(dir) ? readdirSync(dir) : []) {
      ir.set(
        f,
        parseAllDocuments(readFileSync(path.join(dir, f), 'utf8')).map((d) =>
          Array.isArray(d) ? undefined : d.toJS(),
        ),
      );
    }
    run = { code: r.status, stdout: r.stdout, outputs: readFileSync(outputFile, 'utf8'), ir };
    collectBody('compile job summary', readFileSync(summaryFile, 'utf8'));
  });

  it('annotates the broken module at its line and fails the step', () => {
    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error title=kfp-action compile\/type-error,file=test\/fixtures\/compile-errors\/type_error.py,line=17::InconsistentTypeException: /,
      ),
      expect.stringContaining('kfp-action compile failed'),
    ]);
  });

  it('writes one IR per pipeline, named after it, and lists them in the `compiled` output', () => {
    const compiled = /compiled<<(\S+)\n([\s\S]*?)\n\1/.exec(run.outputs);
    expect(compiled).not.toBeNull();
    const list = JSON.parse(compiled![2]!) as { name: string; source: string; file: string }[];
    expect(list.map((c) => [c.name, c.source]).sort()).toEqual([
      ['breast-cancer-xgboost', 'examples/breast-cancer/pipeline.py'],
      ['control-flow', 'test/fixtures/pipelines/control_flow.py'],
      // make-parts is a sub-pipeline of loops: compiled into it, not on its own.
      ['loops', 'test/fixtures/pipelines/loops.py'],
      ['platform', 'test/fixtures/pipelines/platform.py'],
    ]);
    for (const c of list) expect(path.basename(c.file)).toBe(`${c.name}.yaml`);
    expect([...run.ir.keys()].sort()).toEqual(list.map((c) => `${c.name}.yaml`).sort());
  });

  it('compiled IR that validates with no finding', () => {
    for (const name of run.ir.keys()) {
      const text = readFileSync(path.join(out(), 'compiled', name), 'utf8');
      expect([name, validateText(text, name)]).toEqual([name, { valid: true, diagnostics: [] }]);
    }
  });

  it('the project’s own pipelines together use every IR feature', () => {
    const spec = (name: string) => run.ir.get(`${name}.yaml`)![0];
    const control = spec('control-flow');
    const conditions = findAll(control, 'condition') as string[];
    expect(conditions.length).toBe(3); // if / elif / else
    expect(conditions.some((c) => c.startsWith('!('))).toBe(true); // the else branch
    expect(findAll(control, 'valueFromOneof').length).toBeGreaterThan(0);
    expect(findAll(control, 'strategy')).toContain('ALL_UPSTREAM_TASKS_COMPLETED'); // exit handler
    expect(findAll(control, 'retryPolicy')).toEqual([
      expect.objectContaining({ maxRetryCount: 2 }),
    ]);
    const tasks = findAll(control, 'tasks') as Record<
      string,
      { cachingOptions?: { enableCache?: boolean } }
    >[];
    const flip = tasks.find((t) => t.flip)!.flip!;
    expect(flip.cachingOptions?.enableCache).toBeUndefined(); // caching turned off

    const loops = spec('loops');
    expect(findAll(loops, 'parameterIterator').length).toBeGreaterThanOrEqual(3);
    expect(findAll(loops, 'artifactIterator')).toHaveLength(1);
    expect(findAll(loops, 'iteratorPolicy')).toEqual([{ parallelismLimit: 2 }]);
    expect(findAll(loops, 'parameterExpressionSelector').length).toBeGreaterThan(0);
    expect(findAll(loops, 'isArtifactList')).toContain(true); // Collected artifacts
    expect(findAll(loops, 'comp-make-parts').length).toBe(1); // nested pipeline

    const [platformSpec, platformDoc] = run.ir.get('platform.yaml')!;
    expect(findAll(platformSpec, 'importer')).toContainEqual(
      expect.objectContaining({
        artifactUri: expect.anything(),
        typeSchema: { schemaTitle: 'system.Dataset', schemaVersion: '0.0.1' },
      }),
    );
    const args = (findAll(platformSpec, 'args') as string[][]).flat();
    expect(args.some((a) => a.startsWith('{"Concat"'))).toBe(true);
    expect(args.some((a) => a.startsWith('{"IfPresent"'))).toBe(true);
    expect(findAll(platformDoc, 'secretAsEnv').length).toBe(1);
    expect(findAll(platformDoc, 'nodeSelector').length).toBe(1);
  });

  it('the example: get-data → train-model → eval-model with metrics and a deploy output', () => {
    const example = run.ir.get('breast-cancer-xgboost.yaml')![0] as {
      root: {
        dag: { tasks: Record<string, unknown> };
        inputDefinitions: { parameters: Record<string, unknown> };
      };
      components: Record<
        string,
        {
          outputDefinitions?: {
            parameters?: Record<string, unknown>;
            artifacts?: Record<string, { artifactType: { schemaTitle: string } }>;
          };
        }
      >;
    };
    expect(Object.keys(example.root.dag.tasks).sort()).toEqual([
      'eval-model',
      'get-data',
      'train-model',
    ]);
    expect(Object.keys(example.root.inputDefinitions.parameters)).toContain('threshold');
    const evalOut = example.components['comp-eval-model']!.outputDefinitions!;
    expect(evalOut.parameters).toEqual({ deploy: { parameterType: 'STRING' } });
    expect(evalOut.artifacts!.metrics!.artifactType.schemaTitle).toBe('system.Metrics');
    expect(evalOut.artifacts!.classification_metrics!.artifactType.schemaTitle).toBe(
      'system.ClassificationMetrics',
    );
    expect(
      example.components['comp-train-model']!.outputDefinitions!.artifacts!.model!.artifactType
        .schemaTitle,
    ).toBe('system.Model');
  });
});
