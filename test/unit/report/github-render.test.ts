/**
 * The GitHub-renderer check itself (test/support/markdown): it must see what GitHub would make
 * live, or every "renders safely" test built on it proves nothing. Raw Markdown and the escaping
 * kfp-action used before (character references alone) must be flagged.
 */
import { describe, expect, it } from '@jest/globals';
import { mdText } from '../../../src/core/report/escape.js';
import { checkCollected, collectBody, renderGitHub } from '../../support/markdown/github-render.js';

const problems = (body: string, options = {}) => renderGitHub([body], options)[0]!.problems;

describe('renderGitHub flags what GitHub makes live', () => {
  it.each([
    ['a mention', 'hi @octocat', /^mention/],
    ['a mention written as an entity (decoded first)', 'hi &#64;octocat', /^mention/],
    ['a mention after &, # or /', 'a&@x #@x /@x', /^mention/],
    ['an issue reference', 'see #12', /^issue reference '#12'/],
    ['an issue reference as an entity', 'see &#35;12', /^issue reference '#12'/],
    ['a GH- reference', 'see GH-7', /^issue reference 'GH-7'/],
    ['a cross-repository reference', 'see octo-org/pipelines#3', /^issue reference '#3'/],
    ['a link', '[x](https://evil.example)', /^link to 'https:\/\/evil\.example'/],
    ['an autolink', 'go to www.evil.example', /^link to 'http:\/\/www\.evil\.example'/],
    ['an image', '![t](https://evil.example/t.png)', /^raw HTML element <img>/],
    ['raw HTML with a handler', '<b onclick=x>b</b>', /^raw HTML element <b>/],
    ['a marker in text', 'a <!-- kfp-action:check:other --> b', /^HTML comment inside <p>/],
    ['a hostile marker block', '<!-- kfp-action:check:other -->', /^hostile marker/],
  ])('%s', (_what, body, expected) => {
    expect(problems(body)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('ignores code, trusted links and allowed references', () => {
    expect(problems('`@x #1` and\n\n```\n@y <img>\n```\n')).toEqual([]);
    expect(problems('[run](https://github.com/o/r/actions/runs/1)')).toEqual([]);
    expect(problems('merged in #7', { allowedRefs: ['#7'] })).toEqual([]);
  });

  it('the old escaping (entities only) still mentions; the word joiner does not', () => {
    const entitiesOnly = 'hi &#64;octocat and &#35;12';
    expect(problems(entitiesOnly).length).toBe(2);
    expect(problems(mdText('hi @octocat and #12 and GH-3'))).toEqual([]);
  });

  it('collected bodies are checked in one batch and cleared', () => {
    collectBody('test', 'hi @octocat');
    collectBody('test', 'fine');
    expect(checkCollected()).toEqual(["test: mention '@octocat'"]);
    expect(checkCollected()).toEqual([]);
  });
});
