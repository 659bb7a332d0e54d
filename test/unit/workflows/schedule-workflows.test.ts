/**
 * Continuous training in the workflows: the retrain starter trains the default branch's commit
 * again on a GitHub schedule (fresh-run) and carries the run through the same jobs as a merge;
 * the alternative starter promotes a Vertex schedule's run through the same reusable promotion
 * workflow (so the same environments), production takes the run staging promoted, every caller
 * grants what the called job asks for; kfp-train reconciles the schedules only after a
 * successful submit and passes fresh-run through.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
type Step = {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  name?: string;
};
type Job = Record<string, unknown> & {
  permissions?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  outputs?: Record<string, string>;
};
const load = (file: string) =>
  parse(readFileSync(path.join(root, file), 'utf8')) as {
    permissions?: unknown;
    jobs: Record<string, Job>;
    on: Record<string, { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }>;
  };

describe('workflows/kfp-retrain.yml', () => {
  const wf = load('workflows/kfp-retrain.yml');
  const loop = load('workflows/kfp-loop.yml');
  const train = load('.github/workflows/kfp-train.yml');

  it('runs on a GitHub schedule (and by hand), training only the default branch', () => {
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
    const cond = String(wf.jobs.train!.if);
    // A schedule's event has no repository.default_branch; it always runs on the default branch.
    expect(cond).toContain("github.event_name == 'schedule'");
    expect(cond).toContain(
      "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
    );
  });

  it('trains again on purpose: kfp-train.yml with fresh-run, not reconciling schedules', () => {
    expect(wf.jobs.train).toMatchObject({
      uses: 'kfp-action/kfp-action/.github/workflows/kfp-train.yml@v1',
      with: { 'fresh-run': true, schedules: false },
    });
    expect(train.on.workflow_call!.inputs!['fresh-run']).toEqual({
      type: 'boolean',
      default: false,
    });
  });

  it('promotes through the same jobs, conditions and environments as the merge starter', () => {
    for (const name of ['staging', 'production']) {
      expect(wf.jobs[name]).toEqual(loop.jobs[name]);
    }
    expect(wf.jobs.train!.permissions).toEqual(loop.jobs.train!.permissions);
  });
});

describe('workflows/kfp-promote-scheduled.yml', () => {
  const wf = load('workflows/kfp-promote-scheduled.yml');
  const promote = load('.github/workflows/kfp-promote.yml');

  it('runs on a GitHub schedule (and by hand)', () => {
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
  });

  it('promotes the schedule’s newest successful run to staging, then that same run to production', () => {
    expect(wf.jobs.staging).toMatchObject({
      uses: 'kfp-action/kfp-action/.github/workflows/kfp-promote.yml@v1',
      with: { environment: 'staging', schedule: expect.stringContaining('nightly') },
    });
    expect(wf.jobs.production).toMatchObject({
      needs: 'staging',
      uses: 'kfp-action/kfp-action/.github/workflows/kfp-promote.yml@v1',
      with: { environment: 'production', 'job-name': '${{ needs.staging.outputs.job-name }}' },
    });
    expect(wf.jobs.production!.with!.schedule).toBeUndefined();
  });

  it('the promotion workflow takes `schedule` and gives back the `job-name` it promoted', () => {
    const call = promote.on.workflow_call!;
    expect(Object.keys(call.inputs!)).toContain('schedule');
    expect(Object.keys(call.outputs!)).toContain('job-name');
    const job = promote.jobs.promote!;
    expect(job.outputs!['job-name']).toBe('${{ steps.kfp.outputs.job-name }}');
    const step = job.steps!.find((s) => s.id === 'kfp')!;
    expect(step.with!.schedule).toBe('${{ inputs.schedule }}');
  });

  it('grants each call at least what the called job requests', () => {
    const wanted = promote.jobs.promote!.permissions!;
    for (const name of ['staging', 'production']) {
      expect(wf.jobs[name]!.permissions).toMatchObject(wanted);
    }
  });
});

describe('.github/workflows/kfp-train.yml', () => {
  it('passes fresh-run to the submit step', () => {
    const wf = load('.github/workflows/kfp-train.yml');
    const submit = wf.jobs.train!.steps!.find((s) => s.id === 'submit')!;
    expect(submit.with!['fresh-run']).toBe('${{ inputs.fresh-run }}');
  });

  it('reconciles the schedules after submit, only when asked (default) and submit succeeded', () => {
    const wf = load('.github/workflows/kfp-train.yml');
    const steps = wf.jobs.train!.steps!;
    const submit = steps.findIndex((s) => s.id === 'submit');
    const schedules = steps.findIndex((s) => s.with?.command === 'schedules');
    expect(schedules).toBeGreaterThan(submit);
    // No status function: GitHub adds success(), so a failed submit skips it.
    expect(steps[schedules]!.if).toBe('inputs.schedules');
    expect(wf.on.workflow_call!.inputs!.schedules).toEqual({ type: 'boolean', default: true });
  });
});
