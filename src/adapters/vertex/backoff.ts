/**
 * Delay schedules for waiting on Vertex, as pure functions: no timers, the random draw is an
 * argument. The waiter and the retry wrapper sleep for what these return.
 */

export interface Schedule {
  /** First delay. */
  readonly initialMs: number;
  /** Longest delay, before jitter. */
  readonly maxMs: number;
  /** Growth per attempt. */
  readonly factor: number;
  /** Spread around each delay: 0.1 = ±10 %. */
  readonly jitter: number;
}

/** Polling a running job: a look after 5 s, then less often, settling at one call per ~30 s. */
export const POLL_SCHEDULE: Schedule = {
  initialMs: 5_000,
  maxMs: 30_000,
  factor: 1.5,
  jitter: 0.1,
};

/** Retrying a transient failure: 1 s, 2 s, 4 s … up to 30 s, with wide jitter so that many
 * workflows hitting the same outage do not retry in lock-step. */
export const RETRY_SCHEDULE: Schedule = { initialMs: 1_000, maxMs: 30_000, factor: 2, jitter: 0.5 };

/**
 * The delay before attempt `attempt` (0-based) for a random draw `random` in [0, 1):
 * min(maxMs, initialMs · factor^attempt), spread by ±jitter, never above maxMs · (1 + jitter).
 */
export function delayMs(schedule: Schedule, attempt: number, random: number): number {
  const base = Math.min(
    schedule.maxMs,
    schedule.initialMs * schedule.factor ** Math.max(0, attempt),
  );
  const spread = 1 + schedule.jitter * (2 * clamp01(random) - 1);
  return Math.max(0, Math.round(base * spread));
}

/** A schedule with every delay fixed to `ms` (KFP_ACTION_POLL_INTERVAL_MS, for tests and demos). */
export function fixedSchedule(ms: number): Schedule {
  return { initialMs: ms, maxMs: ms, factor: 1, jitter: 0 };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0.5;
}
