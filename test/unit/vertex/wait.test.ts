import { describe, expect, it } from '@jest/globals';
import { pipelineJobView } from '../../../src/adapters/vertex/convert.js';
import { waitForJob, type WaitOptions } from '../../../src/commands/wait-for-job.js';

import type { PipelineJobView, PipelineService } from '../../../src/ports/vertex.js';
import { breastCancerTasks } from '../../support/fake-vertex/breast-cancer.js';
import { FakeJob } from '../../support/fake-vertex/jobs.js';
import {
  progression,
  runningForever,
  type FakeJobScript,
} from '../../support/fake-vertex/scripts.js';
import { recordingLogger } from '../../support/recorders.js';

const NAME = 'projects/p/locations/r/pipelineJobs/bc-1';

/** An in-memory PipelineService over a fake job script, and a clock that sleeping advances. */
function setup(script: FakeJobScript, extra: Partial<WaitOptions> = {}) {
  const job = new FakeJob(NAME, {}, 'bc', script, 0);
  const view = () => pipelineJobView(job.toWire(job.current()));
  let now = 0;
  const sleeps: number[] = [];
  const service: PipelineService = {
    createOrAttach: async () => ({ job: view(), attached: false }),
    getPipelineJob: async () => pipelineJobView(job.toWire(job.advance())),
    listPipelineJobs: async () => [],
    cancelPipelineJob: async () => void (job.cancelRequested = true),
    close: async () => {},
  };
  const logger = recordingLogger();
  const options: WaitOptions = {
    delayMs: (attempt) => [5000, 7500, 11250][attempt] ?? 30000,
    timeoutMs: 3_600_000,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    now: () => now,
    logger,
    ...extra,
  };
  return { service, options, logger, sleeps, first: view(), job };
}

describe('waitForJob', () => {
  it('polls with the backoff until the job ends and logs each change in a group', async () => {
    const s = setup(progression('SUCCEEDED', breastCancerTasks()));
    const outcome = await waitForJob(s.service, s.first, s.options);
    expect(outcome.kind).toBe('finished');
    expect(outcome.job.state).toBe('SUCCEEDED');
    expect(s.sleeps).toEqual([5000, 7500, 11250, 30000, 30000]);
    const groups = s.logger.lines.filter((l) => l.startsWith('## '));
    expect(groups).toEqual([
      // The first look (after 5 s) still sees PENDING: no group for it.
      '## 0:13 · job RUNNING · get-data ▶ running',
      '## 0:24 · get-data ✓ succeeded · train-model ▶ running',
      '## 0:54 · train-model ✓ succeeded · eval-model ▶ running',
      '## 1:24 · job SUCCEEDED · eval-model ✓ succeeded',
    ]);
    expect(s.logger.lines).toContain('eval-model: RUNNING → SUCCEEDED');
    expect(s.logger.lines).toContain('  output deploy = "true"');
  });

  it('logs a failed task with its error', async () => {
    const s = setup(
      progression('FAILED', breastCancerTasks({ trainError: 'exit 137\nmore' }), 'DAG failed'),
    );
    const outcome = await waitForJob(s.service, s.first, s.options);
    expect(outcome.job.state).toBe('FAILED');
    expect(s.logger.lines).toContain('  error: exit 137');
    expect(s.logger.lines.some((l) => l.includes('eval-model ⏭ not triggered'))).toBe(true);
    expect(s.logger.lines).toContain('job error: DAG failed');
  });

  it('gives up at the timeout and says the job is still running', async () => {
    const s = setup(runningForever(breastCancerTasks().slice(0, 1)), {
      timeoutMs: 60_000,
      heartbeatMs: 20_000,
    });
    const outcome = await waitForJob(s.service, s.first, s.options);
    expect(outcome.kind).toBe('timeout');
    expect(outcome.job.state).toBe('RUNNING');
    expect(s.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
    expect(s.logger.lines.some((l) => /still RUNNING \(1 of 1 tasks done\)/.test(l))).toBe(true);
  });

  it('stops at once when the workflow is cancelled', async () => {
    const controller = new AbortController();
    let polls = 0;
    const s = setup(runningForever([]));
    const service: PipelineService = {
      ...s.service,
      getPipelineJob: async (name) => {
        if (++polls === 2) controller.abort();
        return s.service.getPipelineJob(name);
      },
    };
    const outcome = await waitForJob(service, s.first, { ...s.options, signal: controller.signal });
    expect(outcome.kind).toBe('interrupted');
    expect(polls).toBe(2);
  });

  it('returns a job that is already over without polling', async () => {
    const s = setup([{ state: 'SUCCEEDED', tasks: [] }]);
    const first: PipelineJobView = { ...s.first, state: 'SUCCEEDED' };
    const outcome = await waitForJob(s.service, first, s.options);
    expect(outcome.kind).toBe('finished');
    expect(s.sleeps).toEqual([]);
  });
});
