/** A RunResult read from a fake Vertex job snapshot, the way the adapter reads the real one. */
import { pipelineJobView } from '../../../src/adapters/vertex/convert.js';
import type { RunResult } from '../../../src/core/result/model.js';
import { toRunResult } from '../../../src/core/vertex/run-result.js';
import { FakeJob } from './jobs.js';
import type { FakeJobSnapshot } from './scripts.js';

export const FAKE_JOB_NAME = 'projects/proj/locations/europe-west4/pipelineJobs/bc-e4f5a6b-1';

export function vertexRun(snapshot: FakeJobSnapshot, pipelineName = 'breast-cancer'): RunResult {
  const job = new FakeJob(
    FAKE_JOB_NAME,
    { displayName: 'bc' },
    pipelineName,
    [snapshot],
    Date.UTC(2026, 10, 26, 10),
  );
  return toRunResult(pipelineJobView(job.toWire(snapshot)), {
    pipelineName,
    location: { project: 'proj', region: 'europe-west4' },
    specDigest: 'sha256:9ab04d0011223344',
  });
}
