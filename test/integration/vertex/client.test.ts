import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GrpcPipelineService } from '../../../src/adapters/vertex/client.js';
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
});
