import { describe, expect, it } from '@jest/globals';
import { cliLogger, colorEnabled } from '../../../src/adapters/edge/cli.js';

describe('colorEnabled', () => {
  it('colours a terminal unless NO_COLOR is set or TERM is dumb', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
    expect(colorEnabled({}, false)).toBe(false);
  });
  it('FORCE_COLOR colours anything, wins over NO_COLOR (as Node.js), and 0/false turn it off', () => {
    expect(colorEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });
});

describe('cliLogger colour', () => {
  it('paints only the warning and error prefixes, and only when asked', () => {
    const out: string[] = [];
    const write = (s: string) => void out.push(s);
    cliLogger(false, '', write, true, true).error('boom');
    cliLogger(false, '', write, true, true).warning('hm');
    cliLogger(false, '', write, true, false).error('plain');
    expect(out).toEqual([
      '\u001b[31merror:\u001b[39m boom\n',
      '\u001b[33mwarning:\u001b[39m hm\n',
      'error: plain\n',
    ]);
  });
});
