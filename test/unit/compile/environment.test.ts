import { describe, expect, it } from '@jest/globals';
import { checkEnvironment, shellQuote } from '../../../src/core/compile/environment.js';
import { parseCompileResult, parseEnvironment } from '../../../src/core/compile/protocol.js';

const env = { python: '/repo/.venv/bin/python', pythonVersion: '3.11.7', kfp: '2.17.3' };

describe('checkEnvironment', () => {
  it('accepts the pinned kfp', () => {
    expect(checkEnvironment(env, '2.17.3', 'python3')).toBeUndefined();
  });

  it('says which kfp is installed and gives the exact pip command', () => {
    const d = checkEnvironment({ ...env, kfp: '2.14.0' }, '2.17.3', 'python3');
    expect(d?.code).toBe('compile/kfp-version');
    expect(d?.message).toContain('kfp 2.14.0 is installed for python3');
    expect(d?.message).toContain("run: /repo/.venv/bin/python -m pip install 'kfp==2.17.3'");
  });

  it('reports a missing kfp with the install command', () => {
    const { kfp: _kfp, ...noKfp } = env;
    const d = checkEnvironment(noKfp, '2.17.3', 'python3');
    expect(d?.code).toBe('compile/kfp-missing');
    expect(d?.message).toContain("/repo/.venv/bin/python -m pip install 'kfp==2.17.3'");
  });

  it('reports a Python older than kfp supports', () => {
    const d = checkEnvironment({ ...env, pythonVersion: '3.8.18' }, '2.17.3', '/usr/bin/python3.8');
    expect(d?.code).toBe('compile/python-too-old');
    expect(d?.message).toContain('Python 3.8.18 at /usr/bin/python3.8 is too old');
  });

  it('quotes paths with spaces for the shell', () => {
    expect(shellQuote('/opt/my python/bin/python')).toBe("'/opt/my python/bin/python'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('/usr/bin/python3')).toBe('/usr/bin/python3');
  });
});

describe('the Python program’s JSON, read defensively', () => {
  it('rejects what is not a result', () => {
    for (const v of [
      undefined,
      null,
      3,
      [],
      {},
      { python: 'p' },
      { python: 'p', pythonVersion: '3.11' },
    ]) {
      expect(parseCompileResult(v)).toBeUndefined();
    }
    expect(parseEnvironment({ python: 'p', pythonVersion: '3.11', kfp: 7 })).toEqual({
      python: 'p',
      pythonVersion: '3.11',
    });
  });

  it('keeps well-formed parts and drops malformed frames and pipelines', () => {
    const r = parseCompileResult({
      python: 'p',
      pythonVersion: '3.11.7',
      kfp: '2.17.3',
      jobs: [
        {
          source: '/r/a.py',
          pipelines: [
            { name: 'a', file: '/o/a.yaml', function: 'a' },
            { name: 'c', file: '/o/c.yaml', function: 'c', kind: 'component' },
            { name: 3 },
            'x',
          ],
          available: [{ name: 'a', function: 'a', sub: false }, { name: 'b', sub: true }, 7],
          errors: [
            {
              kind: 'nonsense',
              type: 'ValueError',
              message: 'm',
              frames: [{ file: '/r/a.py', line: 2 }, { file: 1 }, { file: '/r/a.py', line: -1 }],
            },
            'garbage',
          ],
        },
        null,
      ],
    });
    expect(r?.jobs[0]).toEqual({
      source: '/r/a.py',
      pipelines: [
        { name: 'a', file: '/o/a.yaml', function: 'a', kind: 'pipeline' },
        { name: 'c', file: '/o/c.yaml', function: 'c', kind: 'component' },
      ],
      available: [
        { name: 'a', function: 'a', sub: false },
        { name: 'b', function: 'b', sub: true },
      ],
      errors: [
        {
          kind: 'error',
          type: 'ValueError',
          message: 'm',
          frames: [{ file: '/r/a.py', line: 2, name: '?' }],
        },
        { kind: 'error', type: 'Exception', message: '(no message)', frames: [] },
      ],
    });
    expect(r?.jobs[1]).toEqual({ source: '', pipelines: [], errors: [], available: [] });
  });
});
