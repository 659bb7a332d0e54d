import { describe, expect, it } from '@jest/globals';
import {
  prefixFilter,
  scheduleView,
  toScheduleMessage,
} from '../../../src/adapters/vertex/schedules.js';

describe('Schedule messages ↔ plain data', () => {
  it('reads int64 as strings or Longs, enums as names or numbers, and skips what is missing', () => {
    const long = { low: 3, high: 0, toString: () => '3' };
    const view = scheduleView({
      name: 'projects/p/locations/r/schedules/1',
      displayName: 'kfp-action:o/r/p/s',
      cron: 'TZ=UTC 0 3 * * *',
      maxConcurrentRunCount: long,
      maxRunCount: '0',
      startedRunCount: '12',
      state: 2,
      createTime: { seconds: '1700000000', nanos: 0 },
      createPipelineJobRequest: {
        pipelineJob: {
          runtimeConfig: {
            gcsOutputDirectory: 'gs://b',
            failurePolicy: 'PIPELINE_FAILURE_POLICY_FAIL_FAST',
            parameterValues: { n: { numberValue: 3 }, s: { stringValue: 'x' } },
          },
          encryptionSpec: { kmsKeyName: 'k' },
          labels: { a: 'b' },
        },
      },
    });
    expect(view).toEqual({
      name: 'projects/p/locations/r/schedules/1',
      displayName: 'kfp-action:o/r/p/s',
      cron: 'TZ=UTC 0 3 * * *',
      maxConcurrentRunCount: 3,
      allowQueueing: false,
      state: 'PAUSED',
      createTime: '2023-11-14T22:13:20.000Z',
      startedRunCount: 12,
      job: {
        displayName: '',
        pipelineSpec: {},
        parameterValues: { n: 3, s: 'x' },
        pipelineRoot: 'gs://b',
        labels: { a: 'b' },
        kmsKey: 'k',
        failurePolicy: 'fast',
      },
    });
    expect(scheduleView(null)).toMatchObject({
      name: '',
      state: 'UNSPECIFIED',
      job: { labels: {} },
    });
  });

  it('writes the request without a job id, Struct fields through toValue, times as Timestamps', () => {
    const message = toScheduleMessage(
      { project: 'p', region: 'europe-west4' },
      {
        displayName: 'd',
        cron: 'TZ=UTC 0 3 * * *',
        maxConcurrentRunCount: 1,
        startTime: '2027-01-01T00:00:00.500Z',
        allowQueueing: true,
        job: {
          displayName: 'j',
          pipelineSpec: { a: 1 },
          parameterValues: { n: 2 },
          pipelineRoot: 'gs://b',
          labels: {},
        },
      },
    );
    expect(message).toMatchObject({
      startTime: { seconds: 1798761600, nanos: 500_000_000 },
      allowQueueing: true,
      createPipelineJobRequest: {
        parent: 'projects/p/locations/europe-west4',
        pipelineJob: {
          pipelineSpec: { fields: { a: { numberValue: 1 } } },
          runtimeConfig: { parameterValues: { n: { numberValue: 2 } } },
        },
      },
    });
    expect(message.createPipelineJobRequest).not.toHaveProperty('pipelineJobId');
  });

  it('filters on a display-name prefix with the AIP-160 wildcard, escaping quotes', () => {
    expect(prefixFilter('kfp-action:o/r/')).toBe(
      'display_name:"kfp-action:o/r/*" AND create_pipeline_job_request:*',
    );
    expect(prefixFilter('a"b*')).toBe('display_name:"a\\"b\\**" AND create_pipeline_job_request:*');
  });
});
