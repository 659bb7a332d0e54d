import { describe, expect, it } from '@jest/globals';
import { fitWait, type SubmitSettings } from '../../../src/commands/submit.js';

const settings = (jobTimeoutMinutes?: number, wait = true) =>
  ({ wait, ...(jobTimeoutMinutes !== undefined ? { jobTimeoutMinutes } : {}) }) as SubmitSettings;

describe('fitWait (the wait inside GitHub’s job limit)', () => {
  it('keeps the configured wait without a job limit, or when it fits', () => {
    expect(fitWait(settings(), 720, 3)).toEqual({ minutes: 720, shortened: false });
    expect(fitWait(settings(360), 340, 5)).toEqual({ minutes: 340, shortened: false });
    expect(fitWait(settings(360, false), 720, 5)).toEqual({ minutes: 720, shortened: false });
  });

  it('cuts it to the limit minus the margin and the minutes already spent', () => {
    expect(fitWait(settings(360), 720, 2.5)).toEqual({ minutes: 347, shortened: true });
  });

  it('refuses a limit that leaves no minute to wait, with the fix', () => {
    expect(() => fitWait(settings(10), 720, 0)).toThrow(/wait: false and pick the run up later/);
  });
});
