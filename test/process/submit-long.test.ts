/**
 * Trainings longer than a GitHub job may run, as the runner runs the BUILT action against the
 * fake Vertex gRPC server and the fake GitHub API: the wait is fitted inside the job's
 * `timeout-minutes` (or refused when nothing is left), and `submit` with `job-name` picks up a
 * job that an earlier step started with `wait: false`, waits, gates and reports — without
 * cancelling it when its own workflow is cancelled.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy, runAction, startAction } from '../support/action-process/run-action.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { breastCancerTasks } from '../support/fake-vertex/breast-cancer.js';
import { FakeJob } from '../support/fake-vertex/jobs.js';
import { progression, type FakeJobScript } from '../support/fake-vertex/scripts.js';
import { FakeVertexServer } from '../support/fake-vertex/server.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE_IR = path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml');
const TOKEN = 'ghs_fake_long_token';
const REPO = 'octo-org/pipelines';
const PARENT = 'projects/test-proj/locations/europe-west4';

const CONFIG = `version: 1
vertex:
  project: test-proj
  region: europe-west4
  pipelineRoot: gs://test-bucket/root
pipelines:
  - source: pipeline.yaml
    name: breast-cancer-xgboost
    parameters:
      seed: 7
      test_size: 0.25
    decision:
      task: eval-model
      output: deploy
`;

let copy: string;
let repo: string;
let vertex: FakeVertexServer;
let github: FakeGitHub;
let shaCounter = 0;

function nextSha(): string {
  shaCounter++;
  return `${shaCounter.toString(16).padStart(2, '0')}10aa0123456789abcdef0123456789abcdef01`.slice(
    0,
    40,
  );
}

const jobName = (sha: string, attempt: number) =>
  `${PARENT}/pipelineJobs/breast-cancer-xgboost-${sha.slice(0, 7)}-${attempt}`;

function env(sha: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_WORKSPACE: repo,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    AIPLATFORM_EMULATOR_HOST: vertex.host,
    KFP_ACTION_POLL_INTERVAL_MS: '10',
    KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
    ...extra,
  };
}

const inputs = (extra: Record<string, string> = {}) => ({
  command: 'submit',
  'github-token': TOKEN,
  comment: 'false',
  ...extra,
});

/** An earlier attempt of the commit, following `script` from now on. */
function existingJob(sha: string, attempt: number, script: FakeJobScript): FakeJob {
  const name = jobName(sha, attempt);
  const job = new FakeJob(
    name,
    {
      displayName: name.split('/').pop(),
      labels: { 'kfp-pipeline': 'breast-cancer-xgboost', 'kfp-commit': sha },
      runtimeConfig: { gcsOutputDirectory: 'gs://test-bucket/root' },
    },
    'breast-cancer-xgboost',
    script,
    Date.now() - 60_000,
  );
  vertex.jobs.set(name, job);
  return job;
}

const createsOf = (sha: string) =>
  vertex
    .callsOf('CreatePipelineJob')
    .filter((c) => String(c.request.pipelineJobId).includes(sha.slice(0, 7)))
    .map((c) => `${String(c.request.pipelineJobId).split('-').pop()}:${c.code}`);

beforeAll(async () => {
  copy = buildActionCopy();
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-long-repo-'));
  cpSync(FIXTURE_IR, path.join(repo, 'pipeline.yaml'));
  writeFileSync(path.join(repo, 'kfp-action.yaml'), CONFIG);
  vertex = await FakeVertexServer.start();
  vertex.script = () => progression('SUCCEEDED', breastCancerTasks());
  github = await FakeGitHub.start(REPO, 'main');
  github.addAccount(TOKEN, {
    login: 'github-actions[bot]',
    type: 'Bot',
    tokenKind: 'installation',
    pullRequests: 'write',
  });
}, 120_000);

afterAll(async () => {
  await vertex?.close();
  await github?.close();
  for (const dir of [copy, repo]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('long trainings', () => {
  it('fits the wait inside the job timeout, with a warning, and refuses when nothing is left', async () => {
    const sha = nextSha();
    const fitted = await runAction(
      copy,
      inputs({ 'timeout-minutes': '720', 'job-timeout-minutes': '12' }),
      env(sha),
    );
    expect(fitted.code).toBe(0);
    expect(fitted.stdout).toContain(
      '::warning title=kfp-action vertex/wait-shortened::breast-cancer-xgboost: waiting at most 1 minutes, not 720: GitHub ends this job at its timeout-minutes (12)',
    );

    const other = nextSha();
    const refused = await runAction(copy, inputs({ 'job-timeout-minutes': '10' }), env(other));
    expect(refused.code).not.toBe(0);
    expect(createsOf(other)).toEqual([]);
    expect(refused.stdout).toContain('::error title=kfp-action vertex/job-limit::');
    expect(refused.stdout).toContain('submit with wait: false and pick the run up later');
  });

  it('submits with wait: false, then picks the job up by name, waits, gates and reports', async () => {
    const sha = nextSha();
    github.addPull(
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
    const submitted = await runAction(copy, inputs({ wait: 'false' }), env(sha));
    expect(submitted.code).toBe(0);
    const name = submitted.outputs['job-name']!;
    expect(name).toBe(jobName(sha, 1));
    const gets = vertex.jobs.get(name)!.gets;

    // A later workflow run (another commit checked out): only the job name links them.
    const creates = vertex.callsOf('CreatePipelineJob').length;
    const picked = await runAction(
      copy,
      inputs({ 'job-name': name, comment: 'true' }),
      env('9'.repeat(40), { GITHUB_RUN_ID: '5000' }),
    );
    expect(picked.code).toBe(0);
    expect(vertex.callsOf('CreatePipelineJob').length).toBe(creates);
    expect(vertex.jobs.get(name)!.gets).toBeGreaterThan(gets + 1);
    expect(picked.outputs['job-state']).toBe('SUCCEEDED');
    expect(picked.outputs['decision']).toBe('deploy');
    expect(picked.summary).toContain('Picked up by name');
    // The report goes to the PR merged as the job's commit (its kfp-commit label).
    const comment = github.issueComments(61).find((c) => c.body.includes('kfp-action:run:'));
    expect(comment?.body).toContain('Picked up by name');
  });

  it('does not cancel a picked-up job when its own workflow is cancelled', async () => {
    const sha = nextSha();
    const job = existingJob(sha, 1, [{ state: 'RUNNING', tasks: [] }]);
    const running = startAction(copy, inputs({ 'job-name': job.name }), env(sha));
    for (let i = 0; i < 400 && job.gets < 3; i++) await new Promise((r) => setTimeout(r, 25));
    expect(job.gets).toBeGreaterThanOrEqual(3);
    running.child.kill('SIGINT');
    await running.done;
    expect(vertex.callsOf('CancelPipelineJob').filter((c) => c.request.name === job.name)).toEqual(
      [],
    );
    expect(job.cancelRequested).toBe(false);
  });
});
