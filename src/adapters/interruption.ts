/**
 * SIGINT/SIGTERM as an AbortSignal, and the running jobs in the action's saved state.
 *
 * When a workflow is cancelled the runner sends SIGINT, then SIGTERM, then kills the process.
 * The first signal aborts the wait so the command can cancel its Vertex job and report; later
 * signals are logged and ignored while it does. Jobs still running are written to GITHUB_STATE
 * (`vertex-jobs`) so that the post step (src/post.ts) can cancel them if the process was killed
 * before it got that far.
 */
import { appendFileSync } from 'node:fs';
import type { Interruption } from '../ports/deps.js';
import type { Logger } from '../ports/logger.js';

export const JOBS_STATE = 'vertex-jobs';

export interface TrackedJob {
  readonly name: string;
  readonly region: string;
}

/** core.saveState, without loading @actions/core: a `name<<delimiter` block in GITHUB_STATE. */
function saveState(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  value: string,
): void {
  const file = env.GITHUB_STATE;
  if (!file) return;
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

export function processInterruption(
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): Interruption {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.on(name, () => {
      if (controller.signal.aborted) {
        logger.info(`${name} again: still cancelling the Vertex job, please wait`);
        return;
      }
      logger.info(`${name} received: the workflow is being cancelled`);
      controller.abort(new Error(name));
    });
  }
  const running = new Map<string, TrackedJob>();
  const save = () => saveState(env, JOBS_STATE, JSON.stringify([...running.values()]));
  return {
    signal: controller.signal,
    track: (job) => {
      running.set(job.name, job);
      save();
    },
    settle: (name) => {
      if (running.delete(name)) save();
    },
  };
}
