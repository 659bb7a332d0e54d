import { describe, expect, it } from '@jest/globals';
import { RETRAINING_LABEL } from '../../../src/core/vertex/attach.js';
import {
  attemptOf,
  freshRunMayAttach,
  freshStart,
  retrainingLabelValue,
} from '../../../src/core/vertex/fresh-run.js';
import { jobLabels, pipelineJobId } from '../../../src/core/vertex/job-id.js';

const SHA = 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3';
const PARENT = 'projects/p/locations/europe-west4/pipelineJobs';
const job = (attempt: number, labels: Record<string, string> = {}, pipeline = 'train') => ({
  name: `${PARENT}/${pipelineJobId(pipeline, SHA, attempt)}`,
  labels,
});

describe('attemptOf', () => {
  it('reads the attempt of a job id of this pipeline and commit', () => {
    expect(attemptOf('train-e4f5a6b-1', 'train', SHA)).toBe(1);
    expect(attemptOf('train-e4f5a6b-12', 'train', SHA)).toBe(12);
  });

  it('reads through the hash a renamed pipeline gets', () => {
    const id = pipelineJobId('Breast Cancer', SHA, 3);
    expect(attemptOf(id, 'Breast Cancer', SHA)).toBe(3);
  });

  it('is undefined for another pipeline, another commit or no number', () => {
    expect(attemptOf('train-e4f5a6b-1', 'trainer', SHA)).toBeUndefined();
    expect(attemptOf('train-0000000-1', 'train', SHA)).toBeUndefined();
    expect(attemptOf('train-e4f5a6b-x', 'train', SHA)).toBeUndefined();
    expect(attemptOf('train-e4f5a6b-0', 'train', SHA)).toBeUndefined();
    expect(attemptOf('train-e4f5a6b-1-2', 'train', SHA)).toBeUndefined();
  });
});

describe('freshStart', () => {
  it('starts at attempt 1 when the commit has no job', () => {
    expect(freshStart([], 'train', SHA, '777')).toEqual({ attempt: 1, rerun: false });
  });

  it("starts one past the commit's highest attempt, whatever order the listing has", () => {
    expect(
      freshStart([job(2), job(5, { [RETRAINING_LABEL]: '555' }), job(1)], 'train', SHA, '777'),
    ).toEqual({ attempt: 6, rerun: false });
  });

  it('starts at the first job this workflow run made (a re-run attaches to it)', () => {
    expect(
      freshStart(
        [job(1), job(2, { [RETRAINING_LABEL]: '777' }), job(3, { [RETRAINING_LABEL]: '777' })],
        'train',
        SHA,
        '777',
      ),
    ).toEqual({ attempt: 2, rerun: true });
  });

  it("ignores listed jobs whose id is not this pipeline's at this commit", () => {
    expect(
      freshStart(
        [job(9, { [RETRAINING_LABEL]: '777' }, 'other'), { name: `${PARENT}/x`, labels: {} }],
        'train',
        SHA,
        '777',
      ),
    ).toEqual({ attempt: 1, rerun: false });
  });
});

describe('freshRunMayAttach', () => {
  it("attaches only to this workflow run's own retraining", () => {
    expect(freshRunMayAttach({ labels: { [RETRAINING_LABEL]: '777' } }, '777')).toEqual({
      same: true,
    });
  });

  it('passes over the merge run and other retrainings, saying why', () => {
    expect(freshRunMayAttach({ labels: {} }, '777')).toEqual({
      same: false,
      reason: 'was started by another workflow run, and a fresh run trains again',
    });
    expect(freshRunMayAttach({ labels: { [RETRAINING_LABEL]: '555' } }, '777')).toEqual({
      same: false,
      reason: 'was started by another retraining (workflow run 555), and a fresh run trains again',
    });
  });
});

describe('the kfp-retraining label', () => {
  it('carries the run id (no run attempt) and survives label cleaning unchanged', () => {
    const value = retrainingLabelValue('9876543210');
    const { labels } = jobLabels({
      pipeline: 'train',
      commit: SHA,
      workflowRun: '9876543210',
      workflowRunAttempt: '2',
      retraining: value,
    });
    expect(labels[RETRAINING_LABEL]).toBe('9876543210');
    expect(labels['kfp-workflow-run']).toBe('9876543210-2');
  });

  it('is absent on a merge run', () => {
    expect(jobLabels({ pipeline: 'train', commit: SHA }).labels).not.toHaveProperty(
      RETRAINING_LABEL,
    );
  });
});
