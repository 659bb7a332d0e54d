/**
 * `command: submit` end to end, as the runner runs it: the BUILT dist/index.js, copied to a temp
 * folder with no node_modules above it, against the fake Vertex gRPC server
 * (AIPLATFORM_EMULATOR_HOST) and the fake GitHub API (GITHUB_API_URL). Polling is made fast with
 * KFP_ACTION_POLL_INTERVAL_MS, not by mocking time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import {
  buildActionCopy,
  nodeModulesAbove,
  runAction,
  startAction,
} from '../support/action-process/run-action.js';
import {
  renderTimeline,
  TIMELINE_START,
  upsertTimeline,
  withStep,
} from '../../src/core/promotion/timeline.js';
import { FakeArtifactRegistry } from '../support/fake-artifact-registry/server.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { FakeVertexModels } from '../support/fake-vertex-models/index.js';
import { breastCancerTasks, MODEL_URI } from '../support/fake-vertex/breast-cancer.js';
import { progression, runningForever, type FakeJobScript } from '../support/fake-vertex/scripts.js';
import {
  decodedPipelineJob,
  everyNthCall,
  FakeVertexServer,
} from '../support/fake-vertex/server.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE_IR = path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml');
const TOKEN = 'ghs_fake_submit_token';
const REPO = 'octo-org/pipelines';

const CONFIG = (source: string, extra = '', pipelineExtra = '') => `version: 1
vertex:
  project: test-proj
  region: europe-west4
  pipelineRoot: gs://test-bucket/root
  serviceAccount: runner@test-proj.iam.gserviceaccount.com
  labels:
    Team: ML Platform
pipelines:
  - source: ${source}
    name: breast-cancer-xgboost
    parameters:
      seed: 7
      test_size: 0.25
    decision:
      task: eval-model
      output: deploy
    gates:
      - metric: accuracy
        task: eval-model
        min: 0.9
        maxRegression: 0.02
      - metric: auc
        task: eval-model
        min: 0.95
    model:
      task: train-model
      artifact: model
${pipelineExtra}${extra}`;

let copy: string;
let vertex: FakeVertexServer;
let github: FakeGitHub;
let registry: FakeArtifactRegistry;
const models = new FakeVertexModels();
let shaCounter = 0;
/** Temp repositories made by the tests, removed at the end. */
const repos: string[] = [];

/** A fresh commit id per test, so every test has its own job ids. */
function nextSha(): string {
  shaCounter++;
  return `${shaCounter.toString(16).padStart(2, '0')}e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2`.slice(
    0,
    40,
  );
}

function makeRepo(
  options: { python?: boolean; extraConfig?: string; pipelineConfig?: string } = {},
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kfp-submit-repo-'));
  repos.push(dir);
  if (options.python) {
    cpSync(path.join(root, 'examples/breast-cancer/pipeline.py'), path.join(dir, 'pipeline.py'));
  } else {
    cpSync(FIXTURE_IR, path.join(dir, 'pipeline.yaml'));
  }
  writeFileSync(
    path.join(dir, 'kfp-action.yaml'),
    CONFIG(
      options.python ? 'pipeline.py' : 'pipeline.yaml',
      options.extraConfig,
      options.pipelineConfig,
    ),
  );
  return dir;
}

/** A merged PR whose merge commit is `sha`. */
function mergedPull(sha: string, number: number): void {
  github.addPull(
    {
      number,
      state: 'closed',
      baseRef: 'main',
      headSha: `${sha.slice(0, 30)}ffffffffff`,
      mergedAt: '2026-11-26T10:00:00Z',
      mergeCommitSha: sha,
    },
    [sha],
  );
}

function env(
  repo: string,
  sha: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    GITHUB_WORKSPACE: repo,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '987654',
    GITHUB_RUN_ATTEMPT: '1',
    AIPLATFORM_EMULATOR_HOST: vertex.host,
    ARTIFACT_REGISTRY_EMULATOR_HOST: registry.url.replace('http://', ''),
    KFP_ACTION_POLL_INTERVAL_MS: '15',
    KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
    ...extra,
  };
}

const inputs = (extra: Record<string, string> = {}) => ({
  command: 'submit',
  'github-token': TOKEN,
  comment: 'true',
  wait: 'true',
  ...extra,
});

/** The model names GetModel was asked for. */
function vertexModelGets(): string[] {
  return vertex.callsOf('GetModel').map((c) => String(c.request.name));
}

function scriptFor(script: FakeJobScript) {
  vertex.script = () => script;
}

beforeAll(async () => {
  copy = buildActionCopy();
  vertex = await FakeVertexServer.start({ extraServices: models.services() });
  github = await FakeGitHub.start(REPO, 'main');
  registry = await FakeArtifactRegistry.start();
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
  await registry?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
});

describe('submit (built action, fake Vertex + fake GitHub)', () => {
  it('runs from a copy of dist/ with no node_modules anywhere above it', () => {
    expect(nodeModulesAbove(path.join(copy, 'dist'))).toBeUndefined();
  });

  it('keeps the Vertex client out of the start-up of every command (dynamic import only)', () => {
    const seen = new Set<string>();
    const entries = [path.join(copy, 'dist/index.js'), path.join(copy, 'dist/cli.js')];
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s[^;]*?from\s*"(\.[^"]+)"/gms)) {
        queue.push(path.resolve(path.dirname(file), m[1]!));
      }
      // The entries turn on Node's compile cache, then load the action or the CLI at once with
      // a top-level `await import(…)`: that module is part of every start-up too.
      if (entries.includes(file)) {
        for (const m of text.matchAll(
          /^ *(?:var|const) \{[^}]*\} = await import\("(\.[^"]+)"\)/gm,
        )) {
          queue.push(path.resolve(path.dirname(file), m[1]!));
        }
      }
    }
    const loaded = [...seen].filter((f) =>
      /PipelineServiceClient|google\.cloud\.aiplatform\.v1beta1/.test(readFileSync(f, 'utf8')),
    );
    expect(loaded).toEqual([]);
    expect(seen.size).toBeGreaterThan(2);
  });

  it('compiles the Python pipeline, submits the real spec, waits, gates to deploy and comments', async () => {
    const sha = nextSha();
    const repo = makeRepo({ python: true });
    mergedPull(sha, 41);
    scriptFor(progression('SUCCEEDED', breastCancerTasks({ accuracy: 0.971, deploy: 'true' })));
    const result = await runAction(copy, inputs(), env(repo, sha));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    // The request carried the compiled spec, typed parameter values, labels and the root.
    const create = vertex.callsOf('CreatePipelineJob').at(-1)!;
    const sent = decodedPipelineJob(create);
    const compiled = parse(
      readFileSync(path.join(repo, '.kfp-action/compiled/breast-cancer-xgboost.yaml'), 'utf8'),
    );
    expect(sent.pipelineSpec).toEqual(compiled);
    expect(Object.keys(sent.pipelineSpec.root as object)).toContain('dag');
    expect(sent.parameterValues).toEqual({ seed: 7, test_size: 0.25 });
    expect(sent.gcsOutputDirectory).toBe('gs://test-bucket/root');
    expect(sent.labels).toMatchObject({
      team: 'ml_platform',
      'managed-by': 'kfp-action',
      'kfp-pipeline': 'breast-cancer-xgboost',
      'kfp-repository': 'octo-org_pipelines',
      'kfp-commit': sha,
      'kfp-workflow-run': '987654-1',
    });
    expect(sent.job.serviceAccount).toBe('runner@test-proj.iam.gserviceaccount.com');
    expect(create.request.pipelineJobId).toBe(`breast-cancer-xgboost-${sha.slice(0, 7)}-1`);
    expect(create.metadata.authorization).toBeUndefined();

    expect(result.outputs['decision']).toBe('deploy');
    expect(result.outputs['job-state']).toBe('SUCCEEDED');
    expect(result.outputs['job-name']).toBe(
      `projects/test-proj/locations/europe-west4/pipelineJobs/breast-cancer-xgboost-${sha.slice(0, 7)}-1`,
    );
    expect(JSON.parse(result.outputs['metrics']!)).toEqual({
      accuracy: 0.971,
      auc: 0.994,
      score: 0.971,
    });
    expect(result.outputs['model-artifact-uri']).toBe(MODEL_URI);
    expect(path.isAbsolute(result.outputs['report-path']!)).toBe(false);
    const report = readFileSync(path.join(repo, result.outputs['report-path']!), 'utf8');
    expect(report).toContain('decision: **deploy**');
    expect(report).toContain('xychart-beta');
    expect(report).toContain(
      'https://console.cloud.google.com/vertex-ai/locations/europe-west4/pipelines/runs/',
    );
    expect(result.summary).toContain('decision: **deploy**');

    const comments = github.issueComments(41);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- kfp-action:run:breast-cancer-xgboost -->')).toBe(
      true,
    );
    expect(comments[0]!.body).toContain('| malignant');
    expect(github.violations).toEqual([]);
    // Task state changes were logged as they happened.
    expect(result.stdout).toMatch(/::group::.*train-model ✓ succeeded/);
  });

  it('holds when a gate fails, even though the pipeline said deploy', async () => {
    const sha = nextSha();
    mergedPull(sha, 42);
    scriptFor(
      progression(
        'SUCCEEDED',
        breastCancerTasks({ accuracy: 0.85, deploy: 'true', rowsShape: 'arrays' }),
      ),
    );
    const result = await runAction(copy, inputs(), env(makeRepo(), sha));
    expect(result.code).toBe(0);
    expect(result.outputs['decision']).toBe('hold');
    const body = github.issueComments(42)[0]!.body;
    expect(body).toContain('decision: **hold**');
    // Reasons are escaped for Markdown: `=` and `.` are written as character references.
    expect(body).toContain('accuracy &#61; 0&#46;85 is below the minimum 0&#46;9');
    // Plain-array rows are read too.
    expect(body).toContain('| **malignant** | 61 | 3 |');
  });

  it('reports the failed task and its error, and fails the step', async () => {
    const sha = nextSha();
    mergedPull(sha, 43);
    scriptFor(
      progression(
        'FAILED',
        breastCancerTasks({
          trainError: 'The replica workerpool0-0 exited with a non-zero status of 137 (OOMKilled)',
        }),
        'The DAG failed because some tasks failed. The failed tasks are: [train-model].',
      ),
    );
    const result = await runAction(copy, inputs(), env(makeRepo(), sha));
    expect(result.code).toBe(1);
    expect(result.outputs['job-state']).toBe('FAILED');
    expect(result.outputs['decision']).toBe('hold');
    expect(result.stdout).toMatch(/::error.*train-model \(The replica workerpool0-0 exited/);
    const body = github.issueComments(43)[0]!.body;
    expect(body).toContain('failed**');
    expect(body).toContain('OOMKilled');
    expect(body).toContain('not triggered');
  });

  it('cancels the Vertex job when the workflow is cancelled (SIGTERM) and says so', async () => {
    const sha = nextSha();
    mergedPull(sha, 44);
    scriptFor(runningForever(breastCancerTasks().slice(0, 1)));
    const running = startAction(copy, inputs(), env(makeRepo(), sha));
    const jobName = `projects/test-proj/locations/europe-west4/pipelineJobs/breast-cancer-xgboost-${sha.slice(0, 7)}-1`;
    // Wait (on the fake's own log, no timers in the assertion) until the action is polling.
    for (let i = 0; i < 400 && (vertex.jobs.get(jobName)?.gets ?? 0) < 3; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(vertex.jobs.get(jobName)?.gets ?? 0).toBeGreaterThanOrEqual(3);
    running.child.kill('SIGTERM');
    const result = await running.done;
    expect(vertex.callsOf('CancelPipelineJob').map((c) => c.request.name)).toContain(jobName);
    expect(result.code).toBe(1);
    expect(result.outputs['job-state']).toBe('CANCELLED');
    expect(result.outputs['decision']).toBe('hold');
    const body = github.issueComments(44)[0]!.body;
    expect(body).toContain('cancelled with the workflow');
    expect(body).toContain('kfp-action asked Vertex AI to cancel it');
  });

  it('rides out transient errors on a third of the calls', async () => {
    const sha = nextSha();
    mergedPull(sha, 45);
    scriptFor(progression('SUCCEEDED', breastCancerTasks()));
    const before = vertex.calls.length;
    vertex.faults = everyNthCall(3, [14, 4, 8, 13]);
    try {
      const result = await runAction(copy, inputs(), env(makeRepo(), sha));
      expect(result.code).toBe(0);
      expect(result.outputs['decision']).toBe('deploy');
      const calls = vertex.calls.slice(before);
      const failed = calls.filter((c) => [14, 4, 8, 13].includes(c.code));
      expect(failed.length).toBeGreaterThanOrEqual(Math.floor(calls.length / 3) - 1);
      expect(new Set(failed.map((c) => c.code)).size).toBeGreaterThan(1);
      expect(result.stdout).toMatch(/UNAVAILABLE .*retry 1/);
    } finally {
      vertex.faults = undefined;
    }
  });

  it('attaches to the existing job on a re-run instead of paying for a second run', async () => {
    const sha = nextSha();
    mergedPull(sha, 46);
    scriptFor(progression('SUCCEEDED', breastCancerTasks()));
    const repo = makeRepo();
    const first = await runAction(copy, inputs(), env(repo, sha));
    expect(first.code).toBe(0);
    const second = await runAction(copy, inputs(), env(repo, sha, { GITHUB_RUN_ATTEMPT: '2' }));
    expect(second.code).toBe(0);
    const jobs = [...vertex.jobs.keys()].filter((k) => k.includes(sha.slice(0, 7)));
    expect(jobs).toHaveLength(1);
    const creates = vertex
      .callsOf('CreatePipelineJob')
      .filter((c) => String(c.request.pipelineJobId).includes(sha.slice(0, 7)));
    expect(creates.map((c) => c.code)).toEqual([0, 6]);
    expect(second.outputs['job-name']).toBe(first.outputs['job-name']);
    expect(second.stdout).toContain('an earlier workflow run started it with the same spec');
    const comments = github.issueComments(46);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('already existed');
  });

  it('writes no comment for a commit without a merged PR, and says why (and leaves the post step nothing)', async () => {
    const sha = nextSha();
    scriptFor(progression('SUCCEEDED', breastCancerTasks()));
    const writesBefore = github.writes().length;
    const result = await runAction(copy, inputs(), env(makeRepo(), sha));
    expect(result.code).toBe(0);
    expect(result.outputs['decision']).toBe('deploy');
    expect(github.writes().length).toBe(writesBefore);
    expect(result.stdout).toContain(`no pull request was merged into main as commit ${sha}`);
    // The job was settled, so the post step has nothing to cancel.
    expect(result.state['vertex-jobs']).toBe('[]');
    const cancels = vertex.callsOf('CancelPipelineJob').length;
    const post = await runAction(
      copy,
      {},
      { ...env(makeRepo(), sha), 'STATE_vertex-jobs': '[]' },
      'post.js',
    );
    expect(post.code).toBe(0);
    expect(post.stdout).toBe('');
    expect(vertex.callsOf('CancelPipelineJob').length).toBe(cancels);
  });

  it('refuses wrongly typed parameter values before submitting anything', async () => {
    const sha = nextSha();
    const creates = vertex.callsOf('CreatePipelineJob').length;
    const result = await runAction(
      copy,
      inputs({ parameters: '{"seed": "seven", "depth": 3}' }),
      env(makeRepo(), sha),
    );
    expect(result.code).toBe(1);
    expect(vertex.callsOf('CreatePipelineJob').length).toBe(creates);
    expect(result.stdout).toContain(
      'parameter "seed" must be an integer (NUMBER_INTEGER), got "seven"',
    );
    expect(result.stdout).toContain(
      'parameter "depth" is not an input of pipeline breast-cancer-xgboost',
    );
  });

  it('uploads the template to Artifact Registry and submits it by templateUri', async () => {
    const sha = nextSha();
    scriptFor(progression('SUCCEEDED', breastCancerTasks()));
    const repo = makeRepo({
      pipelineConfig:
        '    vertex:\n      templateRegistry: https://europe-west4-kfp.pkg.dev/test-proj/kfp-templates\n',
    });
    const result = await runAction(copy, inputs({ comment: 'false' }), env(repo, sha));
    expect(result.code).toBe(0);
    const upload = registry.uploads.at(-1)!;
    expect(upload.path).toBe('/test-proj/kfp-templates');
    expect(upload.tags).toEqual([`commit-${sha}`, 'latest']);
    expect(upload.content).toBe(readFileSync(FIXTURE_IR, 'utf8'));
    const sent = decodedPipelineJob(vertex.callsOf('CreatePipelineJob').at(-1)!);
    expect(sent.job.templateUri).toMatch(
      /^https:\/\/europe-west4-kfp\.pkg\.dev\/test-proj\/kfp-templates\/breast-cancer-xgboost\/sha256:[0-9a-f]{64}$/,
    );
    expect(sent.pipelineSpec).toEqual({});
    expect(sent.parameterValues).toEqual({ seed: 7, test_size: 0.25 });
    expect(readFileSync(path.join(repo, result.outputs['report-path']!), 'utf8')).toContain(
      'template `https://europe-west4-kfp.pkg.dev/',
    );
  });

  it("gates against the production model version's evaluation: a regression holds", async () => {
    const sha = nextSha();
    mergedPull(sha, 47);
    const model = 'projects/test-proj/locations/europe-west4/models/breast-cancer-xgboost';
    models.state.models.set(model, {
      name: model,
      versions: [
        {
          versionId: '7',
          displayName: 'breast-cancer-xgboost',
          artifactUri: 'gs://b/old-model',
          imageUri: 'europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.2-1:latest',
          labels: {},
          aliases: ['default', 'production'],
          createMs: Date.now() - 86_400_000,
          evaluations: [
            {
              name: `${model}@7/evaluations/1`,
              displayName: 'kfp-action breast-cancer-xgboost-0000000-1',
              metricsSchemaUri:
                'gs://google-cloud-aiplatform/schema/modelevaluation/classification_metrics_1.0.0.yaml',
              metrics: { accuracy: 0.99, auc: 0.995 },
              metadata: {
                kfpAction: {
                  format: 1,
                  run: 'r',
                  metrics: { 'eval-model.accuracy': 0.99, accuracy: 0.99 },
                },
              },
              createMs: Date.now() - 86_000_000,
            },
          ],
        },
      ],
    });
    try {
      scriptFor(progression('SUCCEEDED', breastCancerTasks({ accuracy: 0.96, deploy: 'true' })));
      const result = await runAction(copy, inputs(), env(makeRepo(), sha));
      expect(result.code).toBe(0);
      expect(result.outputs['decision']).toBe('hold');
      const body = github.issueComments(47)[0]!.body;
      expect(body).toContain('| metric | this run | production &#40;v7&#41; | Δ | gate | |');
      expect(body).toMatch(
        /\| accuracy \(`eval-model`\) \| 0\.96 \| 0\.99 \| -0\.03 \| ≥ 0\.9; may drop ≤ 0\.02 \| ❌ \|/,
      );
      expect(body).toContain('dropped by 0&#46;03');
    } finally {
      models.state.models.delete(model);
    }
  });

  it('keeps the promotion timeline when a re-run renders the report comment again', async () => {
    const sha = nextSha();
    mergedPull(sha, 48);
    scriptFor(progression('SUCCEEDED', breastCancerTasks()));
    const repo = makeRepo();
    expect((await runAction(copy, inputs(), env(repo, sha))).code).toBe(0);
    // What promote leaves in the comment: the timeline section between its markers.
    const comment = github.issueComments(48)[0]!;
    const timeline = renderTimeline(
      withStep(
        { steps: [] },
        { environment: 'staging', status: 'done', version: '3', at: '2026-11-26T10:31:00Z' },
        ['staging', 'production'],
      ),
    );
    comment.body = upsertTimeline(comment.body, timeline);
    const rerun = await runAction(copy, inputs(), env(repo, sha, { GITHUB_RUN_ATTEMPT: '2' }));
    expect(rerun.code).toBe(0);
    const comments = github.issueComments(48);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('already existed'); // the report was rendered again…
    expect(body).toContain(timeline); // …and the timeline kept, once
    expect(body.split(TIMELINE_START)).toHaveLength(2);
    expect(body.indexOf(timeline)).toBeLessThan(body.lastIndexOf('<sub>'));
  });

  it('reads the baseline under the alias of the last environment (`Production` → production)', async () => {
    const sha = nextSha();
    mergedPull(sha, 49);
    const model = 'projects/test-proj/locations/europe-west4/models/breast-cancer-xgboost';
    models.state.models.set(model, {
      name: model,
      versions: [
        {
          versionId: '5',
          displayName: 'breast-cancer-xgboost',
          artifactUri: 'gs://b/old-model',
          imageUri: 'europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.2-1:latest',
          labels: {},
          aliases: ['default', 'production'],
          createMs: Date.now() - 86_400_000,
          evaluations: [
            {
              name: `${model}@5/evaluations/1`,
              displayName: 'kfp-action breast-cancer-xgboost-0000000-1',
              metricsSchemaUri:
                'gs://google-cloud-aiplatform/schema/modelevaluation/classification_metrics_1.0.0.yaml',
              metrics: { accuracy: 0.95 },
              metadata: { kfpAction: { format: 1, run: 'r', metrics: { accuracy: 0.95 } } },
              createMs: Date.now() - 86_000_000,
            },
          ],
        },
      ],
    });
    try {
      scriptFor(progression('SUCCEEDED', breastCancerTasks({ accuracy: 0.96, deploy: 'true' })));
      const repo = makeRepo({
        extraConfig: 'environments:\n  - name: Staging\n  - name: Production\n',
      });
      const result = await runAction(copy, inputs(), env(repo, sha));
      expect(result.code).toBe(0);
      expect(result.outputs['decision']).toBe('deploy');
      const gets = vertexModelGets();
      expect(gets).toContain(`${model}@production`);
      expect(gets).not.toContain(`${model}@Production`);
      expect(github.issueComments(49)[0]!.body).toContain(
        '| metric | this run | production &#40;v5&#41; | Δ | gate | |',
      );
    } finally {
      models.state.models.delete(model);
    }
  });

  it('cancels from the post step a job whose submit step was killed outright', async () => {
    const sha = nextSha();
    scriptFor(runningForever(breastCancerTasks().slice(0, 1)));
    const running = startAction(copy, inputs({ comment: 'false' }), env(makeRepo(), sha));
    const jobName = `projects/test-proj/locations/europe-west4/pipelineJobs/breast-cancer-xgboost-${sha.slice(0, 7)}-1`;
    for (let i = 0; i < 400 && (vertex.jobs.get(jobName)?.gets ?? 0) < 2; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    running.child.kill('SIGKILL');
    const killed = await running.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(vertex.callsOf('CancelPipelineJob').some((c) => c.request.name === jobName)).toBe(false);
    expect(JSON.parse(killed.state['vertex-jobs']!)).toEqual([
      { name: jobName, region: 'europe-west4' },
    ]);

    const post = await runAction(
      copy,
      {},
      { ...env(makeRepo(), sha), 'STATE_vertex-jobs': killed.state['vertex-jobs']! },
      'post.js',
    );
    expect(post.code).toBe(0);
    expect(vertex.callsOf('CancelPipelineJob').map((c) => c.request.name)).toContain(jobName);
    expect(post.stdout).toContain('::warning::kfp-action: the submit step ended before');
  });

  it('says how to authenticate when there are no credentials, without a stack trace', async () => {
    const sha = nextSha();
    const { AIPLATFORM_EMULATOR_HOST: _unused, ...real } = env(makeRepo(), sha);
    const result = await runAction(copy, inputs({ comment: 'false' }), {
      ...real,
      GOOGLE_APPLICATION_CREDENTIALS: path.join(tmpdir(), 'kfp-no-such-credentials.json'),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=kfp-action vertex\/no-credentials::could not create the pipeline job/,
    );
    expect(result.stdout).toContain('run google-github-actions/auth before this step');
    expect(result.stdout).toContain('TROUBLESHOOTING.md#vertexno-credentials');
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  });
});
