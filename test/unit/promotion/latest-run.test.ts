import { describe, expect, it } from '@jest/globals';
import {
  describePick,
  FULL_SHA,
  pickLatestRun,
  runLabels,
} from '../../../src/core/promotion/latest-run.js';
import type { PipelineJobSummary } from '../../../src/ports/vertex.js';

const SHA = 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3';
const query = { pipeline: 'breast-cancer-xgboost', commit: SHA };
const WHERE = 'projects/p/locations/europe-west4';
const labels = runLabels(query);

function job(id: string, state: PipelineJobSummary['state'], minute: number, extra = {}) {
  return {
    name: `${WHERE}/pipelineJobs/${id}`,
    state,
    createTime: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
    labels: { ...labels, 'managed-by': 'kfp-action', ...extra },
  } satisfies PipelineJobSummary;
}

describe('the run promote takes without a job name', () => {
  it('queries the labels submit puts on every job', () => {
    expect(runLabels({ pipeline: 'Breast Cancer', commit: SHA.toUpperCase() })).toEqual({
      'kfp-pipeline': 'breast_cancer',
      'kfp-commit': SHA,
    });
  });

  it('takes the newest SUCCEEDED job, passing over newer ones that did not succeed', () => {
    const jobs = [
      job('bc-1', 'SUCCEEDED', 1),
      job('bc-4', 'RUNNING', 4),
      job('bc-2', 'SUCCEEDED', 2),
      job('bc-3', 'FAILED', 3),
    ];
    const pick = pickLatestRun(jobs, query, WHERE, 100);
    expect(pick).toEqual({
      found: true,
      job: jobs[2],
      passedOver: [jobs[1], jobs[3]],
    });
    if (!pick.found) throw new Error('unreachable');
    expect(describePick(pick, query)).toBe(
      `no job-name given: promoting ${WHERE}/pipelineJobs/bc-2, the newest SUCCEEDED run of breast-cancer-xgboost at commit e4f5a6b (created 2026-11-26T10:02:00.000Z); passed over newer jobs that did not succeed: bc-4 (RUNNING), bc-3 (FAILED)`,
    );
  });

  it('takes a scheduled retraining (fresh-run) over the merge run it followed', () => {
    // A listing may come in any order: the create time decides.
    const retraining = job('bc-2', 'SUCCEEDED', 30, { 'kfp-retraining': '6001' });
    const merge = job('bc-1', 'SUCCEEDED', 1);
    const pick = pickLatestRun([merge, retraining], query, WHERE, 100);
    expect(pick.found && pick.job).toBe(retraining);
  });

  it('trusts the listing for nothing: jobs without both labels do not count', () => {
    const other = job('other-commit', 'SUCCEEDED', 9, { 'kfp-commit': 'f'.repeat(40) });
    const otherPipeline = job('other-pipeline', 'SUCCEEDED', 8, { 'kfp-pipeline': 'x' });
    const mine = job('bc-1', 'SUCCEEDED', 1);
    const pick = pickLatestRun([other, otherPipeline, mine], query, WHERE, 100);
    expect(pick.found && pick.job).toBe(mine);
    expect(pick.found && pick.passedOver).toEqual([]);
  });

  it('says where it looked and which labels it wanted when there is no job at all', () => {
    const pick = pickLatestRun([], query, WHERE, 100);
    expect(pick.found).toBe(false);
    expect(!pick.found && pick.reason).toBe(
      `no pipeline job in ${WHERE} carries the labels kfp-pipeline=breast-cancer-xgboost, kfp-commit=${SHA}: pipeline breast-cancer-xgboost was not submitted from commit e4f5a6b by kfp-action submit, or ran in another project or region; pass \`job-name\` (the job-name output of submit; CLI: --job-name)`,
    );
  });

  it('lists what it found when none succeeded, and says when the listing was cut', () => {
    const pick = pickLatestRun(
      [job('bc-1', 'FAILED', 1), job('bc-2', 'RUNNING', 2)],
      query,
      WHERE,
      100,
    );
    expect(!pick.found && pick.reason).toBe(
      'none of 2 pipeline jobs of breast-cancer-xgboost at commit e4f5a6b succeeded (bc-2 (RUNNING), bc-1 (FAILED)); only a SUCCEEDED run can be promoted: wait for it, or re-run the train workflow',
    );
    const many = Array.from({ length: 7 }, (_, i) => job(`bc-${i + 1}`, 'CANCELLED', i));
    const cut = pickLatestRun(many, query, WHERE, 7);
    expect(!cut.found && cut.reason).toContain('none of the newest 7 pipeline jobs');
    expect(!cut.found && cut.reason).toContain('bc-3 (CANCELLED) and 2 more');
  });

  it('accepts only full commit SHAs (jobs carry all of it)', () => {
    expect(FULL_SHA.test(SHA)).toBe(true);
    expect(FULL_SHA.test('a'.repeat(64))).toBe(true);
    expect(FULL_SHA.test('e4f5a6b')).toBe(false);
    expect(FULL_SHA.test(`${SHA}0`)).toBe(false);
  });
});
