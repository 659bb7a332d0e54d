import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileCommand } from '../../../src/commands/compile.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import type {
  CompileOutcome,
  CompileRequest,
  PipelineCompiler,
} from '../../../src/ports/compiler.js';
import type { Deps } from '../../../src/ports/deps.js';

import { parseArgs } from '../../../src/settings/args.js';
import { commonFromArgs } from '../../../src/settings/common.js';
import { fileWorkspace } from '../../../src/adapters/workspace/index.js';
import { recordingEdge, type RecordingEdge, recordingLogger } from '../../support/recorders.js';
import { compilePipelines } from '../../../src/commands/compile-pipelines.js';
import { specDigest } from '../../../src/core/spec/digest.js';
import { loadSpecBytes } from '../../../src/core/spec/load.js';

const GOOD_IR = path.resolve(import.meta.dirname, '../../fixtures/compile-ir/good-pipeline.yaml');

/** A compiler that "compiles" every module into a copy of a known-good IR, or fails as told. */
class FakeCompiler implements PipelineCompiler {
  readonly requests: CompileRequest[] = [];
  batches = 0;
  constructor(private readonly failures: Record<string, Diagnostic> = {}) {}
  async checkEnvironment() {
    return { python: 'python3', pythonVersion: '3.11.7', kfpVersion: '2.17.3' };
  }
  async compile(request: CompileRequest): Promise<CompileOutcome> {
    return (await this.compileAll([request]))[0]!;
  }
  async compileAll(requests: readonly CompileRequest[]): Promise<CompileOutcome[]> {
    this.batches++;
    this.requests.push(...requests);
    return requests.map((r) => {
      const failure = this.failures[path.basename(r.source)];
      if (failure) return { pipelines: [], diagnostics: [failure] };
      const name = path.basename(r.source, '.py').replace(/_/g, '-');
      const outputFile = path.join(r.outputDir, `${name}.yaml`);
      mkdirSync(r.outputDir, { recursive: true });
      writeFileSync(outputFile, readFileSync(GOOD_IR, 'utf8').replaceAll('good-pipeline', name));
      return {
        pipelines: [{ name, source: r.source, function: name, outputFile }],
        diagnostics: [],
      };
    });
  }
}

let repo: string;
let edge: RecordingEdge;
let lines: string[];

function write(file: string, text = '') {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function depsWith(compiler: PipelineCompiler): Deps {
  const unused = (what: string) => async () => {
    throw new Error(`compile must not use ${what}`);
  };
  const deps: Deps = {
    logger: recordingLogger(lines),
    edge,
    env: {},
    workspace: fileWorkspace,
    compiler: async () => compiler,
    github: unused('github'),
    git: unused('git'),
    vertex: unused('vertex'),
    promotion: unused('promotion'),
    oidcEnvironment: unused('oidcEnvironment'),
    localRunner: unused('localRunner'),
  };
  return deps;
}

async function run(argv: string[], compiler: PipelineCompiler = new FakeCompiler()) {
  const args = parseArgs(argv, { values: ['output-dir', 'config'], switches: [] });
  const common = commonFromArgs(args, repo, { KFP_ACTION_PYTHON: 'python3' });
  return compileCommand.run(compileCommand.fromArgs(args, common), depsWith(compiler));
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-compile-cmd-'));
  edge = recordingEdge('action');
  lines = [];
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('compile command (fake compiler)', () => {
  it('compiles the config’s pipelines in one batch, relative to the config file, and sets outputs', async () => {
    write(
      'ml/kfp-action.yaml',
      'version: 1\npipelines:\n  - source: pipelines/*.py\n  - source: extra/train_job.py\n    function: train_job\n',
    );
    write('ml/pipelines/a_pipe.py');
    write('ml/pipelines/b_pipe.py');
    write('ml/extra/train_job.py');
    const compiler = new FakeCompiler();
    expect(await run(['--config', 'ml/kfp-action.yaml'], compiler)).toBe(0);
    expect(compiler.batches).toBe(1);
    expect(compiler.requests.map((r) => [path.relative(repo, r.source), r.function])).toEqual([
      ['ml/pipelines/a_pipe.py', undefined],
      ['ml/pipelines/b_pipe.py', undefined],
      ['ml/extra/train_job.py', 'train_job'],
    ]);
    expect(compiler.requests[0]!.importRoot).toBe(repo);
    expect(JSON.parse(edge.outputs.compiled!)).toEqual([
      {
        name: 'a-pipe',
        source: 'ml/pipelines/a_pipe.py',
        file: '.kfp-action/compiled/a-pipe.yaml',
      },
      {
        name: 'b-pipe',
        source: 'ml/pipelines/b_pipe.py',
        file: '.kfp-action/compiled/b-pipe.yaml',
      },
      {
        name: 'train-job',
        source: 'ml/extra/train_job.py',
        file: '.kfp-action/compiled/train-job.yaml',
      },
    ]);
    expect(edge.outputs.valid).toBe('true');
    expect(edge.diagnostics).toEqual([]);
    expect(edge.summaries[0]).toContain('kfp-action compile: 3 pipelines');
  });

  it('hands later stages each pipeline loaded once, with its digest', async () => {
    write('kfp-action.yaml', 'version: 1\npipelines:\n  - source: pipelines/*.py\n');
    write('pipelines/a_pipe.py');
    const common = commonFromArgs(parseArgs([], { values: [], switches: [] }), repo, {
      KFP_ACTION_PYTHON: 'python3',
    });
    const out = path.join(repo, '.kfp-action/compiled');
    const compiled = await compilePipelines(
      { common, sources: [], outputDir: out },
      depsWith(new FakeCompiler()),
    );
    const [entry] = compiled.compiled;
    expect(entry?.loaded?.spec.pipelineInfo).toEqual({ name: 'a-pipe' });
    const fromFile = loadSpecBytes(readFileSync(path.join(repo, entry!.file)), entry!.file);
    expect(fromFile.ok && fromFile.loaded.spec).toEqual(entry?.loaded?.spec);
    expect(entry?.digest).toBe(`sha256:${specDigest(entry!.loaded!.spec)}`);
  });

  it('reports a compile error, still compiles the rest, and fails', async () => {
    write('p/good.py');
    write('p/bad.py');
    const failure: Diagnostic = {
      code: 'compile/syntax-error',
      severity: 'error',
      message: 'SyntaxError: x',
      file: 'p/bad.py',
      line: 3,
    };
    expect(await run(['p/good.py', 'p/bad.py'], new FakeCompiler({ 'bad.py': failure }))).toBe(1);
    expect(edge.diagnostics).toEqual([failure]);
    expect(JSON.parse(edge.outputs.compiled!).map((c: { name: string }) => c.name)).toEqual([
      'good',
    ]);
    expect(edge.outputs.valid).toBe('false');
  });

  it('skips modules without a pipeline found by a glob, but not a module named explicitly', async () => {
    write('p/helpers.py');
    write('p/real.py');
    const noPipeline = (file: string): Diagnostic => ({
      code: 'compile/no-pipeline',
      severity: 'error',
      message: 'none',
      file,
    });
    const compiler = () => new FakeCompiler({ 'helpers.py': noPipeline('p/helpers.py') });
    expect(await run(['p/*.py'], compiler())).toBe(0);
    expect(edge.diagnostics).toEqual([]);
    expect(await run(['p/helpers.py'], compiler())).toBe(1);
    expect(edge.diagnostics.map((d) => d.code)).toEqual(['compile/no-pipeline']);
  });

  it('accepts compiled IR as it is, named after its pipeline, without starting Python', async () => {
    copyFileSync(GOOD_IR, path.join(repo, 'given.yaml'));
    const compiler = new FakeCompiler();
    expect(await run(['given.yaml', '--output-dir', 'out'], compiler)).toBe(0);
    expect(compiler.batches).toBe(0);
    const written = path.join(repo, 'out/compiled/good-pipeline.yaml');
    expect(readFileSync(written, 'utf8')).toBe(readFileSync(GOOD_IR, 'utf8'));
    expect(JSON.parse(edge.outputs.compiled!)).toEqual([
      { name: 'good-pipeline', source: 'given.yaml', file: 'out/compiled/good-pipeline.yaml' },
    ]);
  });

  it('validates what it writes: an IR with a dangling reference fails with a located finding', async () => {
    const broken = readFileSync(GOOD_IR, 'utf8').replace(
      'name: comp-hello\n',
      'name: comp-nowhere\n',
    );
    expect(broken).not.toBe(readFileSync(GOOD_IR, 'utf8'));
    write('broken.yaml', broken);
    expect(await run(['broken.yaml'])).toBe(1);
    const errors = edge.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({
      file: '.kfp-action/compiled/good-pipeline.yaml',
      line: expect.any(Number),
    });
    expect(JSON.parse(edge.outputs.compiled!)).toHaveLength(1);
  });

  it('reports two sources with the same pipeline name', async () => {
    copyFileSync(GOOD_IR, path.join(repo, 'one.yaml'));
    copyFileSync(GOOD_IR, path.join(repo, 'two.yaml'));
    expect(await run(['one.yaml', 'two.yaml'])).toBe(1);
    expect(edge.diagnostics).toEqual([
      expect.objectContaining({
        code: 'compile/duplicate-name',
        file: 'two.yaml',
        line: expect.any(Number),
      }),
    ]);
  });

  it('stops at a broken config file with its located errors', async () => {
    write('kfp-action.yaml', 'version: 1\npipelines:\n  - source: a.py\n    functon: x\n');
    const compiler = new FakeCompiler();
    expect(await run([], compiler)).toBe(1);
    expect(compiler.batches).toBe(0);
    expect(edge.diagnostics).toEqual([
      expect.objectContaining({
        code: 'config/unknown-key',
        file: 'kfp-action.yaml',
        line: 4,
        column: 5,
        message: expect.stringContaining('did you mean "function"?'),
      }),
    ]);
  });

  it('locates a config source that matches nothing at its line in the config', async () => {
    write('kfp-action.yaml', 'version: 1\npipelines:\n  - source: missing/*.py\n');
    expect(await run([])).toBe(1);
    expect(edge.diagnostics).toEqual([
      expect.objectContaining({
        code: 'compile/source-not-found',
        file: 'kfp-action.yaml',
        line: 3,
        column: 13,
      }),
    ]);
  });

  it('without a config file nor a source, and no pipeline in the folder, says so (exit 1)', async () => {
    write('README.md', 'no pipelines here\n');
    expect(await run([])).toBe(1);
    expect(edge.diagnostics).toEqual([
      expect.objectContaining({
        code: 'config/no-pipelines-found',
        message: expect.stringContaining(
          'kfp-action.yaml does not exist and no pipeline was found',
        ),
      }),
    ]);
    expect(existsSync(path.join(repo, '.kfp-action'))).toBe(false);
  });

  it('without a config file, compiles the modules that define a @dsl.pipeline, not a virtualenv', async () => {
    const module = 'from kfp import dsl\n\n@dsl.pipeline\ndef train():\n    pass\n';
    write('pipelines/train_job.py', module);
    write('pipelines/util.py', '# @dsl.pipeline in a comment only\n');
    write('env/pyvenv.cfg', 'home = /usr/bin\n');
    write('env/lib/vendored.py', module);
    write('.kfp-action/compiled/old.yaml', readFileSync(GOOD_IR, 'utf8'));
    const compiler = new FakeCompiler();
    expect(await run([], compiler)).toBe(0);
    expect(compiler.requests.map((r) => path.relative(repo, r.source))).toEqual([
      path.join('pipelines', 'train_job.py'),
    ]);
    expect(lines.join('\n')).toContain(
      'no kfp-action.yaml: found 1 pipeline source in the repository (pipelines/train_job.py)',
    );
  });

  it('without a config file, leaves out a committed compiled copy of a Python pipeline', async () => {
    write(
      'pipelines/train_job.py',
      'from kfp import dsl\n\n@dsl.pipeline\ndef train():\n    pass\n',
    );
    write(
      'pipelines/train_job.yaml',
      readFileSync(GOOD_IR, 'utf8').replaceAll('good-pipeline', 'train-job'),
    );
    expect(await run([])).toBe(0);
    expect(edge.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.parse(edge.outputs.compiled!)).toEqual([
      expect.objectContaining({
        name: 'train-job',
        source: path.join('pipelines', 'train_job.py'),
      }),
    ]);
    expect(lines.join('\n')).toContain(
      'pipelines/train_job.yaml is a compiled copy of pipeline train-job from pipelines/train_job.py',
    );
  });

  it('reads the action inputs: pipelines (one per line) and output-dir', () => {
    const inputs: Record<string, string> = { pipelines: 'a.py\nb/*.py\n', 'output-dir': 'build' };
    const common = { workingDirectory: '/w', configPath: '/w/kfp-action.yaml', python: 'python3' };
    expect(compileCommand.fromInputs((n) => inputs[n] ?? '', common)).toEqual({
      common,
      sources: ['a.py', 'b/*.py'],
      outputDir: '/w/build/compiled',
    });
  });
});
