import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { grpc } from 'google-gax';
import { createScheduleService } from '../../../src/adapters/vertex/schedules.js';
import { UserError } from '../../../src/core/diagnostics.js';
import type { ScheduleFields } from '../../../src/core/schedules/model.js';
import { nullLogger } from '../../../src/ports/logger.js';
import type { ScheduleService } from '../../../src/ports/vertex.js';
import { FakeSchedules } from '../../support/fake-vertex/schedules.js';
import { everyNthCall, FakeVertexServer } from '../../support/fake-vertex/server.js';
import { fromWireStruct, fromWireValue, type WireValue } from '../../support/fake-vertex/struct.js';

const location = { project: 'proj', region: 'europe-west4' };
const spec = {
  pipelineInfo: { name: 'tiny' },
  schemaVersion: '2.1.0',
  root: { inputDefinitions: { parameters: { n: { parameterType: 'NUMBER_INTEGER' } } } },
};

const fields = (name: string, over: Partial<ScheduleFields> = {}): ScheduleFields => ({
  displayName: `kfp-action:acme/models/tiny/${name}`,
  cron: 'TZ=Europe/Berlin 0 3 * * *',
  maxConcurrentRunCount: 1,
  allowQueueing: false,
  job: {
    displayName: `tiny-${name}`,
    pipelineSpec: spec,
    parameterValues: { n: 3, list: [1, 'a'] },
    pipelineRoot: 'gs://bucket/root',
    labels: { 'kfp-schedule': name },
    serviceAccount: 'sa@proj.iam.gserviceaccount.com',
  },
  ...over,
});

describe('GrpcScheduleService against the fake ScheduleService', () => {
  let fake: FakeVertexServer;
  const schedules = new FakeSchedules();
  let service: ScheduleService;
  beforeAll(async () => {
    schedules.operations.pollsUntilDone = 2;
    fake = await FakeVertexServer.start({ extraServices: schedules.services() });
    service = createScheduleService(
      'europe-west4',
      { AIPLATFORM_EMULATOR_HOST: fake.host, KFP_ACTION_POLL_INTERVAL_MS: '1' },
      nullLogger,
    );
  });
  afterAll(async () => {
    await service.close();
    await fake.close();
  });

  it('creates a schedule with the Struct fields converted, and reads it back', async () => {
    const created = await service.createSchedule(location, fields('nightly', { maxRunCount: 5 }));
    expect(created).toMatchObject({
      name: expect.stringMatching(/^projects\/proj\/locations\/europe-west4\/schedules\/\d+$/),
      state: 'ACTIVE',
      cron: 'TZ=Europe/Berlin 0 3 * * *',
      maxRunCount: 5,
      job: { parameterValues: { n: 3, list: [1, 'a'] }, pipelineSpec: spec },
    });
    expect(created.nextRunTime).toBeDefined();
    const sent = fake.callsOf('CreateSchedule')[0]!.request as {
      schedule: {
        createPipelineJobRequest: { parent: string; pipelineJob: Record<string, unknown> };
      };
    };
    const job = sent.schedule.createPipelineJobRequest.pipelineJob;
    expect(sent.schedule.createPipelineJobRequest.parent).toBe(
      'projects/proj/locations/europe-west4',
    );
    expect(fromWireStruct(job.pipelineSpec as never)).toEqual(spec);
    const values = (job.runtimeConfig as { parameterValues: Record<string, WireValue> })
      .parameterValues;
    expect(fromWireValue(values.n)).toBe(3);
    expect(await service.getSchedule(created.name)).toEqual(created);
  });

  it('lists by display-name prefix across pages, and nothing else', async () => {
    for (const n of ['a', 'b', 'c']) await service.createSchedule(location, fields(n));
    await service.createSchedule(location, { ...fields('x'), displayName: 'by hand' });
    await service.createSchedule(location, {
      ...fields('y'),
      displayName: 'kfp-action:acme/other/t/y',
    });
    schedules.maxPageSize = 2;
    const listed = await service.listSchedules(location, 'kfp-action:acme/models/');
    schedules.maxPageSize = 100;
    expect(listed.map((s) => s.displayName).sort()).toEqual(
      ['a', 'b', 'c', 'nightly'].map((n) => `kfp-action:acme/models/tiny/${n}`),
    );
    expect(fake.callsOf('ListSchedules').length).toBeGreaterThanOrEqual(2);
    expect(fake.callsOf('ListSchedules')[0]!.request.filter).toBe(
      'display_name:"kfp-action:acme/models/*" AND create_pipeline_job_request:*',
    );
  });

  it('updates only the masked fields', async () => {
    const s = await service.createSchedule(location, fields('upd'));
    const changed = fields('upd', { cron: 'TZ=UTC 0 4 * * *', maxConcurrentRunCount: 3 });
    const updated = await service.updateSchedule(s.name, changed, ['cron']);
    expect(updated.cron).toBe('TZ=UTC 0 4 * * *');
    expect(updated.maxConcurrentRunCount).toBe(1);
  });

  it('pauses and resumes with catch-up; refuses to pause twice with a worded error', async () => {
    const s = await service.createSchedule(location, fields('pr'));
    await service.pauseSchedule(s.name);
    expect((await service.getSchedule(s.name)).state).toBe('PAUSED');
    const twice = await service.pauseSchedule(s.name).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(UserError);
    expect((twice as UserError).message).toMatch(
      /could not pause the schedule .*FAILED_PRECONDITION/,
    );
    await service.resumeSchedule(s.name, true);
    expect(await service.getSchedule(s.name)).toMatchObject({ state: 'ACTIVE', catchUp: true });
  });

  it('deletes through the long-running operation, polling until it is done', async () => {
    const s = await service.createSchedule(location, fields('del'));
    await service.deleteSchedule(s.name);
    expect(schedules.schedules.has(s.name)).toBe(false);
    expect(fake.callsOf('GetOperation').length).toBeGreaterThanOrEqual(1);
  });

  it('says which schedule a failed delete operation was about, with its own code', async () => {
    const s = await service.createSchedule(location, fields('nodel'));
    schedules.operations.failNext('DeleteSchedule', {
      code: grpc.status.FAILED_PRECONDITION,
      message: 'schedule has running jobs',
    });
    const error = (await service.deleteSchedule(s.name).catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.diagnostics[0]).toMatchObject({
      code: 'schedules/delete-failed',
      message: expect.stringContaining(`could not delete schedule ${s.name}`),
    });
    expect(error.message).toContain('schedule has running jobs');
    expect(schedules.schedules.has(s.name)).toBe(true);
  });

  it('does not create twice when the answer to a create was lost', async () => {
    let failed = false;
    fake.faults = (method) => {
      if (method !== 'ScheduleService/CreateSchedule' || failed) return undefined;
      failed = true;
      return { code: grpc.status.UNAVAILABLE, afterApplying: true };
    };
    try {
      const s = await service.createSchedule(location, fields('lost'));
      const same = [...schedules.schedules.values()].filter(
        (x) => x.fields.displayName === 'kfp-action:acme/models/tiny/lost',
      );
      expect(same.map((x) => x.name)).toEqual([s.name]);
      expect(fake.callsOf('CreateSchedule').filter((c) => c.code === 14)).toHaveLength(1);
    } finally {
      fake.faults = undefined;
    }
  });

  it('retries transient failures', async () => {
    fake.faults = everyNthCall(2, [grpc.status.UNAVAILABLE]);
    try {
      const s = await service.createSchedule(location, fields('retry'));
      expect((await service.getSchedule(s.name)).displayName).toContain('retry');
    } finally {
      fake.faults = undefined;
    }
  });
});
