import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/diagnostics.js';
import { flag, parseArgs, parseBoolean, parsePositiveInt } from '../../../src/settings/args.js';

const spec = { values: ['format', 'config'], switches: ['verbose'] };

describe('parseArgs', () => {
  it('splits positionals, valued flags (both spellings) and switches', () => {
    const a = parseArgs(['a.yaml', '--format', 'json', '--config=x.yaml', '--verbose', 'b'], spec);
    expect(a.positionals).toEqual(['a.yaml', 'b']);
    expect(flag(a, 'format')).toBe('json');
    expect(flag(a, 'config')).toBe('x.yaml');
    expect(flag(a, 'verbose')).toBe('true');
  });
  it('treats everything after -- as positional', () => {
    expect(parseArgs(['--', '--format'], spec).positionals).toEqual(['--format']);
  });
  it('rejects an unknown flag as a usage error that lists the known ones', () => {
    let caught: unknown;
    try {
      parseArgs(['--nope'], spec);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).exitCode).toBe(2);
    expect((caught as UserError).message).toContain('--format');
  });
  it('rejects a valued flag without value', () => {
    expect(() => parseArgs(['--format'], spec)).toThrow('needs a value');
  });
});

describe('parseBoolean / parsePositiveInt', () => {
  it('reads the usual spellings and names a bad value', () => {
    expect(parseBoolean('cache', 'Yes', false)).toBe(true);
    expect(parseBoolean('cache', '', true)).toBe(true);
    expect(() => parseBoolean('cache', 'maybe', true)).toThrow(
      'cache must be true or false, got "maybe"',
    );
    expect(parsePositiveInt('parallelism', '4', 1)).toBe(4);
    expect(() => parsePositiveInt('parallelism', '0', 1)).toThrow('positive whole number');
  });
});
