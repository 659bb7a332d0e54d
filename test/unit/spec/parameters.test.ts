import { describe, expect, it } from '@jest/globals';
import { checkParameters, coerceParameter } from '../../../src/core/spec/parameters.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';

const spec = {
  pipelineInfo: { name: 'bc' },
  schemaVersion: '2.1.0',
  root: {
    inputDefinitions: {
      parameters: {
        seed: { parameterType: 'NUMBER_INTEGER', defaultValue: 42, isOptional: true },
        test_size: { parameterType: 'NUMBER_DOUBLE', defaultValue: 0.2, isOptional: true },
        data_uri: { parameterType: 'STRING' },
        shuffle: { parameterType: 'BOOLEAN', defaultValue: true, isOptional: true },
        columns: { parameterType: 'LIST', isOptional: true },
        options: { parameterType: 'STRUCT', isOptional: true },
        mode: { parameterType: 'STRING', literals: ['fast', 'full'], defaultValue: 'fast' },
      },
    },
  },
} as unknown as PipelineSpec;

describe('checkParameters', () => {
  it('passes values of the declared types through, typed', () => {
    const r = checkParameters(
      spec,
      {
        seed: 7,
        test_size: 0.3,
        data_uri: 'gs://b/d.csv',
        shuffle: false,
        columns: ['a'],
        options: { k: 1 },
        mode: 'full',
      },
      'the config',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.values).toEqual({
      seed: 7,
      test_size: 0.3,
      data_uri: 'gs://b/d.csv',
      shuffle: false,
      columns: ['a'],
      options: { k: 1 },
      mode: 'full',
    });
  });

  it('converts text that clearly is a number or a boolean', () => {
    const r = checkParameters(
      spec,
      { seed: '7', test_size: '0.5', shuffle: 'false', data_uri: 'x' },
      'the config',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.values).toEqual({ seed: 7, test_size: 0.5, shuffle: false, data_uri: 'x' });
  });

  it('names every wrong value: unknown, wrong type, not allowed, required and missing', () => {
    const r = checkParameters(
      spec,
      { seed: 7.5, sed: 1, shuffle: 'maybe', columns: 'a,b', mode: 'slow' },
      'the `parameters` input',
    );
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['parameter/type', 'root.inputDefinitions.parameters.seed'],
      ['parameter/unknown', 'root.inputDefinitions.parameters.sed'],
      ['parameter/type', 'root.inputDefinitions.parameters.shuffle'],
      ['parameter/type', 'root.inputDefinitions.parameters.columns'],
      ['parameter/not-allowed', 'root.inputDefinitions.parameters.mode'],
      ['parameter/missing', 'root.inputDefinitions.parameters.data_uri'],
    ]);
    expect(r.diagnostics[0]!.message).toBe(
      'parameter "seed" must be an integer (NUMBER_INTEGER), got 7.5 (values from the `parameters` input)',
    );
    expect(r.diagnostics[1]!.message).toContain(
      'its inputs are: seed, test_size, data_uri, shuffle, columns, options, mode',
    );
    expect(r.diagnostics[4]!.message).toContain('allowed: "fast", "full"');
  });

  it('accepts no values at all when every input has a default', () => {
    const noRequired = {
      ...spec,
      root: {
        inputDefinitions: {
          parameters: { seed: { parameterType: 'NUMBER_INTEGER', defaultValue: 1 } },
        },
      },
    } as unknown as PipelineSpec;
    expect(checkParameters(noRequired, {}, 'the config')).toEqual({ values: {}, diagnostics: [] });
  });
});

describe('coerceParameter', () => {
  it('refuses strings for numbers unless they are numbers', () => {
    expect(coerceParameter('NUMBER_INTEGER', ' 12 ')).toBe(12);
    expect(coerceParameter('NUMBER_INTEGER', '1e3')).toBeUndefined();
    expect(coerceParameter('NUMBER_DOUBLE', '')).toBeUndefined();
    expect(coerceParameter('STRING', 5)).toBeUndefined();
    expect(coerceParameter('STRUCT', [])).toBeUndefined();
  });
});
