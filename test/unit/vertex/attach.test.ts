import { describe, expect, it } from '@jest/globals';
import {
  attachReason,
  compareSubmission,
  SPEC_LABEL,
  specLabelValue,
} from '../../../src/core/vertex/attach.js';
import { jobLabels } from '../../../src/core/vertex/job-id.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const wanted = { specLabel: specLabelValue(DIGEST), parameters: { seed: 7, tags: ['a'] } };

describe('compareSubmission', () => {
  it('is the same run when the spec label and every parameter value match', () => {
    expect(
      compareSubmission(
        { labels: { [SPEC_LABEL]: 'ab'.repeat(20) }, parameterValues: { tags: ['a'], seed: 7 } },
        wanted,
      ),
    ).toEqual({ same: true });
  });

  it('names the spec difference, a missing label, and each differing value', () => {
    expect(
      compareSubmission({ labels: { [SPEC_LABEL]: 'cd'.repeat(20) }, parameterValues: {} }, wanted),
    ).toEqual({ same: false, reason: expect.stringContaining('it runs another spec') });
    expect(compareSubmission({ labels: {}, parameterValues: {} }, wanted)).toEqual({
      same: false,
      reason: expect.stringContaining('has no kfp-spec label'),
    });
    const other = compareSubmission(
      { labels: { [SPEC_LABEL]: 'ab'.repeat(20) }, parameterValues: { seed: 8, extra: 'x' } },
      wanted,
    );
    expect(other).toEqual({
      same: false,
      reason:
        'it ran with other parameter values (extra "x" there, unset now; seed 8 there, 7 now; tags unset there, ["a"] now)',
    });
  });

  it('tells a value set to null from a value not set', () => {
    const result = compareSubmission(
      {
        labels: { [SPEC_LABEL]: 'ab'.repeat(20) },
        parameterValues: { seed: 7, tags: ['a'], n: null },
      },
      wanted,
    );
    expect(result.same).toBe(false);
  });
});

describe('attachReason and the labels', () => {
  it('recognises a job this very workflow run created (a lost answer) by its run label', () => {
    const { labels } = jobLabels({
      pipeline: 'p',
      commit: 'a'.repeat(40),
      workflowRun: '12',
      workflowRunAttempt: '3',
      specDigest: DIGEST,
    });
    expect(labels[SPEC_LABEL]).toBe('ab'.repeat(20));
    expect(attachReason({ labels }, '12-3')).toBe('lost-answer');
    expect(attachReason({ labels }, '12-4')).toBe('earlier-run');
    expect(attachReason({ labels }, undefined)).toBe('earlier-run');
  });
});
