import { describe, expect, it } from '@jest/globals';
import {
  checkParameters,
  coerceParameter,
  parseParameterJson,
} from '../../../src/core/spec/parameters.js';
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

describe('names and numbers that are not what they seem', () => {
  const codes = (given: Record<string, unknown>) =>
    checkParameters(spec, { data_uri: 'x', ...given } as never, 'test').diagnostics.map(
      (d) => `${d.code}: ${d.message}`,
    );

  it('refuses names of the object prototype, which are no inputs', () => {
    const given = JSON.parse('{"data_uri": "x", "toString": 1, "constructor": 2, "__proto__": 3}');
    const r = checkParameters(spec, given, 'test');
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'parameter/unknown',
      'parameter/unknown',
      'parameter/unknown',
    ]);
    expect(r.diagnostics[2]!.message).toMatch(/^parameter "__proto__" is not an input/);
    expect(Object.keys(r.values)).toEqual(['data_uri']);
  });

  it('a required input named like a prototype member still needs a value', () => {
    const odd = {
      pipelineInfo: { name: 'odd' },
      root: {
        inputDefinitions: {
          parameters: {
            toString: { parameterType: 'STRING' },
            __proto__x: { parameterType: 'STRING' },
          },
        },
      },
    } as unknown as PipelineSpec;
    expect(checkParameters(odd, {}, 'test').diagnostics.map((d) => d.code)).toEqual([
      'parameter/missing',
      'parameter/missing',
    ]);
    // JSON.parse makes `__proto__` an own property (a declared input), not the prototype.
    const declared = JSON.parse(
      '{"pipelineInfo": {"name": "p"}, "root": {"inputDefinitions": {"parameters": {"__proto__": {"parameterType": "STRING"}}}}}',
    ) as PipelineSpec;
    const r = checkParameters(declared, JSON.parse('{"__proto__": "v"}'), 'test');
    expect(r.diagnostics).toEqual([]);
    expect(Object.getPrototypeOf(r.values)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(r.values, '__proto__')?.value).toBe('v');
  });

  it('integers beyond 2^53 are refused, not rounded', () => {
    expect(codes({ seed: '9007199254740993' })).toEqual([
      'parameter/unsafe-integer: parameter "seed" is "9007199254740993", beyond ±9007199254740991 (2^53 − 1): it cannot be sent exactly (it would become 9007199254740992); use a smaller integer or a STRING input (values from test)',
    ]);
    expect(codes({ seed: 2 ** 60 })[0]).toMatch(/^parameter\/unsafe-integer: /);
    expect(codes({ seed: Number.MAX_SAFE_INTEGER })).toEqual([]);
  });

  it('NaN and Infinity are refused, not sent as null', () => {
    expect(codes({ test_size: Infinity })).toEqual([
      'parameter/not-finite: parameter "test_size" is Infinity: JSON, and so Vertex AI, cannot carry NaN or Infinity (it would become null); use a finite number (values from test)',
    ]);
    expect(codes({ options: { a: [1, NaN] } })[0]).toMatch(
      /^parameter\/not-finite: parameter "options" holds NaN at \.a\[1\]/,
    );
    expect(codes({ test_size: '1e400' })[0]).toMatch(/^parameter\/type: .*got "1e400"/);
  });

  it('parameter JSON with such literals is refused with the literal', () => {
    expect(parseParameterJson('{"seed": 42, "xs": [1.5, -3]}')).toEqual({
      seed: 42,
      xs: [1.5, -3],
    });
    expect(() => parseParameterJson('{"seed": 9007199254740993}')).toThrow(
      '9007199254740993 is an integer beyond ±9007199254740991 (2^53 − 1): it would be rounded to 9007199254740992; pass it as a string',
    );
    expect(() => parseParameterJson('{"ids": [1, -12345678901234567890]}')).toThrow(
      /-12345678901234567890 is an integer beyond/,
    );
    expect(() => parseParameterJson('{"x": 1e400}')).toThrow(
      '1e400 is too large for a number (it would become null)',
    );
    expect(parseParameterJson('{"big": 1e20}')).toEqual({ big: 1e20 });
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
