/**
 * Continuous training end to end with the BUILT action: `schedules` creates the Vertex schedule,
 * the fake ScheduleService starts runs as Vertex would (PipelineJobs with `schedule_name`), and
 * `promote` with `schedule: nightly` takes the newest successful one through staging, then
 * production, with the same checks as a merge's run (decision, gates, stage order, OIDC
 * environment). Fakes: Vertex (Pipeline, Schedule, Model, Endpoint services and operations on
 * one AIPLATFORM_EMULATOR_HOST) and the runner's OIDC token service.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeVertexModels } from '../support/fake-vertex-models/index.js';
import { breastCancerTasks, MODEL_URI } from '../support/fake-vertex/breast-cancer.js';
import { FakeSchedules } from '../support/fake-vertex/schedules.js';
import { FakeVertexServer } from '../support/fake-vertex/server.js';

const root = path.resolve(import.meta.dirname, '../..');
const REPO = 'octo-org/pipelines';
const PARENT = 'projects/test-proj/locations/europe-west4';
const SERVING = 'europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.2-1:latest';

const CONFIG = `version: 1
vertex:
  project: test-proj
  region: europe-west4
  pipelineRoot: gs://test-bucket/root
pipelines:
  - source: pipeline.yaml
    name: breast-cancer-xgboost
    decision: { task: eval-model, output: deploy }
    gates:
      - { metric: accuracy, task: eval-model, min: 0.9 }
    model:
      task: train-model
      artifact: model
      servingContainer: ${SERVING}
    schedules:
      - name: nightly
        cron: "0 2 * * *"
        timeZone: Europe/Amsterdam
environments:
  - name: staging
    machineType: n1-standard-2
  - name: production
    machineType: n1-standard-4
`;

let copy: string;
let repo: string;
let vertex: FakeVertexServer;
let oidc: Server;
let oidcUrl: string;
const models = new FakeVertexModels();
const schedules = new FakeSchedules(models.operations);

function startOidc(): Promise<void> {
  oidc = createServer((req, res) => {
    const env = decodeURIComponent(/^\/token\/([^?]*)/.exec(req.url ?? '')?.[1] ?? '');
    const claims = { sub: `repo:${REPO}:environment:${env}`, environment: env };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: `${part({ alg: 'RS256' })}.${part(claims)}.sig` }));
  });
  return new Promise((resolve) =>
    oidc.listen(0, '127.0.0.1', () => {
      oidcUrl = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

const env = (jobEnvironment?: string): Record<string, string> => ({
  GITHUB_WORKSPACE: repo,
  GITHUB_REPOSITORY: REPO,
  GITHUB_SHA: 'c3'.repeat(20),
  GITHUB_RUN_ID: '777',
  AIPLATFORM_EMULATOR_HOST: vertex.host,
  KFP_ACTION_POLL_INTERVAL_MS: '10',
  KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
  ...(jobEnvironment
    ? {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${oidcUrl}/token/${jobEnvironment}?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
      }
    : {}),
});

const promote = (environment: string, extra: Record<string, string> = {}) =>
  runAction(
    copy,
    { command: 'promote', environment, schedule: 'nightly', comment: 'false', ...extra },
    env(environment),
  );

/** One run started by the schedule, ending in `state` with the given accuracy. */
function scheduledRun(state: 'SUCCEEDED' | 'FAILED', accuracy: number, tag: string): string {
  const tasks = breastCancerTasks({ deploy: 'true', accuracy }).map((t) =>
    t.name === 'train-model'
      ? { ...t, outputs: { model: [{ schemaTitle: 'system.Model', uri: `${MODEL_URI}-${tag}` }] } }
      : t,
  );
  vertex.script = () => [{ state, tasks }];
  const [nightly] = schedules.list();
  return schedules.fire(vertex, String(nightly!.name));
}

beforeAll(async () => {
  copy = buildActionCopy();
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-promote-schedule-'));
  cpSync(
    path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml'),
    path.join(repo, 'pipeline.yaml'),
  );
  writeFileSync(path.join(repo, 'kfp-action.yaml'), CONFIG);
  vertex = await FakeVertexServer.start({
    extraServices: [...models.services(), ...schedules.services({ operations: false })],
  });
  await startOidc();
}, 120_000);

afterAll(async () => {
  await vertex?.close();
  await new Promise((resolve) => oidc?.close(resolve));
  for (const dir of [copy, repo]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('promote the newest successful run of a Vertex schedule (built action)', () => {
  let good: string;

  it('finds no run before the schedule has run, and says so', async () => {
    const made = await runAction(copy, { command: 'schedules' }, env());
    expect(made.code).toBe(0);
    expect(schedules.list()).toHaveLength(1);
    const result = await promote('staging');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('promote/no-schedule-run');
    expect(result.stdout).toContain('was started by schedule nightly of breast-cancer-xgboost');
  });

  it('takes the newest SUCCEEDED scheduled run, passing over a newer failed one and a job no schedule started', async () => {
    good = scheduledRun('SUCCEEDED', 0.97, 'good');
    await new Promise((r) => setTimeout(r, 5));
    scheduledRun('FAILED', 0.97, 'failed');
    // Same labels, but submitted by hand: not a run of the schedule.
    const [nightly] = schedules.list();
    const request = nightly!.createPipelineJobRequest as { pipelineJob: Record<string, unknown> };
    vertex.script = () => [{ state: 'SUCCEEDED', tasks: breastCancerTasks({ deploy: 'true' }) }];
    await new Promise((r) => setTimeout(r, 5));
    vertex.createJob({
      parent: PARENT,
      pipelineJobId: 'by-hand-1',
      pipelineJob: request.pipelineJob,
    });

    const staging = await promote('staging');
    expect(staging.stderr).toBe('');
    expect(staging.code).toBe(0);
    expect(staging.outputs['job-name']).toBe(good);
    expect(staging.stdout).toMatch(
      /schedule nightly: promoting .*, the newest SUCCEEDED run it started of breast-cancer-xgboost.*passed over newer runs that did not succeed: .* \(FAILED\)/,
    );
    const list = vertex.callsOf('ListPipelineJobs').at(-1)!.request;
    expect(list.filter).toBe(
      'labels.kfp-pipeline="breast-cancer-xgboost" AND labels.kfp-schedule="nightly" AND labels.kfp-repository="octo-org_pipelines"',
    );
  });

  it('goes on to production with the run staging holds', async () => {
    const production = await runAction(
      copy,
      { command: 'promote', environment: 'production', 'job-name': good, comment: 'false' },
      env('production'),
    );
    expect(production.code).toBe(0);
    expect(production.outputs['job-name']).toBe(good);
  });

  it('applies the gates to a scheduled run like to a merge run', async () => {
    scheduledRun('SUCCEEDED', 0.5, 'weak');
    const result = await promote('staging');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('promote/decision-not-deploy');
  });
});
