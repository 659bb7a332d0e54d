/**
 * The set-up the `command: submit` process tests share: a copy of the BUILT action, a repository
 * holding the breast-cancer IR and its config, the fake Vertex gRPC server and the fake GitHub
 * API, plus helpers to name commits and jobs, build the runner's environment and inputs, plant an
 * earlier attempt, and read which attempts were created. Call it at the top of a test file: it
 * registers its own beforeAll/afterAll.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy } from './action-process/run-action.js';
import { FakeGitHub } from './fake-github/server.js';
import { breastCancerTasks } from './fake-vertex/breast-cancer.js';
import { FakeJob } from './fake-vertex/jobs.js';
import { progression, type FakeJobScript } from './fake-vertex/scripts.js';
import { FakeVertexServer } from './fake-vertex/server.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE_IR = path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml');
export const REPO = 'octo-org/pipelines';
export const PARENT = 'projects/test-proj/locations/europe-west4';

export const CONFIG = `version: 1
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

export interface SubmitHarness {
  /** The copy of the built action (set in beforeAll). */
  readonly copy: string;
  readonly repo: string;
  readonly vertex: FakeVertexServer;
  readonly github: FakeGitHub;
  /** A fresh commit SHA, distinct per harness (`salt`) and per call. */
  nextSha(): string;
  /** The full job name of an attempt of the breast-cancer pipeline at `sha`. */
  jobName(sha: string, attempt: number): string;
  env(sha: string, extra?: Record<string, string>): Record<string, string>;
  inputs(extra?: Record<string, string>): Record<string, string>;
  /** An earlier attempt of the commit, following `script` from now on. */
  existingJob(sha: string, attempt: number, script: FakeJobScript): FakeJob;
  /** `attempt:code` of every CreatePipelineJob call for the commit. */
  createsOf(sha: string): string[];
}

/**
 * @param token the GitHub token the runs use
 * @param salt the fixed tail of the commit SHAs (hex), so files do not share commits
 * @param botAccount register `token` as github-actions[bot] with pull-requests: write
 */
export function submitHarness(options: {
  readonly token: string;
  readonly salt: string;
  readonly name: string;
  readonly botAccount?: boolean;
}): SubmitHarness {
  let shaCounter = 0;
  const h = {} as { -readonly [K in keyof SubmitHarness]: SubmitHarness[K] };
  h.nextSha = () => {
    shaCounter++;
    return `${shaCounter.toString(16).padStart(2, '0')}${options.salt}`.slice(0, 40);
  };
  h.jobName = (sha, attempt) =>
    `${PARENT}/pipelineJobs/breast-cancer-xgboost-${sha.slice(0, 7)}-${attempt}`;
  h.env = (sha, extra = {}) => ({
    GITHUB_WORKSPACE: h.repo,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: h.github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    AIPLATFORM_EMULATOR_HOST: h.vertex.host,
    KFP_ACTION_POLL_INTERVAL_MS: '10',
    KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
    ...extra,
  });
  h.inputs = (extra = {}) => ({
    command: 'submit',
    'github-token': options.token,
    comment: 'false',
    ...extra,
  });
  h.existingJob = (sha, attempt, script) => {
    const name = h.jobName(sha, attempt);
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
    h.vertex.jobs.set(name, job);
    return job;
  };
  h.createsOf = (sha) =>
    h.vertex
      .callsOf('CreatePipelineJob')
      .filter((c) => String(c.request.pipelineJobId).includes(sha.slice(0, 7)))
      .map((c) => `${String(c.request.pipelineJobId).split('-').pop()}:${c.code}`);

  beforeAll(async () => {
    h.copy = buildActionCopy();
    h.repo = mkdtempSync(path.join(tmpdir(), `kfp-${options.name}-repo-`));
    cpSync(FIXTURE_IR, path.join(h.repo, 'pipeline.yaml'));
    writeFileSync(path.join(h.repo, 'kfp-action.yaml'), CONFIG);
    h.vertex = await FakeVertexServer.start();
    h.vertex.script = () => progression('SUCCEEDED', breastCancerTasks());
    h.github = await FakeGitHub.start(REPO, 'main');
    if (options.botAccount) {
      h.github.addAccount(options.token, {
        login: 'github-actions[bot]',
        type: 'Bot',
        tokenKind: 'installation',
        pullRequests: 'write',
      });
    }
  }, 120_000);

  afterAll(async () => {
    await h.vertex?.close();
    await h.github?.close();
    for (const dir of [h.copy, h.repo]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return h;
}
