import { describe, expect, it } from '@jest/globals';
import {
  mdCell,
  mdCode,
  mdCodeBlock,
  mdText,
  mdUrl,
  mermaidId,
  mermaidLabel,
  truncate,
} from '../../../src/core/report/escape.js';

describe('mdText', () => {
  it('defuses HTML, mentions, links, emphasis and table pipes', () => {
    const out = mdText('<img src=x onerror=alert(1)> @octocat [a](http://x) *b* | c');
    expect(out).not.toMatch(/[<>@[\]()*|]/);
    expect(out).toContain('&#60;img');
    expect(out).toContain('&#64;\u2060octocat');
  });
  it('breaks mentions and issue references with a word joiner (entities alone do not)', () => {
    expect(mdText('@a #1 GH-2 gh-3 o/r#4')).toBe(
      '&#64;\u2060a &#35;\u20601 GH&#45;\u20602 gh&#45;\u20603 o/r&#35;\u20604',
    );
  });
  it('keeps one line', () => {
    expect(mdText('a\nb\r\nc')).toBe('a b c');
  });
  it('an empty cell stays a cell', () => {
    expect(mdCell('')).toBe('&#32;');
  });
});

describe('mdCode / mdCodeBlock', () => {
  it('a backtick inside cannot close the span', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
  });
  it('escapes pipes for tables', () => {
    expect(mdCode('a|b')).toBe('`a\\|b`');
  });
  it('a code block fence outgrows fences in the text', () => {
    expect(mdCodeBlock('x\n```\ny')).toBe('````\nx\n```\ny\n````');
  });
});

describe('mermaid', () => {
  it('quotes and writes every special character as an entity', () => {
    expect(mermaidLabel('a"b<c>[d]{e}(f)|g`h;i&j@k#l\\m')).toBe(
      '"a#34;b#60;c#62;#91;d#93;#123;e#125;#40;f#41;#124;g#96;h#59;i#38;j#64;k#35;l#92;m"',
    );
  });
  it('ids are safe and distinct', () => {
    expect(mermaidId('train-model')).toBe('n_train_2d_model');
    expect(mermaidId('a b')).not.toBe(mermaidId('a_b'));
    expect(mermaidId('x"];click')).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('mdUrl', () => {
  it('keeps https links, encodes what could end the link, and refuses the rest', () => {
    expect(mdUrl('https://console.cloud.google.com/x?project=p')).toBe(
      'https://console.cloud.google.com/x?project=p',
    );
    expect(mdUrl('https://x/a)@team<b>')).toBe('https://x/a%29@team%3Cb%3E');
    expect(mdUrl('http://x/a')).toBeUndefined();
    expect(mdUrl('http://x/a', true)).toBe('http://x/a');
    expect(mdUrl('javascript:alert(1)', true)).toBeUndefined();
    expect(mdUrl('https://x/a b')).toBeUndefined();
    expect(mdUrl(undefined)).toBeUndefined();
  });
  it('returns undefined for a malformed percent-encoding instead of throwing', () => {
    expect(mdUrl('https://x/%E0%A4%A')).toBeUndefined();
    expect(mdUrl('https://x/%')).toBeUndefined();
  });
});

describe('truncate', () => {
  it('leaves short text alone and says what it cut', () => {
    expect(truncate('abc', 10)).toBe('abc');
    const t = truncate('x'.repeat(200), 100);
    expect(t.length).toBeLessThan(120);
    expect(t).toContain('more characters');
  });
});
