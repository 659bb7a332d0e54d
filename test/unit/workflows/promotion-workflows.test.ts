/**
 * What the promotion workflows must keep, beyond what the linters check: the environment binding
 * that gates each promotion, token permissions granted per job only, deploys never cancelled
 * half-way, and starters that call our reusable workflows.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
type Job = Record<string, unknown> & {
  permissions?: Record<string, string>;
  steps?: { uses?: string }[];
};
const load = (file: string) =>
  parse(readFileSync(path.join(root, file), 'utf8')) as {
    permissions?: unknown;
    jobs: Record<string, Job>;
    on: Record<string, unknown>;
  };

describe('kfp-promote.yml', () => {
  const wf = load('.github/workflows/kfp-promote.yml');
  const job = wf.jobs.promote!;
  it('runs its one job in the environment it is asked for, with the endpoint as URL', () => {
    expect(job.environment).toEqual({
      name: '${{ inputs.environment }}',
      url: '${{ steps.kfp.outputs.endpoint-url }}',
    });
  });
  it('grants id-token: write on that job only, nothing at the top', () => {
    expect(wf.permissions).toEqual({});
    expect(job.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      'pull-requests': 'write',
    });
  });
  it('serialises deploys per environment without cancelling one in progress', () => {
    expect(job.concurrency).toEqual({
      group: 'kfp-deploy-${{ inputs.environment }}',
      'cancel-in-progress': false,
    });
  });
  it('authenticates with Workload Identity Federation before running the action', () => {
    const uses = (job.steps ?? []).map((s) => s.uses ?? '');
    const auth = uses.findIndex((u) => u.startsWith('google-github-actions/auth@'));
    const kfp = uses.findIndex((u) => u.startsWith('kfp-action/kfp-action@'));
    expect(auth).toBeGreaterThan(-1);
    expect(kfp).toBeGreaterThan(auth);
    expect(Object.keys((wf.on.workflow_call as { inputs: object }).inputs)).toEqual(
      expect.arrayContaining(['environment', 'command', 'job-name', 'model-version']),
    );
  });
});

describe('the starters', () => {
  for (const file of [
    'workflows/kfp-loop.yml',
    'workflows/kfp-manual-promote.yml',
    'workflows/kfp-retrain.yml',
    'workflows/kfp-promote-scheduled.yml',
    '.github/workflows/kfp-train.yml',
  ]) {
    it(`${file}: no top-level grants, no pull_request_target`, () => {
      const wf = load(file);
      expect(wf.permissions).toEqual({});
      expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    });
  }
  it('kfp-loop.yml promotes staging only on deploy, and production only after staging', () => {
    const { jobs } = load('workflows/kfp-loop.yml');
    expect(jobs.staging).toMatchObject({
      needs: 'train',
      if: "needs.train.outputs.decision == 'deploy'",
      uses: 'kfp-action/kfp-action/.github/workflows/kfp-promote.yml@v1',
      with: { environment: 'staging' },
    });
    expect(jobs.production).toMatchObject({
      needs: ['train', 'staging'],
      with: { environment: 'production' },
    });
    expect(jobs.check!.uses).toBe('kfp-action/kfp-action/.github/workflows/kfp-pr-check.yml@v1');
  });
});
