import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  delayMs,
  fixedSchedule,
  POLL_SCHEDULE,
  RETRY_SCHEDULE,
} from '../../../src/adapters/vertex/backoff.js';

describe('poll schedule', () => {
  it('looks after 5 s, then less often, settling at one call per 30 s', () => {
    const middle = Array.from({ length: 8 }, (_, i) => delayMs(POLL_SCHEDULE, i, 0.5));
    expect(middle).toEqual([5000, 7500, 11250, 16875, 25313, 30000, 30000, 30000]);
  });

  it('spreads each delay by the jitter and never polls more than about once per 30 s', () => {
    expect(delayMs(POLL_SCHEDULE, 0, 0)).toBe(4500);
    expect(delayMs(POLL_SCHEDULE, 0, 0.999999)).toBe(5500);
    fc.assert(
      fc.property(fc.nat(1000), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const d = delayMs(POLL_SCHEDULE, attempt, r);
        expect(d).toBeGreaterThanOrEqual(4500);
        expect(d).toBeLessThanOrEqual(33_000);
        if (attempt >= 5) expect(d).toBeGreaterThanOrEqual(27_000);
      }),
    );
  });
});

describe('retry schedule', () => {
  it('doubles from 1 s up to 30 s with wide jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => delayMs(RETRY_SCHEDULE, a, 0.5))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(delayMs(RETRY_SCHEDULE, 0, 0)).toBe(500);
    expect(delayMs(RETRY_SCHEDULE, 0, 1)).toBe(1500);
  });

  it('treats a bad random draw as the middle, never as NaN', () => {
    expect(delayMs(RETRY_SCHEDULE, 1, Number.NaN)).toBe(2000);
  });
});

describe('fixedSchedule (KFP_ACTION_POLL_INTERVAL_MS)', () => {
  it('always waits the same time', () => {
    const s = fixedSchedule(15);
    expect([0, 1, 50].map((a) => delayMs(s, a, Math.random()))).toEqual([15, 15, 15]);
  });
});
