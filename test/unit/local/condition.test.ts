import { describe, expect, it } from '@jest/globals';
import { ConditionError, evaluateCondition } from '../../../src/local/condition.js';

const p = (key: string) => `inputs.parameter_values['${key}']`;

describe('evaluateCondition (the CEL the KFP compiler writes)', () => {
  it('compares strings as dsl.If(x == "heads") compiles', () => {
    const c = `${p('pipelinechannel--flip-coin-Output')}  == 'heads'`;
    expect(evaluateCondition(c, { 'pipelinechannel--flip-coin-Output': 'heads' })).toBe(true);
    expect(evaluateCondition(c, { 'pipelinechannel--flip-coin-Output': 'tails' })).toBe(false);
  });
  it('int() casts and numeric comparison', () => {
    const c = `int(${p('n')})  > 5`;
    expect(evaluateCondition(c, { n: 9 })).toBe(true);
    expect(evaluateCondition(c, { n: '3' })).toBe(false);
    expect(evaluateCondition(`int(${p('a')}) >= int(${p('b')})`, { a: 5, b: '5' })).toBe(true);
    expect(evaluateCondition(`double(${p('x')}) < 0.5`, { x: '0.25' })).toBe(true);
  });
  it('negation, && and || as if/elif/else compile', () => {
    const elif = `!(${p('d')}  == 'heads') && ${p('d')}  == 'tails'`;
    expect(evaluateCondition(elif, { d: 'tails' })).toBe(true);
    expect(evaluateCondition(elif, { d: 'heads' })).toBe(false);
    const orElse = `${p('a')} == 'x' || ${p('b')} == 'y'`;
    expect(evaluateCondition(orElse, { a: 'no', b: 'y' })).toBe(true);
  });
  it('booleans, != and comparing two inputs', () => {
    expect(evaluateCondition(`!(${p('pick')} ==  true)`, { pick: false })).toBe(true);
    expect(evaluateCondition(`${p('a')}  != 'no-such-result'`, { a: 'x' })).toBe(true);
    expect(evaluateCondition(`${p('a')}  == ${p('b')}`, { a: 'h', b: 'h' })).toBe(true);
  });
  it('short-circuits: the right side of a false && is not evaluated', () => {
    expect(evaluateCondition(`${p('a')} == 'x' && int(${p('missing')}) > 1`, { a: 'y' })).toBe(
      false,
    );
  });
  it('names what is wrong instead of answering false', () => {
    expect(() => evaluateCondition(`${p('gone')} == 'x'`, {})).toThrow(/"gone" has no value/);
    expect(() => evaluateCondition(`int(${p('a')}) > 1`, { a: 'abc' })).toThrow(ConditionError);
    expect(() => evaluateCondition(`size(${p('a')}) > 1`, { a: 'abc' })).toThrow(
      /unknown name "size"/,
    );
    expect(() => evaluateCondition(`${p('a')} == 'x`, { a: 'x' })).toThrow(/unterminated string/);
    expect(() => evaluateCondition(`${p('a')}`, { a: 'x' })).toThrow(/not true or false/);
    expect(() => evaluateCondition(`${p('a')} < 3`, { a: 'x' })).toThrow(
      /cannot compare string < number/,
    );
  });

  it('reports a pathologically deep expression as a condition error, not a stack overflow', () => {
    const nested = `${'('.repeat(20000)}true${')'.repeat(20000)}`;
    expect(() => evaluateCondition(nested, {})).toThrow(/nested too deeply/);
    const chain = Array.from({ length: 50000 }, () => 'true').join(' && ');
    expect(() => evaluateCondition(chain, {})).toThrow(ConditionError);
  });
});
