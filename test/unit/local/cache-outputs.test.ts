import { describe, expect, it } from '@jest/globals';
import { cacheKey } from '../../../src/local/cache.js';
import { buildExecutorInput } from '../../../src/local/executor-input.js';
import { mergeOutputs, parseParameterText } from '../../../src/local/outputs.js';
import {
  missingRequirements,
  pipRequirements,
  resolveInterpreter,
} from '../../../src/local/python-env.js';
import type { ComponentSpec } from '../../../src/core/spec/types.js';

const component: ComponentSpec = {
  executorLabel: 'exec-a',
  inputDefinitions: { parameters: { n: { parameterType: 'NUMBER_INTEGER' } } },
  outputDefinitions: {
    parameters: { Output: { parameterType: 'STRING' }, count: { parameterType: 'NUMBER_INTEGER' } },
    artifacts: { metrics: { artifactType: { schemaTitle: 'system.Metrics' } } },
  },
};
const container = { image: 'python:3.11', command: ['python3', '-c', 'x'] };

describe('cacheKey', () => {
  const base = {
    component,
    executor: { container },
    parameters: { n: 1, s: { b: 1, a: 2 } },
    artifacts: {},
  };
  it('is the same for the same component and inputs, whatever the key order', () => {
    expect(cacheKey(base)).toBe(cacheKey({ ...base, parameters: { s: { a: 2, b: 1 }, n: 1 } }));
    expect(cacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes with an input, the command, the image or an input artifact', () => {
    const key = cacheKey(base);
    expect(cacheKey({ ...base, parameters: { n: 2, s: { b: 1, a: 2 } } })).not.toBe(key);
    expect(
      cacheKey({
        ...base,
        executor: { container: { ...container, command: ['python3', '-c', 'y'] } },
      }),
    ).not.toBe(key);
    expect(
      cacheKey({ ...base, executor: { container: { ...container, image: 'python:3.12' } } }),
    ).not.toBe(key);
    const artifact = {
      name: 'd',
      type: { schemaTitle: 'system.Dataset' },
      uri: '/a',
      metadata: {},
    };
    expect(cacheKey({ ...base, artifacts: { d: [artifact] } })).not.toBe(
      cacheKey({ ...base, artifacts: { d: [{ ...artifact, uri: '/b' }] } }),
    );
  });
  it('an author-set cacheKey decides alone', () => {
    expect(cacheKey({ ...base, customKey: 'k' })).toBe(
      cacheKey({ ...base, parameters: {}, customKey: 'k' }),
    );
  });
});

describe('mergeOutputs', () => {
  const ei = buildExecutorInput(component, { n: 1 }, {}, '/t');
  it('reads executor_output.json values and artifact metadata; parameter files win', () => {
    const out = mergeOutputs(
      component,
      ei,
      {
        parameterValues: { Output: 'from-json', count: 4.0 },
        artifacts: {
          metrics: {
            artifacts: [
              { name: 'metrics', uri: '/t/artifacts/metrics', metadata: { accuracy: 0.9 } },
            ],
          },
        },
      },
      { Output: 'from-file' },
    );
    expect(out).toEqual({
      ok: true,
      outputs: {
        parameters: { Output: 'from-file', count: 4 },
        artifacts: {
          metrics: [
            {
              name: 'metrics',
              type: { schemaTitle: 'system.Metrics' },
              uri: '/t/artifacts/metrics',
              metadata: { accuracy: 0.9 },
            },
          ],
        },
      },
    });
  });
  it('a declared output that was never written fails the task, naming it', () => {
    const out = mergeOutputs(component, ei, undefined, { Output: 'x' });
    expect(out).toEqual({ ok: false, error: expect.stringContaining('"count"') });
  });
  it('typed files: strings as they are, others as JSON', () => {
    expect(parseParameterText(' a\n', 'STRING')).toBe(' a\n');
    expect(parseParameterText('True', 'BOOLEAN')).toBe(true);
    expect(parseParameterText('[1, 2]', 'LIST')).toEqual([1, 2]);
    expect(() => parseParameterText('abc', 'NUMBER_DOUBLE')).toThrow();
  });
});

describe('pip preamble', () => {
  const preamble =
    "\nif ! [ -x \"$(command -v pip)\" ]; then\n    python3 -m ensurepip\nfi\n\nPIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet --no-warn-script-location 'kfp==2.14.3' '--no-deps' 'typing-extensions>=3.7.4,<5; python_version<\"3.9\"' && python3 -m pip install --quiet --index-url https://pypi.org/simple 'xgboost==1.1.1' 'scikit-learn' && \"$0\" \"$@\"\n";
  it('lists the requirements, without options, index URLs and marker-only ones', () => {
    expect(pipRequirements(['sh', '-c', preamble])).toEqual([
      'kfp==2.14.3',
      'xgboost==1.1.1',
      'scikit-learn',
    ]);
  });
  it('finds the ones the venv lacks by distribution name (versions are not compared)', () => {
    const installed = new Set(['kfp', 'scikit_learn', 'xgboost_cpu']);
    expect(
      missingRequirements(['kfp==2.14.3', 'xgboost==1.1.1', 'scikit-learn', 'torch>=2'], installed),
    ).toEqual(['torch>=2']);
  });
});

describe('resolveInterpreter', () => {
  it('a bare name is found on PATH as an absolute path (the shims must not exec themselves)', () => {
    const found = resolveInterpreter('sh', '/', '/nonexistent:/bin:/usr/bin');
    expect(found).toMatch(/^\/(usr\/)?bin\/sh$/);
  });
  it('a missing interpreter is an error that says how to fix it', () => {
    expect(() => resolveInterpreter('python3', '/', '/nonexistent')).toThrow(
      /"python3" was not found on PATH.*scripts\/setup\.sh/,
    );
    expect(() => resolveInterpreter('.venv/bin/python', '/nonexistent', '')).toThrow(
      /was not found;/,
    );
  });
});
