import { describe, expect, it } from '@jest/globals';
import { fixedSchedule } from '../../../src/adapters/vertex/backoff.js';
import {
  Code,
  RetryBudget,
  withRetry,
  type RetryContext,
} from '../../../src/adapters/vertex/retry.js';
import { recordingLogger } from '../../support/recorders.js';

function context(budget = new RetryBudget(10, 4)) {
  const slept: number[] = [];
  const logger = recordingLogger();
  const ctx: RetryContext = {
    budget,
    schedule: fixedSchedule(100),
    sleep: async (ms) => void slept.push(ms),
    random: () => 0.5,
    logger,
  };
  return { ctx, slept, logger };
}

const failing = (codes: number[]) => {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    fn: async () => {
      const code = codes[calls++];
      if (code !== undefined)
        throw Object.assign(new Error(`boom ${code}`), { code, details: `details ${code}` });
      return 'ok';
    },
  };
};

describe('withRetry', () => {
  it('retries UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED and INTERNAL', async () => {
    const { ctx, slept, logger } = context();
    const call = failing([Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.RESOURCE_EXHAUSTED]);
    await expect(withRetry('GetPipelineJob', call.fn, ctx)).resolves.toBe('ok');
    expect(call.calls).toBe(4);
    expect(slept).toEqual([100, 100, 100]);
    expect(logger.lines[0]).toBe('GetPipelineJob: UNAVAILABLE (details 14); retry 1 in 0.1 s');
    const internal = failing([Code.INTERNAL]);
    await expect(withRetry('x', internal.fn, ctx)).resolves.toBe('ok');
  });

  it('does not retry a request that is wrong', async () => {
    const { ctx } = context();
    const call = failing([Code.INVALID_ARGUMENT]);
    await expect(withRetry('x', call.fn, ctx)).rejects.toMatchObject({
      code: Code.INVALID_ARGUMENT,
    });
    expect(call.calls).toBe(1);
  });

  it('gives up after the per-call attempts', async () => {
    const { ctx } = context(new RetryBudget(100, 3));
    const call = failing([14, 14, 14, 14]);
    await expect(withRetry('x', call.fn, ctx)).rejects.toMatchObject({ code: 14 });
    expect(call.calls).toBe(3);
  });

  it('shares one total budget across calls', async () => {
    const budget = new RetryBudget(2, 10);
    const { ctx } = context(budget);
    await expect(withRetry('a', failing([14, 14]).fn, ctx)).resolves.toBe('ok');
    const call = failing([14]);
    await expect(withRetry('b', call.fn, ctx)).rejects.toMatchObject({ code: 14 });
    expect(budget.used).toBe(2);
  });
});
