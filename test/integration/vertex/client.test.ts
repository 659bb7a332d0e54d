import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GrpcPipelineService } from '../../../src/adapters/vertex/client.js';
import { openPromotionClients } from '../../../src/adapters/vertex-models/index.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { fixedSchedule } from '../../../src/adapters/vertex/backoff.js';
import { RetryBudget } from '../../../src/adapters/vertex/retry.js';
import { nullLogger } from '../../../src/ports/logger.js';
import type { PipelineJobRequest } from '../../../src/ports/vertex.js';
import {
  decodedPipelineJob,
  everyNthCall,
  FakeVertexServer,
} from '../../support/fake-vertex/server.js';
import { progression } from '../../support/fake-vertex/scripts.js';

const spec = {
  pipelineInfo: { name: 'tiny' },
  schemaVersion: '2.1.0',
  root: { inputDefinitions: { parameters: { n: { parameterType: 'NUMBER_INTEGER' } } } },
};

function request(jobId: string): PipelineJobRequest {
  return {
    location: { project: 'proj', region: 'europe-west4' },
    jobId,
    displayName: 'tiny-run',
    pipelineSpec: spec,
    parameterValues: { n: 3, flag: true, name: 'x', list: [1, 'a'], obj: { k: 1.5 } },
    pipelineRoot: 'gs://bucket/root',
    labels: { repository: 'owner-repo' },
  };
}

describe('GrpcPipelineService against the fake Vertex server', () => {
  let fake: FakeVertexServer;
  let service: GrpcPipelineService;
  beforeAll(async () => {
    fake = await FakeVertexServer.start({
      script: () =>
        progression('SUCCEEDED', [
          { name: 'a', state: 'SUCCEEDED', outputParameters: { deploy: 'true' } },
        ]),
    });
    service = new GrpcPipelineService(
      { region: 'europe-west4', emulatorHost: fake.host },
      {
        budget: new RetryBudget(50, 5),
        schedule: fixedSchedule(1),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        random: () => 0.5,
        logger: nullLogger,
      },
      nullLogger,
    );
  });
  afterAll(async () => {
    await service.close();
    await fake.close();
  });

  it('sends the real spec and typed parameter values, then reads the job', async () => {
    const { job, attached } = await service.createOrAttach(request('tiny-1'));
    expect(attached).toBe(false);
    expect(job.name).toBe('projects/proj/locations/europe-west4/pipelineJobs/tiny-1');
    const sent = decodedPipelineJob(fake.callsOf('CreatePipelineJob')[0]!);
    expect(sent.pipelineSpec).toEqual(spec);
    expect(sent.parameterValues).toEqual({
      n: 3,
      flag: true,
      name: 'x',
      list: [1, 'a'],
      obj: { k: 1.5 },
    });
    expect(sent.gcsOutputDirectory).toBe('gs://bucket/root');
    expect(sent.labels).toEqual({ repository: 'owner-repo' });
    let view = await service.getPipelineJob(job.name);
    while (view.state !== 'SUCCEEDED') view = await service.getPipelineJob(job.name);
    expect(view.tasks.find((t) => t.taskName === 'a')?.executionMetadata).toEqual({
      'output:deploy': 'true',
    });
  });

  it('attaches on ALREADY_EXISTS and retries transient faults', async () => {
    fake.faults = everyNthCall(3, [14, 4, 8, 13]);
    const again = await service.createOrAttach(request('tiny-1'));
    expect(again.attached).toBe(true);
    for (let i = 0; i < 6; i++) await service.getPipelineJob(again.job.name);
    expect(fake.calls.filter((c) => c.code !== 0 && c.code !== 6).length).toBeGreaterThan(0);
    fake.faults = undefined;
  });

  it('does not create twice when the answer to a create was lost (UNAVAILABLE after applying)', async () => {
    fake.faults = (method) =>
      method.endsWith('/CreatePipelineJob') ? { code: 14, afterApplying: true } : undefined;
    try {
      const before = fake.jobs.size;
      const submitted = await service.createOrAttach(request('tiny-lost-answer'));
      fake.faults = undefined;
      expect(fake.jobs.size).toBe(before + 1);
      expect(submitted.job.name).toBe(
        'projects/proj/locations/europe-west4/pipelineJobs/tiny-lost-answer',
      );
      const creates = fake
        .callsOf('CreatePipelineJob')
        .filter((c) => c.request.pipelineJobId === 'tiny-lost-answer');
      // Lost answer (UNAVAILABLE), retry → ALREADY_EXISTS → the job is read, not created again.
      expect(creates.map((c) => c.code)).toEqual([14, 6]);
      expect(submitted.attached).toBe(true);
    } finally {
      fake.faults = undefined;
    }
  });

  it('lists jobs by their labels, newest first, page by page, reading only what it needs', async () => {
    const labels = { 'kfp-pipeline': 'tiny', 'kfp-commit': 'c0ffee' };
    for (const id of ['tiny-list-1', 'tiny-list-2', 'tiny-list-3']) {
      await service.createOrAttach({ ...request(id), labels });
    }
    await service.createOrAttach({
      ...request('tiny-list-other'),
      labels: { 'kfp-pipeline': 'tiny' },
    });
    fake.maxPageSize = 2;
    fake.faults = everyNthCall(2, [14]);
    try {
      const jobs = await service.listPipelineJobs({
        location: { project: 'proj', region: 'europe-west4' },
        labels,
        limit: 100,
      });
      expect(jobs.map((j) => j.name.split('/').pop())).toEqual([
        'tiny-list-3',
        'tiny-list-2',
        'tiny-list-1',
      ]);
      expect(jobs[0]).toMatchObject({ labels, state: 'PENDING' });
      expect(jobs[0]!.createTime).toMatch(/^\d{4}-\d\d-\d\dT/);
      const lists = fake.callsOf('ListPipelineJobs').filter((c) => c.code === 0);
      expect(lists).toHaveLength(2);
      expect(lists[0]!.request).toMatchObject({
        parent: 'projects/proj/locations/europe-west4',
        filter: 'labels.kfp-pipeline="tiny" AND labels.kfp-commit="c0ffee"',
        orderBy: 'create_time desc',
        readMask: {
          paths: [
            'name',
            'display_name',
            'state',
            'create_time',
            'end_time',
            'labels',
            'schedule_name',
          ],
        },
      });
      expect(lists[1]!.request.pageToken).toBeTruthy();
      // Transient failures on the way were retried.
      expect(fake.callsOf('ListPipelineJobs').some((c) => c.code === 14)).toBe(true);

      const newest = await service.listPipelineJobs({
        location: { project: 'proj', region: 'europe-west4' },
        labels,
        limit: 1,
      });
      expect(newest.map((j) => j.name.split('/').pop())).toEqual(['tiny-list-3']);
    } finally {
      fake.maxPageSize = 100;
      fake.faults = undefined;
    }
  });
});

describe('a Vertex client without credentials', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    delete process.env.AIPLATFORM_EMULATOR_HOST;
    // A folder that does not exist: google-auth-library fails on it with ENOENT (a missing file
    // in an existing folder, "The file at … does not exist", is the process test's case).
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/kfp-action-no-credentials.json';
  });
  afterAll(() => {
    for (const key of ['AIPLATFORM_EMULATOR_HOST', 'GOOGLE_APPLICATION_CREDENTIALS']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('fails each call with the worded no-credentials error, and closes quietly', async () => {
    const location = { project: 'proj', region: 'europe-west4' };
    const retry = {
      budget: new RetryBudget(5, 2),
      schedule: fixedSchedule(1),
      sleep: async () => {},
      random: () => 0.5,
      logger: nullLogger,
    };
    const pipelines = new GrpcPipelineService({ region: 'europe-west4' }, retry, nullLogger);
    const promotion = await openPromotionClients(location, location, {
      env: {},
      logger: nullLogger,
      operationTimeoutMs: 1_000,
    });
    const calls: [string, () => Promise<unknown>][] = [
      [
        'list the pipeline jobs',
        () => pipelines.listPipelineJobs({ location, labels: { a: 'b' }, limit: 5 }),
      ],
      [
        'read the pipeline job',
        () => pipelines.getPipelineJob('projects/proj/locations/europe-west4/pipelineJobs/x'),
      ],
      ['list the versions of model', () => promotion.models.listVersions('bc')],
      ['list the versions of model', () => promotion.models.listVersions('bc')],
      ['find the endpoint named', () => promotion.endpoints.findEndpoint('bc-staging')],
    ];
    for (const [doing, call] of calls) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).diagnostics[0]?.code).toBe('vertex/no-credentials');
      expect((error as UserError).message).toContain(`could not ${doing}`);
    }
    await expect(pipelines.close()).resolves.toBeUndefined();
    await expect(promotion.close()).resolves.toBeUndefined();
  });
});
