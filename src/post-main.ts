import * as core from '@actions/core';
import { JOBS_STATE, type TrackedJob } from './adapters/interruption.js';
import { actionLogger } from './adapters/edge/action.js';
import { describeError } from './core/errors.js';
import { TERMINAL_PIPELINE_STATES } from './core/result/model.js';
import type { VertexClients } from './ports/vertex.js';

/**
 * The post step: the runner runs it after the job, also when the workflow was cancelled. The
 * main step records the Vertex jobs it started and settles each one it saw to an end (or
 * cancelled itself on SIGINT/SIGTERM); a job still recorded means the main step was killed
 * first, so it is cancelled here. Nothing recorded (every other command) = nothing loaded.
 */
export async function runPost(env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const raw = env[`STATE_${JOBS_STATE}`];
  if (!raw || raw.trim() === '' || raw.trim() === '[]') return;
  const logger = actionLogger('post');
  let jobs: TrackedJob[];
  try {
    jobs = (JSON.parse(raw) as TrackedJob[]).filter((j) => j && typeof j.name === 'string');
  } catch {
    core.warning(`kfp-action post: unreadable saved state ${JOBS_STATE}: ${raw.slice(0, 200)}`);
    return;
  }
  const { createVertexClients } = await import('./adapters/vertex/index.js');
  for (const job of jobs) {
    // Made inside the try: a client that cannot be made is a warning too, never a stack trace.
    let clients: VertexClients | undefined;
    try {
      clients = createVertexClients(job.region, env, logger.withNamespace('vertex'));
      const current = await clients.pipelines.getPipelineJob(job.name);
      if (TERMINAL_PIPELINE_STATES.has(current.state) || current.state === 'CANCELLING') {
        logger.info(`${job.name} is ${current.state}; nothing to cancel`);
        continue;
      }
      await clients.pipelines.cancelPipelineJob(job.name);
      core.warning(
        `kfp-action: the submit step ended before ${job.name} finished (was the workflow cancelled?); the Vertex job was cancelled (it was ${current.state})`,
      );
    } catch (error) {
      core.warning(
        `kfp-action post: could not cancel ${job.name}: ${describeError(error).message}`,
      );
    } finally {
      await clients?.close();
    }
  }
}
