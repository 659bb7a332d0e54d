/**
 * `command: schedules` end to end, as the runner runs it: the BUILT dist/index.js against the
 * fake Vertex server with the fake ScheduleService (real protos, AIPLATFORM_EMULATOR_HOST).
 * One repository goes through create → no-op re-run → change → removal, with a schedule made by
 * hand beside it that must never be touched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { grpc } from 'google-gax';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeSchedules } from '../support/fake-vertex/schedules.js';
import { FakeVertexServer } from '../support/fake-vertex/server.js';
import { fromWireStruct, fromWireValue, type WireValue } from '../support/fake-vertex/struct.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE_IR = path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml');
const REPO = 'octo-org/pipelines';
const PARENT = 'projects/test-proj/locations/europe-west4';

const CONFIG = (schedules: string) => `version: 1
vertex:
  project: test-proj
  region: europe-west4
  pipelineRoot: gs://test-bucket/root
  serviceAccount: runner@test-proj.iam.gserviceaccount.com
pipelines:
  - source: pipeline.yaml
    name: breast-cancer-xgboost
    parameters:
      seed: 7
    schedules:
${schedules}`;

const NIGHTLY = `      - name: nightly
        cron: "0 3 * * *"
        timeZone: Europe/Berlin
        parameters: { n_estimators: 200 }
`;
const WEEKLY = (extra = '        paused: true\n') => `      - name: weekly
        cron: "0 6 * * 1"
        maxConcurrentRuns: 2
${extra}`;

let copy: string;
let vertex: FakeVertexServer;
const schedules = new FakeSchedules();
let repo: string;
let byHand: string;

const env = (sha: string) => ({
  GITHUB_WORKSPACE: repo,
  GITHUB_SHA: sha,
  GITHUB_REPOSITORY: REPO,
  AIPLATFORM_EMULATOR_HOST: vertex.host,
  KFP_ACTION_POLL_INTERVAL_MS: '10',
  KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
});
const SHA1 = 'a1'.repeat(20);
const SHA2 = 'b2'.repeat(20);

/** The calls that change something on Vertex. */
const CHANGING = [
  'CreateSchedule',
  'UpdateSchedule',
  'PauseSchedule',
  'ResumeSchedule',
  'DeleteSchedule',
];
const changingCalls = () =>
  vertex.calls
    .filter((c) => CHANGING.some((m) => c.method === `ScheduleService/${m}`))
    .map((c) => c.method.split('/')[1]);

function configure(text: string) {
  writeFileSync(path.join(repo, 'kfp-action.yaml'), CONFIG(text));
}

const owned = () =>
  schedules
    .list()
    .filter((s) => String(s.displayName).startsWith(`kfp-action:${REPO}/`))
    .map((s) => s as Record<string, unknown> & { displayName: string; state: string });

beforeAll(async () => {
  copy = buildActionCopy();
  vertex = await FakeVertexServer.start({ extraServices: schedules.services() });
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-schedules-repo-'));
  cpSync(FIXTURE_IR, path.join(repo, 'pipeline.yaml'));
  byHand = schedules.add(PARENT, {
    displayName: 'nightly retrain (made in the console)',
    cron: 'TZ=UTC 0 1 * * *',
    maxConcurrentRunCount: '1',
    createPipelineJobRequest: {
      parent: PARENT,
      pipelineJob: {
        displayName: 'by-hand',
        templateUri: 'https://europe-west4-kfp.pkg.dev/p/r/t/v1',
        runtimeConfig: { gcsOutputDirectory: 'gs://b/r' },
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await vertex?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('schedules (built action, fake ScheduleService)', () => {
  it('plans without changing anything in a dry run', async () => {
    configure(NIGHTLY + WEEKLY());
    const result = await runAction(copy, { command: 'schedules', 'dry-run': 'true' }, env(SHA1));
    expect(result.code).toBe(0);
    expect(changingCalls()).toEqual([]);
    expect(result.summary).toContain('dry run: nothing was changed');
    expect(result.summary).toMatch(/`nightly` \| ➕ to create/);
    expect(result.stdout).toMatch(/would create/);
  });

  it('creates the schedules of the config, paused where asked, with the spec and typed parameters', async () => {
    configure(NIGHTLY + WEEKLY());
    const result = await runAction(copy, { command: 'schedules' }, env(SHA1));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(changingCalls()).toEqual(['CreateSchedule', 'CreateSchedule', 'PauseSchedule']);
    const [nightly, weekly] = owned();
    expect(nightly).toMatchObject({
      displayName: `kfp-action:${REPO}/breast-cancer-xgboost/nightly`,
      cron: 'TZ=Europe/Berlin 0 3 * * *',
      maxConcurrentRunCount: '1',
      state: 'ACTIVE',
    });
    expect(weekly).toMatchObject({ cron: 'TZ=UTC 0 6 * * 1', state: 'PAUSED' });
    const job = (nightly!.createPipelineJobRequest as { pipelineJob: Record<string, unknown> })
      .pipelineJob;
    expect(fromWireStruct(job.pipelineSpec as never)).toMatchObject({
      pipelineInfo: { name: 'breast-cancer-xgboost' },
    });
    const values = (job.runtimeConfig as { parameterValues: Record<string, WireValue> })
      .parameterValues;
    expect(
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, fromWireValue(v)])),
    ).toEqual({ seed: 7, n_estimators: 200 });
    expect(job.labels).toMatchObject({
      'managed-by': 'kfp-action',
      'kfp-repository': 'octo-org_pipelines',
      'kfp-pipeline': 'breast-cancer-xgboost',
      'kfp-schedule': 'nightly',
      'kfp-commit': SHA1,
    });
    expect(result.stdout).toMatch(/breast-cancer-xgboost\/nightly.*create/);
    expect(result.summary).toContain('### Schedules');
    expect(result.summary).toMatch(/➕ created.*CET/);
    expect(result.outputs['schedule-changes']).toBe('2');
  });

  it('changes nothing when run again, even from a later commit with the same spec', async () => {
    const before = changingCalls().length;
    for (const sha of [SHA1, SHA2]) {
      const result = await runAction(copy, { command: 'schedules' }, env(sha));
      expect(result.code).toBe(0);
      expect(result.summary).toContain('✔️ unchanged');
      expect(result.outputs['schedule-changes']).toBe('0');
    }
    expect(changingCalls().length).toBe(before);
  });

  it('updates what changed with a field mask, and resumes with catch-up', async () => {
    const before = vertex.calls.length;
    configure(NIGHTLY.replace('0 3 * * *', '30 4 * * *') + WEEKLY('        catchUp: true\n'));
    const result = await runAction(copy, { command: 'schedules' }, env(SHA2));
    expect(result.code).toBe(0);
    const calls = vertex.calls.slice(before);
    const update = calls.find((c) => c.method === 'ScheduleService/UpdateSchedule')!;
    expect((update.request.updateMask as { paths: string[] }).paths).toEqual(['cron']);
    const resume = calls.find((c) => c.method === 'ScheduleService/ResumeSchedule')!;
    expect(resume.request.catchUp).toBe(true);
    const [nightly, weekly] = owned();
    expect(nightly).toMatchObject({ cron: 'TZ=Europe/Berlin 30 4 * * *' });
    expect(weekly).toMatchObject({ state: 'ACTIVE', catchUp: true });
    expect(result.summary).toMatch(/✏️ updated \| cron&#58; TZ&#61;Europe\/Berlin 0 3/);
    expect(result.summary).toContain('▶️ resumed');
  });

  it('refuses a schedule parameter the pipeline does not have, and changes nothing', async () => {
    const before = changingCalls().length;
    configure(NIGHTLY.replace('n_estimators: 200', 'n_estimatorz: 200') + WEEKLY(''));
    const result = await runAction(copy, { command: 'schedules' }, env(SHA2));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/breast-cancer-xgboost, schedule nightly: .*n_estimatorz/);
    expect(changingCalls().length).toBe(before);
  });

  it('deletes an owned schedule the config dropped (a long-running operation), never one made by hand', async () => {
    configure(WEEKLY(''));
    const result = await runAction(copy, { command: 'schedules' }, env(SHA2));
    expect(result.code).toBe(0);
    expect(owned().map((s) => s.displayName)).toEqual([
      `kfp-action:${REPO}/breast-cancer-xgboost/weekly`,
    ]);
    expect(vertex.callsOf('GetOperation').length).toBeGreaterThanOrEqual(1);
    expect(schedules.schedules.has(byHand)).toBe(true);
    expect(result.summary).toContain('➖ deleted');
    // And again: nothing left to do.
    const again = await runAction(copy, { command: 'schedules' }, env(SHA2));
    expect(again.outputs['schedule-changes']).toBe('0');
  });

  it('reports a refused change with its code, fails the step, and makes it on the next run', async () => {
    configure(WEEKLY('') + '      - { name: hourly, cron: "0 * * * *" }\n');
    vertex.faults = (method) =>
      method === 'ScheduleService/CreateSchedule'
        ? { code: grpc.status.PERMISSION_DENIED }
        : undefined;
    try {
      const refused = await runAction(copy, { command: 'schedules' }, env(SHA2));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe('');
      expect(refused.stdout).toContain('vertex/permission-denied');
      expect(refused.summary).toMatch(/`hourly` \| ❌ create: failed \| .*PERMISSION&#95;DENIED/);
    } finally {
      vertex.faults = undefined;
    }
    const again = await runAction(copy, { command: 'schedules' }, env(SHA2));
    expect(again.code).toBe(0);
    expect(owned().map((s) => s.displayName)).toContain(
      `kfp-action:${REPO}/breast-cancer-xgboost/hourly`,
    );
  });

  it('with removed-schedules: pause, pauses what the config dropped instead of deleting it', async () => {
    writeFileSync(path.join(repo, 'kfp-action.yaml'), CONFIG('').replace('    schedules:\n', ''));
    const paused = await runAction(
      copy,
      { command: 'schedules', 'removed-schedules': 'pause' },
      env(SHA2),
    );
    expect(paused.code).toBe(0);
    expect(owned().map((s) => s.state)).toEqual(['PAUSED', 'PAUSED']);
    expect(paused.summary).toContain('⏸️ paused');
    const again = await runAction(
      copy,
      { command: 'schedules', 'removed-schedules': 'pause' },
      env(SHA2),
    );
    expect(again.outputs['schedule-changes']).toBe('0');
    expect(owned()).toHaveLength(2);
  });

  it('refuses a bad removed-schedules input before anything is read', async () => {
    const result = await runAction(
      copy,
      { command: 'schedules', 'removed-schedules': 'archive' },
      env(SHA2),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('removed-schedules must be "delete" or "pause", got "archive"');
    expect(result.stderr).toBe('');
  });
});
