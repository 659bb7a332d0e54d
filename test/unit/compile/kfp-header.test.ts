/** brokenKfpHeader on text: which headers it names, and that it reads no further than them. */
import { describe, expect, it } from '@jest/globals';
import { brokenKfpHeader } from '../../../src/core/compile/kfp-header.js';

const head = ['# PIPELINE DEFINITION', '# Name: p', '# Inputs:'];

describe('brokenKfpHeader', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('names the parameter whose default left the comment (%s line ends)', (_label, eol) => {
    const text = [...head, "#    msg: str [Default: 'first", "second']", 'components: {}', ''].join(
      eol,
    );
    expect(brokenKfpHeader(text)).toEqual({ parameter: 'msg', line: 4 });
  });

  it.each([
    ['a closed default', [...head, "#    msg: str [Default: 'one line']", 'components: {}', '']],
    ['a default that is not a string', [...head, '#    n: int [Default: 3.0]', 'root: {}', '']],
    ['no KFP header', ['# A comment', "#    msg: str [Default: 'first", 'x: 1', '']],
    ['a header only, no final line break', [...head, "#    msg: str [Default: 'first"]],
    ['an empty text', ['']],
  ])('leaves %s alone', (_label, lines) => {
    expect(brokenKfpHeader(lines.join('\n'))).toBeUndefined();
  });

  it('a text that ends after an unclosed default is named too (its last line is empty)', () => {
    expect(brokenKfpHeader([...head, "#    msg: str [Default: 'first", ''].join('\n'))).toEqual({
      parameter: 'msg',
      line: 4,
    });
  });

  it('stops at the first line after the header', () => {
    // A broken-looking line far below the header is YAML, not header.
    const body = Array.from({ length: 1000 }, (_, i) => `k${i}: v`).join('\n');
    const text = [...head, "#    msg: str [Default: 'ok']", body, "#    x: str [Default: 'a"].join(
      '\n',
    );
    expect(brokenKfpHeader(text)).toBeUndefined();
  });
});
