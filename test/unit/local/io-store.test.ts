import { describe, expect, it } from '@jest/globals';
import {
  applySelector,
  IoStore,
  missingRequiredInputs,
  resolveTaskInputs,
  topologicalOrder,
} from '../../../src/local/io-store.js';
import type { PipelineTaskSpec } from '../../../src/core/spec/types.js';

const task = (deps: string[] = [], extra: Partial<PipelineTaskSpec> = {}): PipelineTaskSpec => ({
  componentRef: { name: 'comp' },
  dependentTasks: deps,
  ...extra,
});

describe('topologicalOrder', () => {
  it('puts every task after its upstream tasks, including producers named only in inputs', () => {
    const order = topologicalOrder({
      c: task(['b']),
      b: task([], {
        inputs: {
          parameters: {
            x: { taskOutputParameter: { producerTask: 'a', outputParameterKey: 'o' } },
          },
        },
      }),
      a: task(),
      d: task(),
    });
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('c'));
    expect(order.slice(0, 2)).toEqual(['a', 'd']);
  });
  it('names the tasks of a cycle', () => {
    expect(() => topologicalOrder({ a: task(['b']), b: task(['a']), c: task() })).toThrow(
      /a, b depend on each other/,
    );
  });
});

describe('resolveTaskInputs', () => {
  it('reads constants, parent inputs, sibling outputs, final status and loop-item selectors', () => {
    const store = new IoStore({ p: 'parent', item: '{"A_a": "heads", "B_b": 2}' }, {}, '');
    store.record('up', {
      state: 'SUCCEEDED',
      outputs: { parameters: { Output: 7 }, artifacts: {} },
    });
    store.record('failed', { state: 'FAILED', error: 'boom' });
    const resolved = resolveTaskInputs(
      task([], {
        inputs: {
          parameters: {
            c: { runtimeValue: { constant: 9.0 } },
            fromParent: { componentInputParameter: 'p' },
            fromSibling: {
              taskOutputParameter: { producerTask: 'up', outputParameterKey: 'Output' },
            },
            sub: {
              componentInputParameter: 'item',
              parameterExpressionSelector: 'parseJson(string_value)["A_a"]',
            },
            status: { taskFinalStatus: { producerTask: 'failed' } },
            gone: { taskOutputParameter: { producerTask: 'never', outputParameterKey: 'Output' } },
          },
        },
      }),
      store,
      'job-1',
    );
    expect(resolved.parameters).toEqual({
      c: 9,
      fromParent: 'parent',
      fromSibling: 7,
      sub: 'heads',
      status: {
        state: 'FAILED',
        error: { code: 2, message: 'boom' },
        pipelineJobResourceName: 'job-1',
        pipelineTaskName: 'failed',
      },
    });
    expect(resolved.unavailable).toEqual([{ input: 'gone', producer: 'never' }]);
  });
  it('selectors walk objects and lists; unsupported selectors are errors', () => {
    expect(applySelector('parseJson(string_value)["a"][1]', { a: [1, 2] })).toBe(2);
    expect(applySelector('parseJson(string_value)["missing"]', '{"a": 1}')).toBeUndefined();
    expect(() => applySelector('size(string_value)', 'x')).toThrow(/unsupported/);
  });
  it('missingRequiredInputs ignores defaults and optional inputs', () => {
    const missing = missingRequiredInputs(
      {
        inputDefinitions: {
          parameters: {
            a: { parameterType: 'STRING' },
            b: { parameterType: 'STRING', defaultValue: 'x' },
            c: { parameterType: 'STRING', isOptional: true },
          },
          artifacts: { d: {}, e: { isOptional: true } },
        },
      },
      {},
      {},
    );
    expect(missing).toEqual(['a', 'd']);
  });
});
