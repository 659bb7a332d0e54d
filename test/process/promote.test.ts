/**
 * `command: promote` and `command: rollback` end to end, as the runner runs them: the BUILT
 * dist/index.js (copied away from node_modules) against the fake Vertex server with the Model
 * Registry, endpoint and operations services mounted (AIPLATFORM_EMULATOR_HOST), the fake GitHub
 * API, and a stand-in for the runner's OIDC token service (ACTIONS_ID_TOKEN_REQUEST_URL) whose
 * tokens carry the `environment` claim of the job.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { breastCancerTasks, MODEL_URI } from '../support/fake-vertex/breast-cancer.js';
import { FakeJob } from '../support/fake-vertex/jobs.js';
import type { FakePipelineState } from '../support/fake-vertex/scripts.js';
import { FakeVertexServer } from '../support/fake-vertex/server.js';
import { FakeVertexModels } from '../support/fake-vertex-models/index.js';

const TOKEN = 'ghs_fake_promote_token';
const REPO = 'octo-org/pipelines';
const PARENT = 'projects/test-proj/locations/europe-west4';
const MODEL = `${PARENT}/models/breast-cancer-xgboost`;
const SERVING = 'europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.2-1:latest';

const CONFIG = `version: 1
vertex:
  project: test-proj
  region: europe-west4
  pipelineRoot: gs://test-bucket/root
pipelines:
  - source: pipeline.yaml
    name: breast-cancer-xgboost
    decision:
      task: eval-model
      output: deploy
    gates:
      - metric: accuracy
        task: eval-model
        min: 0.9
    model:
      task: train-model
      artifact: model
      servingContainer: ${SERVING}
environments:
  - name: staging
    machineType: n1-standard-2
    undeployPrevious: true
  - name: production
    machineType: n1-standard-4
    maxReplicas: 3
`;

let copy: string;
let repo: string;
let vertex: FakeVertexServer;
let registry: FakeVertexModels;
let github: FakeGitHub;
let oidc: Server;
let oidcUrl: string;
let shaCounter = 0;

/** The runner's token service: `/token/<environment>` hands out a token with that claim. */
function startOidc(): Promise<void> {
  oidc = createServer((req, res) => {
    const env = decodeURIComponent(/^\/token\/([^?]*)/.exec(req.url ?? '')?.[1] ?? '');
    const claims = {
      sub: env ? `repo:${REPO}:environment:${env}` : `repo:${REPO}:ref:refs/heads/main`,
      ...(env ? { environment: env } : {}),
      aud: new URL(req.url ?? '', 'http://x').searchParams.get('audience'),
    };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const ok = req.headers.authorization === 'Bearer runner-request-token';
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { value: `${part({ alg: 'RS256' })}.${part(claims)}.sig` } : {}));
  });
  return new Promise((resolve) =>
    oidc.listen(0, '127.0.0.1', () => {
      oidcUrl = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** A finished Vertex run of the breast-cancer pipeline, merged as `sha` in PR `pull`. */
function finishedRun(options: { deploy?: 'true' | 'false'; accuracy?: number; pull: number }): {
  jobName: string;
  sha: string;
} {
  shaCounter++;
  const sha =
    `${shaCounter.toString(16).padStart(2, '0')}a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b`.slice(
      0,
      40,
    );
  const id = `breast-cancer-xgboost-${sha.slice(0, 7)}-1`;
  const jobName = `${PARENT}/pipelineJobs/${id}`;
  const tasks = breastCancerTasks({
    deploy: options.deploy ?? 'true',
    accuracy: options.accuracy ?? 0.97,
  }).map((t) =>
    t.name === 'train-model'
      ? {
          ...t,
          outputs: {
            model: [{ schemaTitle: 'system.Model', uri: `${MODEL_URI}-${sha.slice(0, 7)}` }],
          },
        }
      : t,
  );
  const created = {
    displayName: id,
    labels: {
      'kfp-pipeline': 'breast-cancer-xgboost',
      'kfp-commit': sha,
      'managed-by': 'kfp-action',
    },
    runtimeConfig: { gcsOutputDirectory: 'gs://test-bucket/root' },
  };
  const job = new FakeJob(
    jobName,
    created,
    'breast-cancer-xgboost',
    [{ state: 'SUCCEEDED', tasks }],
    Date.now(),
  );
  job.gets = 1;
  vertex.jobs.set(jobName, job);
  github.addPull(
    {
      number: options.pull,
      state: 'closed',
      baseRef: 'main',
      headSha: `${sha.slice(0, 30)}ffffffffff`,
      mergedAt: '2026-11-26T10:00:00Z',
      mergeCommitSha: sha,
    },
    [sha],
  );
  github.addComment(
    options.pull,
    `<!-- kfp-action:run:breast-cancer-xgboost -->\n### merge report\n\n<sub>footer</sub>`,
    {
      login: 'github-actions[bot]',
      type: 'Bot',
    },
  );
  return { jobName, sha };
}

function promote(
  jobName: string,
  environment: string,
  jobEnvironment: string | null = environment,
) {
  return runAction(
    copy,
    {
      command: 'promote',
      environment,
      'job-name': jobName,
      'github-token': TOKEN,
      comment: 'true',
    },
    env(jobEnvironment),
  );
}

function rollback(environment: string) {
  return runAction(
    copy,
    { command: 'rollback', environment, 'github-token': TOKEN },
    env(environment),
  );
}

function env(jobEnvironment: string | null): Record<string, string> {
  return {
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '555',
    AIPLATFORM_EMULATOR_HOST: vertex.host,
    KFP_ACTION_POLL_INTERVAL_MS: '10',
    ...(jobEnvironment !== null
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: `${oidcUrl}/token/${encodeURIComponent(jobEnvironment)}?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
        }
      : {}),
  };
}

const prComment = (pull: number) => github.issueComments(pull)[0]!.body;
const endpoint = (name: string) => registry.state.endpointNamed(name)!;

beforeAll(async () => {
  copy = buildActionCopy();
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-promote-repo-'));
  writeFileSync(path.join(repo, 'kfp-action.yaml'), CONFIG);
  registry = new FakeVertexModels();
  vertex = await FakeVertexServer.start({ extraServices: registry.services() });
  github = await FakeGitHub.start(REPO, 'main');
  github.addAccount(TOKEN, {
    login: 'github-actions[bot]',
    type: 'Bot',
    tokenKind: 'installation',
    pullRequests: 'write',
  });
  await startOidc();
}, 120_000);

afterAll(async () => {
  await vertex?.close();
  await github?.close();
  await new Promise((resolve) => oidc?.close(resolve));
  for (const dir of [copy, repo]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('promote and rollback (built action, fake Vertex + fake GitHub)', () => {
  let first: { jobName: string; sha: string };
  let second: { jobName: string; sha: string };

  it('refuses a run whose decision is hold, and says why in the PR comment', async () => {
    const held = finishedRun({ deploy: 'false', pull: 10 });
    const result = await promote(held.jobName, 'staging');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('promote/decision-not-deploy');
    expect(result.stdout).toContain('the pipeline decided not to deploy');
    expect(fakeCalls('UploadModel')).toBe(0);
    expect(prComment(10)).toContain('staging ⛔');
    expect(prComment(10)).toContain('decided not to deploy');
    expect(result.summary).toContain('refused ⛔');
  });

  it('refuses production before staging, and a job outside the target environment', async () => {
    first = finishedRun({ pull: 11 });
    // The job runs in "staging" but asks for production, which staging does not hold yet.
    const result = await promote(first.jobName, 'production', 'staging');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('promote/previous-stage-missing');
    expect(result.stdout).toContain('promote this run to "staging" first');
    expect(result.stdout).toContain('promote/wrong-environment');
    expect(result.stdout).toContain(
      'runs in the GitHub Environment "staging" but promotes to "production"',
    );
    expect(registry.state.versionCount()).toBe(0);
    expect(fakeCalls('DeployModel')).toBe(0);
  });

  it('promotes to staging, then production; each endpoint serves the new version', async () => {
    const staging = await promote(first.jobName, 'staging');
    expect(staging.stderr).toBe('');
    expect(staging.code).toBe(0);
    expect(staging.outputs['model-version']).toBe(`${MODEL}@1`);
    expect(staging.outputs['endpoint']).toBe(endpoint('breast-cancer-xgboost-staging').name);
    expect(staging.outputs['endpoint-url']).toMatch(
      /^https:\/\/console\.cloud\.google\.com\/vertex-ai\/online-prediction\/locations\/europe-west4\/endpoints\/\d+\?project=test-proj$/,
    );
    const version = registry.state.aliasHolder(MODEL, 'staging')!;
    expect(version.versionId).toBe('1');
    expect(version.artifactUri).toBe(`${MODEL_URI}-${first.sha.slice(0, 7)}`);
    expect(version.imageUri).toBe(SERVING);
    expect(version.labels).toMatchObject({
      'kfp-run': first.jobName.split('/').pop(),
      'kfp-commit': first.sha,
      'kfp-pipeline': 'breast-cancer-xgboost',
      'kfp-repository': 'octo-org_pipelines',
    });
    expect(version.evaluations[0]?.metadata).toMatchObject({
      kfpAction: { metrics: { accuracy: 0.97 } },
    });
    expect(registry.state.trafficByVersion(endpoint('breast-cancer-xgboost-staging'))).toEqual({
      '1': 100,
    });
    expect(prComment(11)).toMatch(/staging ✅ \[v1 at \d{4}-\d\d-\d\d \d\d:\d\d UTC\]/);
    expect(prComment(11)).toContain('production ⏳ waiting for approval');
    expect(prComment(11)).toContain('<sub>footer</sub>');

    const production = await promote(first.jobName, 'production');
    expect(production.stderr).toBe('');
    expect(production.code).toBe(0);
    expect(production.outputs['model-version']).toBe(`${MODEL}@1`);
    const prod = endpoint('breast-cancer-xgboost-production');
    expect(registry.state.trafficByVersion(prod)).toEqual({ '1': 100 });
    expect(prod.deployed[0]).toMatchObject({
      machineType: 'n1-standard-4',
      minReplicas: 1,
      maxReplicas: 3,
    });
    expect(registry.state.aliasHolder(MODEL, 'production')?.versionId).toBe('1');
    expect(registry.state.versionCount()).toBe(1);
    expect(prComment(11)).toMatch(/production ✅ \[v1 at/);
    expect(prComment(11)).not.toContain('⏳');
    expect(github.violations).toEqual([]);
  });

  it('a re-run uploads nothing new and deploys nothing twice', async () => {
    const uploads = fakeCalls('UploadModel');
    const deploys = fakeCalls('DeployModel');
    const again = await promote(first.jobName, 'production');
    expect(again.code).toBe(0);
    expect(fakeCalls('UploadModel')).toBe(uploads);
    expect(fakeCalls('DeployModel')).toBe(deploys);
    expect(fakeCalls('ImportModelEvaluation')).toBe(1);
    expect(registry.state.versionCount()).toBe(1);
    expect(again.summary).toContain('uploaded earlier for this run; reused');
  });

  it('promotes a second run, then rolls production back to the first', async () => {
    second = finishedRun({ pull: 12, accuracy: 0.975 });
    expect((await promote(second.jobName, 'staging')).code).toBe(0);
    // staging undeploys the version it replaced (undeployPrevious: true)
    expect(endpoint('breast-cancer-xgboost-staging').deployed.map((d) => d.versionId)).toEqual([
      '2',
    ]);
    expect((await promote(second.jobName, 'production')).code).toBe(0);
    const prod = endpoint('breast-cancer-xgboost-production');
    expect(registry.state.trafficByVersion(prod)).toEqual({ '1': 0, '2': 100 });
    expect(registry.state.aliasHolder(MODEL, 'production')?.versionId).toBe('2');
    expect(registry.state.aliasHolder(MODEL, 'production-previous')?.versionId).toBe('1');

    const back = await rollback('production');
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(back.outputs['model-version']).toBe(`${MODEL}@1`);
    expect(registry.state.trafficByVersion(endpoint('breast-cancer-xgboost-production'))).toEqual({
      '1': 100,
      '2': 0,
    });
    expect(registry.state.aliasHolder(MODEL, 'production')?.versionId).toBe('1');
    expect(registry.state.aliasHolder(MODEL, 'production-previous')).toBeUndefined();
    expect(prComment(12)).toMatch(/production ↩️ \[rolled back to v1 at/);
    expect(back.summary).toContain('rolled back ↩️');
  });

  it('reports an operation that fails, naming it and quoting Vertex', async () => {
    const third = finishedRun({ pull: 13 });
    registry.operations.failNext('DeployModel', {
      code: 8,
      message: 'The following quota metrics exceed quota limits: custom_model_serving_cpus',
    });
    const result = await promote(third.jobName, 'staging');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'RESOURCE_EXHAUSTED: The following quota metrics exceed quota limits',
    );
    // The code is the annotation's title, as for every other finding.
    expect(result.stdout).toMatch(
      /^::error title=kfp-action promote\/operation-failed::deploying .*RESOURCE_EXHAUSTED/m,
    );
    expect(result.stdout).toMatch(
      /operation projects\/test-proj\/locations\/europe-west4\/endpoints\/\d+\/operations\/\d+/,
    );
    expect(result.stdout).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
    // nothing moved: staging still serves version 2 under its alias
    expect(registry.state.aliasHolder(MODEL, 'staging')?.versionId).toBe('2');
    expect(prComment(13)).toContain('staging ❌');
  });
});

describe('promote without a job name (the newest successful run of the commit)', () => {
  /** Another job of the pipeline at `sha`, in `state`, created `minutesLater` than now. */
  function otherJob(
    sha: string,
    attempt: number,
    state: FakePipelineState,
    minutesLater: number,
  ): string {
    const name = `${PARENT}/pipelineJobs/breast-cancer-xgboost-${sha.slice(0, 7)}-${attempt}`;
    const job = new FakeJob(
      name,
      {
        displayName: name.split('/').pop(),
        labels: { 'kfp-pipeline': 'breast-cancer-xgboost', 'kfp-commit': sha },
        runtimeConfig: { gcsOutputDirectory: 'gs://test-bucket/root' },
      },
      'breast-cancer-xgboost',
      [{ state, tasks: [] }],
      Date.now() + minutesLater * 60_000,
    );
    job.gets = 1;
    vertex.jobs.set(name, job);
    return name;
  }

  const promoteCommit = (sha: string, extra: Record<string, string> = {}) =>
    runAction(
      copy,
      { command: 'promote', environment: 'staging', 'github-token': TOKEN, comment: 'true' },
      { ...env('staging'), GITHUB_SHA: sha, ...extra },
    );

  it('finds it by its labels, page by page, passing over newer runs that did not succeed', async () => {
    const run = finishedRun({ pull: 20 });
    otherJob(run.sha, 2, 'FAILED', 10);
    otherJob(run.sha, 3, 'RUNNING', 20);
    otherJob('f'.repeat(40), 1, 'SUCCEEDED', 30); // another commit: never chosen
    const lists = vertex.callsOf('ListPipelineJobs').length;
    vertex.maxPageSize = 2;
    try {
      const result = await promoteCommit(run.sha);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const id = run.jobName.split('/').pop()!;
      expect(result.stdout).toContain(
        `no job-name given: promoting ${run.jobName}, the newest SUCCEEDED run of breast-cancer-xgboost at commit ${run.sha.slice(0, 7)}`,
      );
      expect(result.stdout).toContain(
        `passed over newer jobs that did not succeed: breast-cancer-xgboost-${run.sha.slice(0, 7)}-3 (RUNNING), breast-cancer-xgboost-${run.sha.slice(0, 7)}-2 (FAILED)`,
      );
      // The same note in the job summary (escaped, like every value there).
      expect(result.summary).toContain('the newest SUCCEEDED run of breast&#45;cancer&#45;xgboost');
      const calls = vertex.callsOf('ListPipelineJobs').slice(lists);
      expect(calls.length).toBe(2); // three jobs, two per page
      expect(calls[0]!.request).toMatchObject({
        parent: PARENT,
        filter: `labels.kfp-pipeline="breast-cancer-xgboost" AND labels.kfp-commit="${run.sha}"`,
        orderBy: 'create_time desc',
      });
      const version = registry.state.aliasHolder(MODEL, 'staging')!;
      expect(version.labels['kfp-run']).toBe(id);
      expect(prComment(20)).toMatch(/staging ✅/);
    } finally {
      vertex.maxPageSize = 100;
    }
  });

  it('says so, with what it found, when no run of the commit succeeded', async () => {
    const sha = 'ab'.repeat(20);
    otherJob(sha, 1, 'FAILED', 0);
    const uploads = fakeCalls('UploadModel');
    const failed = await promoteCommit(sha);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      '::error title=kfp-action promote/no-run::none of 1 pipeline job of breast-cancer-xgboost at commit abababa succeeded (breast-cancer-xgboost-abababa-1 (FAILED))',
    );
    expect(failed.summary).toContain('failed ❌');

    const none = await promoteCommit('cd'.repeat(20));
    expect(none.code).toBe(1);
    expect(none.stdout).toContain(
      `::error title=kfp-action promote/no-run::no pipeline job in ${PARENT} carries the labels kfp-pipeline=breast-cancer-xgboost, kfp-commit=${'cd'.repeat(20)}`,
    );
    expect(fakeCalls('UploadModel')).toBe(uploads);
    expect(failed.stdout + none.stdout).not.toMatch(/^\s+at /m);
  });

  it('asks for a job name or a commit when it has neither', async () => {
    const result = await runAction(
      copy,
      { command: 'promote', environment: 'staging', 'github-token': TOKEN },
      env('staging'),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::promote needs the run to promote: input `job-name` (the `job-name` output of submit; CLI: --job-name), or a commit whose newest successful run to take (GITHUB_SHA in a workflow',
    );
  });
});

describe('promote and rollback without credentials', () => {
  /** No emulator, and ADC pointing at a file that does not exist. */
  function noCredentials(): Record<string, string> {
    const { AIPLATFORM_EMULATOR_HOST: _unused, ...real } = env('production');
    return {
      ...real,
      GITHUB_SHA: 'ef'.repeat(20),
      GOOGLE_APPLICATION_CREDENTIALS: path.join(tmpdir(), 'kfp-promote-no-such-credentials.json'),
    };
  }

  /** One ::error line saying what failed and how to authenticate; no stack trace anywhere. */
  function expectOneClearError(result: Awaited<ReturnType<typeof runAction>>, doing: string) {
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`could not ${doing}`);
    expect(errors[0]).toContain('kfp-promote-no-such-credentials.json does not exist');
    expect(errors[0]).toContain('run google-github-actions/auth before this step');
    expect(errors[0]).toContain('TROUBLESHOOTING.md#vertexno-credentials');
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).toBe('');
  }

  it('promote (looking for the run of the commit) fails with one clear line', async () => {
    const result = await runAction(
      copy,
      { command: 'promote', environment: 'production', 'github-token': TOKEN },
      noCredentials(),
    );
    expectOneClearError(result, 'list the pipeline jobs');
  });

  it('rollback (Model Registry and endpoints first) fails with one clear line', async () => {
    const result = await runAction(
      copy,
      { command: 'rollback', environment: 'production', 'github-token': TOKEN },
      noCredentials(),
    );
    expectOneClearError(result, 'list the versions of model');
  });
});

describe('the environment check fails closed on GitHub Actions', () => {
  it('refuses promote and rollback when the job has no OIDC token, with the fix', async () => {
    const run = finishedRun({ pull: 30 });
    const uploads = fakeCalls('UploadModel');
    const refused = await promote(run.jobName, 'staging', null);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /^::error title=kfp-action promote\/no-oidc-token::cannot prove that this job runs in the GitHub Environment "staging": the job has no OIDC token/m,
    );
    expect(refused.stdout).toContain('Add `permissions: id-token: write` to the job');
    expect(refused.summary).toContain('refused ⛔');
    expect(fakeCalls('UploadModel')).toBe(uploads);

    const back = await runAction(
      copy,
      { command: 'rollback', environment: 'production', 'github-token': TOKEN },
      env(null),
    );
    expect(back.code).toBe(1);
    expect(back.stdout).toContain('::error title=kfp-action promote/no-oidc-token::');
    expect(back.summary).toContain('refused ⛔');
  });

  it('goes on with skip-environment-check: true, and says so in an annotation and the summary', async () => {
    const run = finishedRun({ pull: 31 });
    const result = await runAction(
      copy,
      {
        command: 'promote',
        environment: 'staging',
        'job-name': run.jobName,
        'github-token': TOKEN,
        'skip-environment-check': 'true',
      },
      env(null),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::warning title=kfp-action promote/environment-check-skipped::the check that this job runs in the GitHub Environment "staging" was skipped',
    );
    expect(result.summary).toContain('promoted ✅');
    // The summary escapes what it quotes: the opt-out is named there too.
    expect(result.summary).toContain('skip&#45;environment&#45;check&#58; true');
  });
});

function fakeCalls(method: string): number {
  return vertex.callsOf(method).filter((c) => c.code === 0).length;
}
