import { describe, expect, it } from '@jest/globals';
import {
  waitForOperation,
  type PollableOperation,
  type WaitContext,
} from '../../../src/adapters/vertex-models/operations.js';
import { RetryBudget } from '../../../src/adapters/vertex/retry.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { nullLogger } from '../../../src/ports/logger.js';

/** An operation that answers GetOperation from a script: 'running', 'done', an error to throw,
 * or a final operation error. */
function scripted(steps: ({ throw: number } | 'running' | 'done' | { fail: number })[]) {
  let polls = 0;
  const op: PollableOperation<{ ok: true }> & { polls: () => number } = {
    name: 'projects/p/locations/r/operations/1',
    latestResponse: { done: false },
    result: null,
    polls: () => polls,
    async getOperation() {
      const step = steps[Math.min(polls++, steps.length - 1)]!;
      if (step === 'running') return [null];
      if (step === 'done') {
        (op as { latestResponse: unknown }).latestResponse = { done: true };
        (op as { result: unknown }).result = { ok: true };
        return [{ ok: true }];
      }
      if ('fail' in step) {
        (op as { latestResponse: unknown }).latestResponse = {
          done: true,
          error: { code: step.fail, message: 'quota' },
        };
        throw Object.assign(new Error('quota'), { code: step.fail });
      }
      throw Object.assign(new Error('flaky'), { code: step.throw });
    },
  };
  return op;
}

function context(timeoutMs = 60_000): WaitContext & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    budget: new RetryBudget(10, 4),
    schedule: { initialMs: 10, maxMs: 10, factor: 1, jitter: 0 },
    pollSchedule: { initialMs: 1000, maxMs: 1000, factor: 1, jitter: 0 },
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    random: () => 0.5,
    logger: nullLogger,
    timeoutMs,
    now: () => now,
  };
}

describe('waitForOperation', () => {
  it('polls until done, retrying transient errors of the poll itself', async () => {
    const op = scripted(['running', { throw: 14 }, 'done']);
    await expect(waitForOperation('deploying v8', op, context())).resolves.toEqual({ ok: true });
    expect(op.polls()).toBe(3);
  });

  it('reports a failed operation at once, without retrying its error', async () => {
    const op = scripted(['running', { fail: 8 }]);
    const error = (await waitForOperation('deploying v8', op, context()).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(
      'deploying v8 failed on Vertex AI (operation projects/p/locations/r/operations/1): RESOURCE_EXHAUSTED: quota',
    );
    expect(error.diagnostics[0]?.code).toBe('promote/operation-failed');
    expect(op.polls()).toBe(2);
  });

  it('gives up at the timeout and says the operation goes on', async () => {
    const op = scripted(['running']);
    const error = (await waitForOperation('uploading', op, context(5_000)).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error.diagnostics[0]?.code).toBe('promote/operation-timeout');
    expect(error.message).toContain('did not finish within 5 s');
    expect(error.message).toContain('is still running on Vertex AI');
  });

  it('fails with the call error when polling keeps failing', async () => {
    const op = scripted([{ throw: 7 }]);
    const error = (await waitForOperation('uploading', op, context()).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error.message).toContain('waiting for uploading failed on Vertex AI');
    expect(error.message).toContain('PERMISSION_DENIED');
    expect(op.polls()).toBe(1);
  });
});
