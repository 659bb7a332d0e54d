/**
 * Real KFP modules (test/fixtures/kfp-modules/, in the shapes of kfp's own test data) through the
 * built CLI with the pinned kfp in the venv: sub-pipelines compiled and run once, --pipeline,
 * lone components, embedded archives, package pins, pipeline outputs and --gcs-dir.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
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
import { diffSpecs } from '../../src/core/diff/diff.js';
import type { RunResult } from '../../src/core/result/model.js';
import { specDigest } from '../../src/core/spec/digest.js';
import { cacheKey } from '../../src/local/cache.js';
import { loadSpecText } from '../../src/core/spec/load.js';
import type { PipelineSpec } from '../../src/core/spec/types.js';

const root = path.resolve(import.meta.dirname, '../..');
const python = path.join(root, '.venv/bin/python');
const modules = path.join(root, 'test/fixtures/kfp-modules');
const haveVenv = existsSync(python);
if (!haveVenv) console.warn('skipped: no .venv with the pinned kfp (run scripts/setup.sh)');
const maybe = haveVenv ? describe : describe.skip;

let tmp: string;
let n = 0;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-fidelity-'));
  if (!existsSync(path.join(root, 'dist/cli.js'))) {
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fresh(): string {
  const d = path.join(tmp, `ws-${++n}`);
  mkdirSync(d, { recursive: true });
  return d;
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: tmp, KFP_ACTION_PYTHON: python, CI: 'true' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runFolder(stdout: string, cwd: string): string {
  const report = /^Report: (.+)$/m.exec(stdout)?.[1];
  if (!report) throw new Error(`no report path in:\n${stdout}`);
  return path.dirname(path.resolve(cwd, report));
}

function resultOf(stdout: string, cwd: string): RunResult {
  return JSON.parse(
    readFileSync(path.join(runFolder(stdout, cwd), 'result.json'), 'utf8'),
  ) as RunResult;
}

const mod = (name: string) => path.join(modules, name);

maybe('sub-pipelines (pipeline_in_pipeline.py)', () => {
  it('compile writes the outermost pipelines only: the inner one is compiled into them', () => {
    const cwd = fresh();
    const r = cli(['compile', mod('pipeline_in_pipeline.py')], cwd);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(readdirSync(path.join(cwd, '.kfp-action/compiled')).sort()).toEqual([
      'pipeline-in-pipeline-complex.yaml',
      'pipeline-not-used.yaml',
    ]);
    const outer = readFileSync(
      path.join(cwd, '.kfp-action/compiled/pipeline-in-pipeline-complex.yaml'),
      'utf8',
    );
    expect(outer).toContain('comp-inner-pipeline:');
  });

  it('a sub-pipeline that could not be compiled on its own does not fail the module', () => {
    // Another module with its own sub-pipeline of the same name: compiled on their own, the two
    // inner-pipeline.yaml files would collide (compile/duplicate-name); compiled into their
    // outer pipelines, nothing collides.
    const cwd = fresh();
    writeFileSync(
      path.join(cwd, 'other.py'),
      [
        'from kfp import dsl',
        '',
        '@dsl.component(base_image="python:3.11")',
        'def echo(msg: str) -> str:',
        '    return msg',
        '',
        '@dsl.pipeline(name="inner-pipeline")',
        'def inner(msg: str):',
        '    echo(msg=msg)',
        '',
        '@dsl.pipeline(name="other-outer")',
        'def outer():',
        '    inner(msg="x")',
        '',
      ].join('\n'),
    );
    const r = cli(['compile', mod('pipeline_in_pipeline.py'), 'other.py'], cwd);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 0,
      stderr: expect.not.stringContaining('duplicate-name'),
    });
    expect(readdirSync(path.join(cwd, '.kfp-action/compiled')).sort()).toEqual([
      'other-outer.yaml',
      'pipeline-in-pipeline-complex.yaml',
      'pipeline-not-used.yaml',
    ]);
  });

  it('--pipeline picks one by function or pipeline name, a sub-pipeline too', () => {
    const cwd = fresh();
    const byFunction = cli(
      ['compile', mod('pipeline_in_pipeline.py'), '--pipeline', 'my_pipeline'],
      cwd,
    );
    expect(byFunction.code).toBe(0);
    expect(byFunction.stdout).toMatch(/^compiled pipeline-in-pipeline-complex: /m);
    expect(byFunction.stdout).not.toContain('pipeline-not-used');
    const sub = cli(
      ['compile', mod('pipeline_in_pipeline.py'), '--pipeline', 'inner-pipeline'],
      cwd,
    );
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/^compiled inner-pipeline: /m);
    const wrong = cli(['compile', mod('pipeline_in_pipeline.py'), '--pipeline', 'nope'], cwd);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /no pipeline named "nope" .*pipelines found: inner-pipeline \(graph_component\), pipeline-not-used \(pipeline_not_used\), pipeline-in-pipeline-complex \(my_pipeline\) \(compile\/pipeline-not-found\)/,
    );
  });

  it('run asks for --pipeline when two outermost pipelines remain, then runs the chosen one once', () => {
    const cwd = fresh();
    const several = cli(['run', mod('pipeline_in_pipeline.py')], cwd);
    expect(several.code).toBe(1);
    expect(several.stderr).toMatch(
      /2 pipelines found \(pipeline-not-used from \S+pipeline_in_pipeline\.py, pipeline-in-pipeline-complex from \S+pipeline_in_pipeline\.py\); run takes one: choose it with --pipeline NAME/,
    );
    expect(several.stderr).not.toContain('name its source');
    const r = cli(['run', mod('pipeline_in_pipeline.py'), '--pipeline', 'my_pipeline'], cwd);
    expect(r.code).toBe(0);
    const result = resultOf(r.stdout, cwd);
    expect(result.pipelineName).toBe('pipeline-in-pipeline-complex');
    // The inner pipeline ran once per loop item: print-op2 for "Hello", print-op for "world!".
    const ran = result.tasks
      .filter((t) => t.state === 'SUCCEEDED' && /^print-op/.test(t.name))
      .map((t) => t.name)
      .sort();
    expect(ran).toEqual(['print-op', 'print-op1', 'print-op1', 'print-op1', 'print-op2']);
  });
});

maybe('a lone component (lone_component.py)', () => {
  it('compiles to a component YAML as `kfp dsl compile` does; validate accepts it; run says what to do', () => {
    const cwd = fresh();
    const r = cli(['compile', mod('lone_component.py')], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^compiled add-numbers: .* -> \.kfp-action\/compiled\/add-numbers\.yaml \(component\)$/m,
    );
    const v = cli(['validate', '.kfp-action/compiled/add-numbers.yaml'], cwd);
    expect({ code: v.code, stdout: v.stdout.trim() }).toEqual({ code: 0, stdout: '1 file valid' });
    const run = cli(['run', mod('lone_component.py')], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /defines component add-numbers and no pipeline; .* use the component in a @dsl\.pipeline and run that \(run\/component\)/,
    );
  });

  it('a module found by a glob with components only is still skipped (it is a helper, not a pipeline)', () => {
    const cwd = fresh();
    const r = cli(['compile', `${modules}/lone_*.py`], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no pipeline found in the sources');
  });
});

maybe('an embedded artifact (embedded_artifact.py, as notebook components carry theirs)', () => {
  const spec = (file: string): PipelineSpec => {
    const loaded = loadSpecText(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} did not load`);
    return loaded.loaded.spec;
  };
  const archive = (text: string) => /__KFP_EMBEDDED_ARCHIVE_B64 = '([^']+)'/.exec(text)?.[1];

  it('a re-compile of unchanged code: new archive bytes, no diff, the same digest, a cache hit', () => {
    const cwd = fresh();
    cpSync(modules, path.join(cwd, 'm'), { recursive: true });
    const source = path.join(cwd, 'm/embedded_artifact.py');
    const ir = path.join(cwd, '.kfp-action/compiled/embedded-artifact.yaml');
    const first = cli(['run', source], cwd);
    expect(first.code).toBe(0);
    expect(resultOf(first.stdout, cwd).tasks[0]!.outputParameters.Output).toBe(
      'hello from an embedded file; 1 row(s)',
    );
    const before = readFileSync(ir, 'utf8');
    // gzip stores the time in whole seconds: let it change.
    spawnSync('sleep', ['1.1']);
    const second = cli(['run', source], cwd);
    expect(second.code).toBe(0);
    const after = readFileSync(ir, 'utf8');
    expect(archive(after)).toBeDefined();
    expect(archive(after)).not.toBe(archive(before)); // the bytes did change …
    const beforeFile = path.join(cwd, 'before.yaml');
    writeFileSync(beforeFile, before);
    expect(diffSpecs({ spec: spec(beforeFile) }, { spec: spec(ir) }).changed).toEqual([]);
    expect(specDigest(spec(beforeFile))).toBe(specDigest(spec(ir)));
    const task = resultOf(second.stdout, cwd).tasks[0]!;
    expect({ cached: task.cached, output: task.outputParameters.Output }).toEqual({
      cached: true,
      output: 'hello from an embedded file; 1 row(s)',
    });

    // … and a change to an embedded file is a change: diff, digest and a cache miss.
    writeFileSync(path.join(cwd, 'm/embedded_assets/table.csv'), 'a,b\n1,2\n3,4\n');
    const third = cli(['run', source], cwd);
    expect(third.code).toBe(0);
    const changed = diffSpecs({ spec: spec(beforeFile) }, { spec: spec(ir) }).changed;
    expect(changed.map((c) => c.key)).toEqual(['read-assets']);
    expect(specDigest(spec(beforeFile))).not.toBe(specDigest(spec(ir)));
    const rerun = resultOf(third.stdout, cwd).tasks[0]!;
    expect({ cached: rerun.cached, output: rerun.outputParameters.Output }).toEqual({
      cached: false,
      output: 'hello from an embedded file; 2 row(s)',
    });
  });
});

maybe('a notebook component (notebook_component.py)', () => {
  it('compiled twice: other archive bytes, no diff, the same digest and the same cache key', () => {
    const cwd = fresh();
    const ir = path.join(cwd, '.kfp-action/compiled/notebook-component.yaml');
    const load = (text: string): PipelineSpec => {
      const loaded = loadSpecText(text, 'notebook-component.yaml');
      if (!loaded.ok) throw new Error('did not load');
      return loaded.loaded.spec;
    };
    expect(cli(['compile', mod('notebook_component.py')], cwd).code).toBe(0);
    const first = readFileSync(ir, 'utf8');
    spawnSync('sleep', ['1.1']); // gzip keeps whole seconds
    expect(cli(['compile', mod('notebook_component.py')], cwd).code).toBe(0);
    const second = readFileSync(ir, 'utf8');
    expect(first).toContain('__KFP_EMBEDDED_ARCHIVE_B64');
    expect(second).not.toBe(first);
    const [a, b] = [load(first), load(second)];
    expect(diffSpecs({ spec: a }, { spec: b }).changed).toEqual([]);
    expect(specDigest(a)).toBe(specDigest(b));
    const key = (spec: PipelineSpec) =>
      cacheKey({
        component: spec.components!['comp-shout-notebook']!,
        executor: spec.deploymentSpec!.executors!['exec-shout-notebook']!,
        parameters: { text: 'hello' },
        artifacts: {},
      });
    expect(key(a)).toBe(key(b));
  });
});

maybe('what a run produced (pipeline_outputs.py)', () => {
  it('pipeline outputs and sub-pipeline artifacts in result.json and the report; full iteration paths', () => {
    const cwd = fresh();
    const r = cli(['run', mod('pipeline_outputs.py')], cwd);
    expect(r.code).toBe(0);
    const result = resultOf(r.stdout, cwd);
    expect(result.outputs?.parameters).toEqual({ selected: 'A' });
    const loud = result.outputs!.artifacts;
    expect(loud.map((a) => [a.outputName, a.schemaTitle])).toEqual([['loud', 'system.Dataset']]);
    expect(readFileSync(loud[0]!.uri, 'utf8')).toBe('QUIET');
    // The sub-pipeline's own record carries its artifact output too.
    const sub = result.tasks.find((t) => t.name === 'shout-it')!;
    expect(sub.outputArtifacts.map((a) => a.uri)).toEqual([loud[0]!.uri]);
    // Loops in loops: every pair knows both indexes.
    const pairs = result.tasks
      .filter((t) => t.name === 'pair')
      .map((t) => [t.iterationPath, t.outputParameters.Output])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(pairs).toEqual([
      [[0, 0], '1-10'],
      [[0, 1], '1-20'],
      [[1, 0], '2-10'],
      [[1, 1], '2-20'],
    ]);
    expect(r.stdout).toMatch(/pair #1\.1 /);
    const report = readFileSync(path.join(runFolder(r.stdout, cwd), 'report.md'), 'utf8');
    expect(report).toContain('**Pipeline outputs**');
    expect(report).toContain('| `selected` | `"A"` |');
    expect(report).toMatch(
      /\| `loud` \| system&#46;Dataset `[^`]+\/shout-it\/shout\/artifacts\/loud` \|/,
    );
  });
});

maybe('package pins and Cloud Storage (package_pins.py)', () => {
  it('a pinned version the venv lacks is a warning in the log and the report; --strict-packages refuses', () => {
    const cwd = fresh();
    const r = cli(['run', mod('package_pins.py'), '--pipeline', 'package-pins'], cwd);
    expect(r.code).toBe(0);
    const installed = readdirSync(path.join(root, '.venv/lib/python3.11/site-packages'))
      .map((f) => /^pandas-(.+)\.dist-info$/.exec(f)?.[1])
      .find(Boolean)!;
    const warning = `pandas==2.2.0 is asked for by frame-size, but the venv has pandas ${installed}`;
    expect(r.stderr + r.stdout).toContain(warning);
    expect(r.stderr + r.stdout).not.toContain('pyyaml>=6'); // satisfied
    const result = resultOf(r.stdout, cwd);
    expect(result.warnings).toEqual([
      { code: 'run/package-version', message: expect.stringContaining(warning) },
    ]);
    const report = readFileSync(path.join(runFolder(r.stdout, cwd), 'report.md'), 'utf8');
    expect(report).toMatch(
      /- ⚠️ pandas&#61;&#61;2&#46;2&#46;0 is asked for by frame&#45;size.*\(`run\/package-version`\)/,
    );

    const strict = cli(
      ['run', mod('package_pins.py'), '--pipeline', 'package-pins', '--strict-packages'],
      cwd,
    );
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /cannot run package-pins with --strict-packages: pandas==2\.2\.0 is asked for .*\(run\/package-version\)/,
    );
    expect(strict.stdout).not.toContain('Report:');
  });

  it('an importer of gs://: without --gcs-dir the failure says what to do; with it, DIR/bucket/path is read', () => {
    const cwd = fresh();
    const bare = cli(['run', mod('package_pins.py'), '--pipeline', 'gcs-importer'], cwd);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(
      /task count-lines failed: its input artifact gs:\/\/example-bucket\/data\/rows\.txt is Cloud Storage, which Vertex mounts at \/gcs\/ and this machine does not: copy the objects to a folder and run with --gcs-dir DIR .*\(run\/gcs-uri\)/,
    );
    const missing = cli(
      ['run', mod('package_pins.py'), '--pipeline', 'gcs-importer', '--gcs-dir', 'gcs'],
      cwd,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /task importer failed: .*gs:\/\/example-bucket\/data\/rows\.txt is .*gcs\/example-bucket\/data\/rows\.txt with --gcs-dir, and that does not exist.*\(run\/gcs-uri\)/,
    );
    mkdirSync(path.join(cwd, 'gcs/example-bucket/data'), { recursive: true });
    writeFileSync(path.join(cwd, 'gcs/example-bucket/data/rows.txt'), 'a\nb\nc\n');
    const mapped = cli(
      ['run', mod('package_pins.py'), '--pipeline', 'gcs-importer', '--gcs-dir', 'gcs'],
      cwd,
    );
    expect(mapped.code).toBe(0);
    const result = resultOf(mapped.stdout, cwd);
    expect(result.tasks.find((t) => t.name === 'count-lines')!.outputParameters.Output).toBe(3);
  });
});

maybe('messages for what KFP itself would reject or a local run cannot do', () => {
  it('@dsl.container_component() gets its own hint at its line', () => {
    const cwd = fresh();
    const r = cli(['compile', mod('container_component_called.py')], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /container_component_called\.py:8: error: TypeError: container_component\(\) missing 1 required positional argument: 'func' — write @dsl\.container_component without parentheses \(it takes no arguments\) \(compile\/missing-argument\)/,
    );
    expect(r.stderr).not.toContain('pass every component input');
  });

  const volume = path.join(
    process.env.KFP_IR_CORPUS ?? path.resolve(root, '../shared/corpus/kfp-ir'),
    'valid/pipeline_with_volume.yaml',
  );
  (existsSync(volume) ? it : it.skip)(
    'a kfp-kubernetes CreatePVC task is Kubernetes-only, not "on Vertex"',
    () => {
      const cwd = fresh();
      const r = cli(['run', volume], cwd);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /task createpvc failed: createpvc is a kfp-kubernetes volume step \(image argostub\/createpvc\): only KFP on Kubernetes can carry it out .*\(run\/kubernetes-only\)/,
      );
      expect(r.stderr).not.toMatch(/createpvc.*on Vertex the entrypoint/);
    },
  );
});

maybe('the IR is the bytes `kfp dsl compile` writes (kfp imported without its API client)', () => {
  const kfpCli = path.join(root, '.venv/bin/kfp');
  const cases: [string, string, string][] = [
    [
      'kfp.Client, from kfp import Client, kfp.components',
      mod('kfp_api_names.py'),
      'kfp-api-names',
    ],
    ['from kfp import *', mod('kfp_star_import.py'), 'kfp-star-import'],
    ['the example', path.join(root, 'examples/breast-cancer/pipeline.py'), 'breast-cancer-xgboost'],
  ];
  it.each(cases)('%s', (_what, source, name) => {
    const cwd = fresh();
    const r = cli(['compile', source], cwd);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const theirs = path.join(cwd, 'kfp.yaml');
    const k = spawnSync(kfpCli, ['dsl', 'compile', '--py', source, '--output', theirs], {
      cwd,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ code: k.status, stderr: k.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(readFileSync(path.join(cwd, `.kfp-action/compiled/${name}.yaml`), 'utf8')).toBe(
      readFileSync(theirs, 'utf8'),
    );
  });
});
