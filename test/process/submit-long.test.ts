/**
 * Trainings longer than a GitHub job may run, as the runner runs the BUILT action against the
 * fake Vertex gRPC server and the fake GitHub API: the wait is fitted inside the job's
 * `timeout-minutes` (or refused when nothing is left), and `submit` with `job-name` picks up a
 * job that an earlier step started with `wait: false`, waits, gates and reports — without
 * cancelling it when its own workflow is cancelled.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction, startAction } from '../support/action-process/run-action.js';
import { submitHarness } from '../support/submit-harness.js';

const h = submitHarness({
  token: 'ghs_fake_long_token',
  salt: '10aa0123456789abcdef0123456789abcdef01',
  name: 'long',
  botAccount: true,
});
const { nextSha, jobName, env, inputs, existingJob, createsOf } = h;

describe('long trainings', () => {
  it('fits the wait inside the job timeout, with a warning, and refuses when nothing is left', async () => {
    const sha = nextSha();
    const fitted = await runAction(
      h.copy,
      inputs({ 'timeout-minutes': '720', 'job-timeout-minutes': '12' }),
      env(sha),
    );
    expect(fitted.code).toBe(0);
    expect(fitted.stdout).toContain(
      '::warning title=kfp-action vertex/wait-shortened::breast-cancer-xgboost: waiting at most 1 minutes, not 720: GitHub ends this job at its timeout-minutes (12)',
    );

    const other = nextSha();
    const refused = await runAction(h.copy, inputs({ 'job-timeout-minutes': '10' }), env(other));
    expect(refused.code).not.toBe(0);
    expect(createsOf(other)).toEqual([]);
    expect(refused.stdout).toContain('::error title=kfp-action vertex/job-limit::');
    expect(refused.stdout).toContain('submit with wait: false and pick the run up later');
  });

  it('submits with wait: false, then picks the job up by name, waits, gates and reports', async () => {
    const sha = nextSha();
    h.github.addPull(
      {
        number: 61,
        state: 'closed',
        baseRef: 'main',
        headSha: 'f'.repeat(40),
        mergedAt: '2026-12-01T10:00:00Z',
        mergeCommitSha: sha,
      },
      [sha],
    );
    const submitted = await runAction(h.copy, inputs({ wait: 'false' }), env(sha));
    expect(submitted.code).toBe(0);
    const name = submitted.outputs['job-name']!;
    expect(name).toBe(jobName(sha, 1));
    const gets = h.vertex.jobs.get(name)!.gets;

    // A later workflow run (another commit checked out): only the job name links them.
    const creates = h.vertex.callsOf('CreatePipelineJob').length;
    const picked = await runAction(
      h.copy,
      inputs({ 'job-name': name, comment: 'true' }),
      env('9'.repeat(40), { GITHUB_RUN_ID: '5000' }),
    );
    expect(picked.code).toBe(0);
    expect(h.vertex.callsOf('CreatePipelineJob').length).toBe(creates);
    expect(h.vertex.jobs.get(name)!.gets).toBeGreaterThan(gets + 1);
    expect(picked.outputs['job-state']).toBe('SUCCEEDED');
    expect(picked.outputs['decision']).toBe('deploy');
    expect(picked.summary).toContain('Picked up by name');
    // The report goes to the PR merged as the job's commit (its kfp-commit label).
    const comment = h.github.issueComments(61).find((c) => c.body.includes('kfp-action:run:'));
    expect(comment?.body).toContain('Picked up by name');
  });

  it('does not cancel a picked-up job when its own workflow is cancelled', async () => {
    const sha = nextSha();
    const job = existingJob(sha, 1, [{ state: 'RUNNING', tasks: [] }]);
    const running = startAction(h.copy, inputs({ 'job-name': job.name }), env(sha));
    for (let i = 0; i < 400 && job.gets < 3; i++) await new Promise((r) => setTimeout(r, 25));
    expect(job.gets).toBeGreaterThanOrEqual(3);
    running.child.kill('SIGINT');
    await running.done;
    expect(
      h.vertex.callsOf('CancelPipelineJob').filter((c) => c.request.name === job.name),
    ).toEqual([]);
    expect(job.cancelRequested).toBe(false);
  });
});
