import { describe, expect, it } from '@jest/globals';
import {
  compileErrorDiagnostic,
  isUserFrame,
  userFrame,
} from '../../../src/core/compile/locate.js';
import type { PythonError, PythonFrame } from '../../../src/core/compile/protocol.js';

const repo = '/repo';
const program = '/repo/.github/actions/kfp-action/python/kfp_action_compile.py';
const ctx = {
  source: '/repo/pipelines/train.py',
  repoRoot: repo,
  programFile: program,
  display: (p: string) => (p.startsWith('/repo/') ? p.slice(6) : p),
};
const frame = (file: string, line: number, name = 'f'): PythonFrame => ({ file, line, name });
const error = (over: Partial<PythonError>): PythonError => ({
  kind: 'error',
  type: 'Exception',
  message: 'boom',
  frames: [],
  ...over,
});

// The shape of a real KFP type error: our program → importlib → the module → kfp internals →
// the pipeline body (the task call) → kfp internals.
const typeErrorFrames = [
  frame(program, 139, 'compile_job'),
  frame('<frozen importlib._bootstrap_external>', 940, 'exec_module'),
  frame('/repo/pipelines/train.py', 8, '<module>'),
  frame('/repo/.venv/lib/python3.11/site-packages/kfp/dsl/pipeline_context.py', 71, 'pipeline'),
  frame('/repo/pipelines/train.py', 11, 'train'),
  frame('/repo/.venv/lib/python3.11/site-packages/kfp/dsl/pipeline_task.py', 155, '__init__'),
];

describe('userFrame', () => {
  it('picks the deepest frame in the repository that is not an installed package', () => {
    expect(userFrame(typeErrorFrames, ctx)).toEqual(frame('/repo/pipelines/train.py', 11, 'train'));
  });

  it('goes into the repository’s other modules (the helper that failed to import)', () => {
    const frames = [
      frame('/repo/pipelines/train.py', 3, '<module>'),
      frame('<frozen importlib._bootstrap>', 1, 'x'),
      frame('/repo/lib/helpers.py', 7, '<module>'),
    ];
    expect(userFrame(frames, ctx)?.file).toBe('/repo/lib/helpers.py');
  });

  it('never picks our own program, frozen frames, site- or dist-packages, or files outside', () => {
    for (const f of [
      program,
      '<frozen importlib._bootstrap>',
      '/repo/.venv/lib/python3.11/site-packages/kfp/x.py',
      '/repo/venv/lib/python3/dist-packages/y.py',
      '/usr/lib/python3.11/importlib/__init__.py',
      '/repository-next-door/a.py',
    ]) {
      expect(isUserFrame(f, ctx)).toBe(false);
    }
    expect(userFrame([frame(program, 1), frame('/usr/lib/x.py', 2)], ctx)).toBeUndefined();
  });

  it('counts the compiled module itself even outside the repository', () => {
    const outside = { repoRoot: repo, source: '/elsewhere/p.py' };
    expect(userFrame([frame('/elsewhere/p.py', 9), frame('/usr/lib/x.py', 2)], outside)?.line).toBe(
      9,
    );
  });

  it('accepts Windows separators', () => {
    expect(isUserFrame('C:\\repo\\p.py', { repoRoot: 'C:\\repo' })).toBe(true);
  });
});

describe('compileErrorDiagnostic', () => {
  it('uses a SyntaxError’s own file, line and column', () => {
    const d = compileErrorDiagnostic(
      error({
        kind: 'syntax',
        type: 'SyntaxError',
        message: "expected ':'",
        filename: '/repo/pipelines/train.py',
        lineno: 6,
        offset: 15,
        frames: [frame(program, 139)],
      }),
      ctx,
    );
    expect(d).toEqual({
      code: 'compile/syntax-error',
      severity: 'error',
      message: "SyntaxError: expected ':'",
      file: 'pipelines/train.py',
      line: 6,
      column: 15,
    });
  });

  it('locates a KFP type error at the task call and keeps the function as the task', () => {
    const d = compileErrorDiagnostic(
      error({
        kind: 'type',
        type: 'InconsistentTypeException',
        message: 'Incompatible argument',
        frames: typeErrorFrames,
        function: 'train',
      }),
      ctx,
    );
    expect(d).toMatchObject({
      code: 'compile/type-error',
      file: 'pipelines/train.py',
      line: 11,
      task: 'train',
    });
    expect(d.message).toBe('InconsistentTypeException: Incompatible argument');
  });

  it('adds the fix to import errors and missing arguments', () => {
    const imp = compileErrorDiagnostic(
      error({
        kind: 'import',
        type: 'ModuleNotFoundError',
        message: "No module named 'x'",
        frames: [frame('/repo/pipelines/train.py', 3)],
      }),
      ctx,
    );
    expect(imp).toMatchObject({ code: 'compile/import-error', line: 3 });
    expect(imp.message).toMatch(
      /^ModuleNotFoundError: No module named 'x' — is the package installed for the Python interpreter/,
    );
    const missing = compileErrorDiagnostic(
      error({
        kind: 'missing-argument',
        type: 'TypeError',
        message: 'add() missing 1 required argument: b.',
      }),
      ctx,
    );
    expect(missing.message).toMatch(/pass every component input that has no default$/);
  });

  it('names the module without a line when no frame is the user’s', () => {
    const d = compileErrorDiagnostic(
      error({ kind: 'no-pipeline', message: 'the module defines no @dsl.pipeline function' }),
      ctx,
    );
    expect(d).toEqual({
      code: 'compile/no-pipeline',
      severity: 'error',
      message: expect.stringMatching(/^the module defines no @dsl.pipeline function — decorate/),
      file: 'pipelines/train.py',
    });
  });

  it('folds multi-line messages into one bounded line', () => {
    const d = compileErrorDiagnostic(
      error({ message: `first\n   second\n${'x'.repeat(2000)}` }),
      ctx,
    );
    expect(d.message.startsWith('Exception: first second x')).toBe(true);
    expect(d.message.length).toBeLessThan(700);
    expect(d.message).not.toContain('\n');
  });
});
