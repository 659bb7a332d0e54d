/**
 * `command: submit` run again for a commit that already has jobs, as the runner runs it (the
 * BUILT dist/index.js against the fake Vertex gRPC server and the fake GitHub API): attach only
 * to a job that runs the same spec with the same parameter values, start the next attempt
 * otherwise and say why, wait out an attempt that is still CANCELLING, and never create a job
 * once the workflow was cancelled.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, startAction } from '../support/action-process/run-action.js';
import { PARENT, submitHarness } from '../support/submit-harness.js';
import { decodedPipelineJob } from '../support/fake-vertex/server.js';

const h = submitHarness({
  token: 'ghs_fake_rerun_token',
  salt: 'c0ffee0123456789abcdef0123456789abcdef',
  name: 'rerun',
});
const { nextSha, jobName, env, inputs, existingJob, createsOf } = h;

describe('submit again for the same commit', () => {
  it('starts the next attempt when the parameters differ, says why, and attaches when they match', async () => {
    const sha = nextSha();
    const first = await runAction(h.copy, inputs(), env(sha));
    expect(first.code).toBe(0);
    expect(decodedPipelineJob(h.vertex.callsOf('CreatePipelineJob').at(-1)!).labels).toMatchObject({
      'kfp-spec': expect.stringMatching(/^[0-9a-f]{40}$/),
      'kfp-workflow-run': '4242-1',
    });

    // Same commit, other parameter values: the first job is not this run.
    const second = await runAction(
      h.copy,
      inputs({ parameters: '{"seed": 8}' }),
      env(sha, { GITHUB_RUN_ATTEMPT: '2' }),
    );
    expect(second.code).toBe(0);
    expect(createsOf(sha)).toEqual(['1:0', '1:6', '2:0']);
    expect(second.outputs['job-name']).toBe(jobName(sha, 2));
    expect(second.stdout).toContain(
      `breast-cancer-xgboost-${sha.slice(0, 7)}-1 already exists and it ran with other parameter values (seed 7 there, 8 now): starting attempt 2`,
    );
    const report = readFileSync(path.join(h.repo, second.outputs['report-path']!), 'utf8');
    expect(report).toContain('earlier job of this commit was');
    expect(report).toContain('seed 7 there, 8 now');
    // The report's values are those Vertex reports for the job that ran.
    expect(report).toContain('| `seed` | `8` |');
    expect(report).not.toContain('already existed');

    // The first values again: attempt 1 is that run, so it is attached to, not paid twice.
    const third = await runAction(h.copy, inputs(), env(sha, { GITHUB_RUN_ATTEMPT: '3' }));
    expect(third.code).toBe(0);
    expect(createsOf(sha)).toEqual(['1:0', '1:6', '2:0', '1:6']);
    expect(third.outputs['job-name']).toBe(jobName(sha, 1));
    expect(third.stdout).toContain('an earlier workflow run started it with the same spec');
    const attached = readFileSync(path.join(h.repo, third.outputs['report-path']!), 'utf8');
    expect(attached).toContain('already existed with the same spec and parameter values');
    expect(attached).toContain('| `seed` | `7` |');
  });

  it('does not attach to a job of the same id that carries no spec label', async () => {
    const sha = nextSha();
    existingJob(sha, 1, [{ state: 'RUNNING', tasks: [] }]);
    const result = await runAction(h.copy, inputs(), env(sha));
    expect(result.code).toBe(0);
    expect(createsOf(sha)).toEqual(['1:6', '2:0']);
    expect(result.stdout).toContain(
      'it has no kfp-spec label, so kfp-action cannot tell which spec it runs',
    );
  });

  it('waits for an attempt that is still CANCELLING to end, then starts the next one', async () => {
    const sha = nextSha();
    const cancelling = existingJob(sha, 1, [
      { state: 'CANCELLING', tasks: [] },
      { state: 'CANCELLING', tasks: [] },
      { state: 'CANCELLING', tasks: [] },
      { state: 'CANCELLED', tasks: [] },
    ]);
    const result = await runAction(h.copy, inputs(), env(sha));
    expect(result.code).toBe(0);
    expect(cancelling.gets).toBeGreaterThanOrEqual(4);
    expect(createsOf(sha)).toEqual(['1:6', '2:0']);
    expect(result.outputs['job-name']).toBe(jobName(sha, 2));
    expect(result.outputs['job-state']).toBe('SUCCEEDED');
    expect(result.stdout).toContain('is being cancelled: waiting for it to end');
    expect(result.stdout).toContain('was being cancelled (now CANCELLED): starting attempt 2');
  });

  it('creates no job when the workflow is cancelled before the create (while waiting out a cancel)', async () => {
    const sha = nextSha();
    const stuck = existingJob(sha, 1, [{ state: 'CANCELLING', tasks: [] }]);
    const running = startAction(h.copy, inputs(), env(sha));
    for (let i = 0; i < 400 && stuck.gets < 2; i++) await new Promise((r) => setTimeout(r, 25));
    expect(stuck.gets).toBeGreaterThanOrEqual(2);
    running.child.kill('SIGINT');
    const result = await running.done;
    expect(result.code).toBe(1);
    expect(createsOf(sha)).toEqual(['1:6']);
    expect(h.vertex.jobs.has(jobName(sha, 2))).toBe(false);
    expect(result.stdout).toContain(
      '::error title=kfp-action vertex/cancelled::breast-cancer-xgboost: the workflow was cancelled before the pipeline job was created; nothing was submitted',
    );
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  });

  it('creates no job when the cancel arrives while a failed create waits for its retry', async () => {
    const sha = nextSha();
    const id = `breast-cancer-xgboost-${sha.slice(0, 7)}-1`;
    let running: ReturnType<typeof startAction> | undefined;
    let sent = false;
    // The first create fails UNAVAILABLE, and the workflow is cancelled before the retry.
    h.vertex.faults = (method, _index) => {
      if (sent || !method.endsWith('/CreatePipelineJob')) return undefined;
      sent = true;
      running!.child.kill('SIGINT');
      return { code: 14 };
    };
    try {
      running = startAction(h.copy, inputs(), env(sha));
      const result = await running.done;
      expect(sent).toBe(true);
      expect(result.code).toBe(1);
      expect(h.vertex.jobs.has(jobName(sha, 1))).toBe(false);
      expect(createsOf(sha)).toEqual(['1:14']);
      expect(result.stdout).toContain(
        `::error title=kfp-action vertex/cancelled::the workflow was cancelled before ${PARENT}/pipelineJobs/${id} was created; nothing was submitted`,
      );
    } finally {
      h.vertex.faults = undefined;
    }
  });

  it('fresh-run trains again after the merge run, and a re-run of that retraining attaches to it', async () => {
    const sha = nextSha();
    const short = sha.slice(0, 7);
    const merge = await runAction(h.copy, inputs(), env(sha, { GITHUB_RUN_ID: '5001' }));
    expect(merge.code).toBe(0);
    expect(merge.outputs['job-name']).toBe(jobName(sha, 1));

    // The scheduled workflow run: same commit, spec and values, yet a new training.
    const fresh = inputs({ 'fresh-run': 'true' });
    const retrain = await runAction(h.copy, fresh, env(sha, { GITHUB_RUN_ID: '6001' }));
    expect(retrain.code).toBe(0);
    expect(createsOf(sha)).toEqual(['1:0', '2:0']);
    expect(retrain.outputs['job-name']).toBe(jobName(sha, 2));
    expect(retrain.outputs['job-state']).toBe('SUCCEEDED');
    expect(retrain.stdout).toContain(
      `fresh-run: a retraining, so no earlier job of commit ${short} is reused: starting at attempt 2`,
    );
    expect(retrain.stdout).toContain(`a scheduled retraining: new attempt 2 (${jobName(sha, 2)})`);
    expect(decodedPipelineJob(h.vertex.callsOf('CreatePipelineJob').at(-1)!).labels).toMatchObject({
      'kfp-retraining': '6001',
      'kfp-workflow-run': '6001-1',
      'kfp-commit': sha,
    });
    const report = readFileSync(path.join(h.repo, retrain.outputs['report-path']!), 'utf8');
    expect(report).toContain('A scheduled retraining (`fresh-run`): new attempt 2');
    expect(report).not.toContain('already existed');

    // "Re-run all jobs" of the scheduled run: same run id, next attempt — attaches to -2.
    const rerun = await runAction(
      h.copy,
      fresh,
      env(sha, { GITHUB_RUN_ID: '6001', GITHUB_RUN_ATTEMPT: '2' }),
    );
    expect(rerun.code).toBe(0);
    expect(createsOf(sha)).toEqual(['1:0', '2:0', '2:6']);
    expect(rerun.outputs['job-name']).toBe(jobName(sha, 2));
    expect(rerun.stdout).toContain(
      `fresh-run: this workflow run already started attempt 2 of commit ${short}`,
    );
    const attached = readFileSync(path.join(h.repo, rerun.outputs['report-path']!), 'utf8');
    expect(attached).toContain('attempt 2, which an earlier attempt of this workflow run started');

    // The next day's schedule trains again: attempt 3, found by listing (no walk over 1 and 2).
    const next = await runAction(h.copy, fresh, env(sha, { GITHUB_RUN_ID: '6002' }));
    expect(next.code).toBe(0);
    expect(createsOf(sha)).toEqual(['1:0', '2:0', '2:6', '3:0']);
    expect(next.outputs['job-name']).toBe(jobName(sha, 3));

    // A plain re-run of the merge workflow run still attaches to its own job.
    const mergeRerun = await runAction(
      h.copy,
      inputs(),
      env(sha, { GITHUB_RUN_ID: '5001', GITHUB_RUN_ATTEMPT: '2' }),
    );
    expect(mergeRerun.code).toBe(0);
    expect(mergeRerun.outputs['job-name']).toBe(jobName(sha, 1));
    expect(createsOf(sha)).toEqual(['1:0', '2:0', '2:6', '3:0', '1:6']);
  });

  it('refuses fresh-run together with job-name, and submits nothing', async () => {
    const sha = nextSha();
    const result = await runAction(
      h.copy,
      inputs({ 'fresh-run': 'true', 'job-name': jobName(sha, 1) }),
      env(sha),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error title=kfp-action vertex/fresh-run-with-job-name::');
    expect(createsOf(sha)).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  });
});
