import { describe, expect, it } from '@jest/globals';
import { withoutReviewedStamp } from '../../../src/core/check/comments.js';
import { commentMarker, renderPrComment } from '../../../src/core/report/pr-comment.js';
import {
  compareReviewed,
  readReviewedStamp,
  reviewedStamp,
} from '../../../src/core/report/reviewed-stamp.js';
import { ctx, result } from './pr-comment-fixtures.js';

const D = `sha256:${'9'.repeat(64)}`;
const HEAD = ctx.headSha;

describe('the reviewed stamp of a PR check comment', () => {
  it('is the second line, right after the marker, and reads back', () => {
    const r = result('bc');
    const { body } = renderPrComment(r, ctx);
    const [first, second] = body.split('\n');
    expect(first).toBe(commentMarker('bc'));
    expect(second).toBe(`<!-- kfp-action:reviewed ${r.headDigest} ${HEAD} -->`);
    expect(readReviewedStamp(body, commentMarker('bc'))).toEqual({
      digest: r.headDigest,
      headSha: HEAD,
    });
  });

  it('is left out when the head did not compile or the sha is not a full one', () => {
    expect(reviewedStamp(undefined, HEAD)).toBeUndefined();
    expect(reviewedStamp(D, 'abc123')).toBeUndefined();
    const { headDigest: _unused, ...noDigest } = result('bc');
    expect(renderPrComment(noDigest, ctx).body.split('\n')[1]).toMatch(/^### /);
  });

  it('is never posted from a fork check result (the fork run controls it)', () => {
    const marker = commentMarker('bc');
    const body = `${marker}\n${reviewedStamp(D, HEAD)}\n### ✅ ok\n`;
    const clean = withoutReviewedStamp(body);
    expect(clean).toBe(`${marker}\n### ✅ ok\n`);
    expect(readReviewedStamp(clean, marker)).toBeUndefined();
  });

  it('is read only from a body whose first line is exactly the marker', () => {
    const marker = commentMarker('bc');
    expect(readReviewedStamp(`x\n${marker}\n${reviewedStamp(D, HEAD)}`, marker)).toBeUndefined();
  });
});

describe('compareReviewed', () => {
  const pull = { number: 7, headSha: HEAD };
  it('names the config when it changed between the PR head and the merge commit', () => {
    const v = compareReviewed({
      digest: `sha256:${'1'.repeat(64)}`,
      pull,
      stamp: { digest: D, headSha: HEAD },
      changedSinceHead: ['README.md', 'kfp-action.yaml'],
      configFile: 'kfp-action.yaml',
    });
    expect(v).toMatchObject({
      kind: 'differs',
      because: expect.stringMatching(/^the config changed/),
    });
  });
  it('lists what moved on the base branch otherwise', () => {
    const v = compareReviewed({
      digest: `sha256:${'1'.repeat(64)}`,
      pull,
      stamp: { digest: D, headSha: HEAD },
      changedSinceHead: ['requirements.txt'],
      configFile: 'kfp-action.yaml',
    });
    expect(v).toMatchObject({ because: expect.stringContaining('the base moved') });
    expect(v).toMatchObject({ because: expect.stringContaining('(requirements.txt)') });
  });
  it('is reviewed when the digests are equal', () => {
    expect(compareReviewed({ digest: D, pull, stamp: { digest: D, headSha: HEAD } })).toEqual({
      kind: 'reviewed',
      digest: D,
      pull: 7,
    });
  });
});
