import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/diagnostics.js';
import {
  findCommandWord,
  flag,
  parseArgs,
  parseBoolean,
  parsePositiveInt,
} from '../../../src/settings/args.js';

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
  it('lenient (a guess before the command is known): skips what it cannot read, never throws', () => {
    const a = parseArgs(
      [
        'a.yaml',
        '--output-dir',
        'out',
        '--x=1',
        '--verbose=yes',
        'b.yaml',
        '--config',
        'c',
        '--format',
      ],
      spec,
      { lenient: true },
    );
    // `out` is taken as --output-dir's value; --verbose=yes is not a switch; --format has no value.
    expect(a.positionals).toEqual(['a.yaml', 'b.yaml']);
    expect(flag(a, 'config')).toBe('c');
    expect([a.flags.has('verbose'), a.flags.has('format')]).toEqual([false, false]);
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

describe('parseArgs on node:util', () => {
  const withGlobals = { values: ['format'], switches: ['help', 'version', 'verbose'] };
  it('reads -h and -V as --help and --version, and repeats a flag', () => {
    const a = parseArgs(['-h', '-V', '--format', 'a', '--format=b'], withGlobals);
    expect(a.flags.get('help')).toEqual(['true']);
    expect(a.flags.get('version')).toEqual(['true']);
    expect(a.flags.get('format')).toEqual(['a', 'b']);
  });
  it('refuses a value given to a switch', () => {
    expect(() => parseArgs(['--verbose=yes'], withGlobals)).toThrow(
      'option --verbose takes no value, got "yes"',
    );
  });
  it('lists short spellings among the known options', () => {
    expect(() => parseArgs(['-x'], withGlobals)).toThrow(
      'unknown option -x (known: --format, --help (-h), --version (-V), --verbose)',
    );
  });
});

describe('findCommandWord', () => {
  it('skips options and the values of value flags before the command', () => {
    expect(findCommandWord(['--python', 'py', '--verbose', 'compile', 'a.py'], ['python'])).toEqual(
      { word: 'compile', index: 3 },
    );
    expect(findCommandWord(['--python=py', 'run'], ['python'])).toEqual({ word: 'run', index: 1 });
  });
  it('finds none in options only, or after --', () => {
    expect(findCommandWord(['--help'], [])).toBeUndefined();
    expect(findCommandWord(['--', 'compile'], [])).toBeUndefined();
  });
});
