/**
 * Waiting for a PipelineJob: poll with backoff and jitter (fast at first, then about one call per
 * 30 s), log each task state change as it happens — one folded group per look that saw changes,
 * its title readable while folded — and stop at a terminal state, at the timeout, or when the
 * workflow is cancelled (the AbortSignal).
 */
import { TERMINAL_PIPELINE_STATES, type TaskState } from '../core/result/model.js';
import type { Logger } from '../ports/logger.js';
import type { PipelineJobView, PipelineService, TaskDetailView } from '../ports/vertex.js';
import { outputParametersOf } from '../core/vertex/run-result.js';

export interface WaitOptions {
  /** The delay before poll number `attempt` (VertexClients.pollDelayMs). */
  readonly delayMs: (attempt: number) => number;
  readonly timeoutMs: number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now: () => number;
  readonly logger: Logger;
  /** Aborted when the workflow is cancelled. */
  readonly signal?: AbortSignal;
  /** A "still running" line when nothing changed for this long (default 10 min). */
  readonly heartbeatMs?: number;
}

export type WaitOutcome =
  | { readonly kind: 'finished'; readonly job: PipelineJobView }
  | { readonly kind: 'timeout'; readonly job: PipelineJobView }
  | { readonly kind: 'interrupted'; readonly job: PipelineJobView };

const ICON: Partial<Record<TaskState, string>> = {
  RUNNING: '▶',
  SUCCEEDED: '✓',
  FAILED: '✗',
  SKIPPED: '♻',
  NOT_TRIGGERED: '⏭',
  CANCELLED: '⛔',
  CANCELLING: '⛔',
};

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s % 60).padStart(2, '0')}`;
}

/** What changed between two looks at a job, as log lines (pure; exported for tests). */
function describeChanges(
  before: ReadonlyMap<string, TaskState>,
  job: PipelineJobView,
): { title: string[]; lines: string[]; states: Map<string, TaskState> } {
  const states = new Map<string, TaskState>();
  const title: string[] = [];
  const lines: string[] = [];
  for (const task of job.tasks) {
    const key = `${task.parentTaskId ?? ''}/${task.taskName}/${task.taskId}`;
    states.set(key, task.state);
    const old = before.get(key);
    if (old === task.state) continue;
    if (isRootDag(job, task)) continue;
    title.push(
      `${task.taskName} ${ICON[task.state] ?? '·'} ${task.state.toLowerCase().replace('_', ' ')}`,
    );
    lines.push(...taskLines(task, old));
  }
  return { title, lines, states };
}

/** The pipeline itself, which Vertex lists as a task that the others name as their parent. */
function isRootDag(job: PipelineJobView, task: TaskDetailView): boolean {
  return !task.parentTaskId && job.tasks.some((t) => t.parentTaskId === task.taskId);
}

function taskLines(task: TaskDetailView, old: TaskState | undefined): string[] {
  const lines = [
    `${task.taskName}: ${old ?? 'new'} → ${task.state}${task.state === 'SKIPPED' ? ' (cache hit)' : ''}`,
  ];
  if (task.error) lines.push(`  error: ${task.error.split('\n')[0]}`);
  const params = outputParametersOf(task);
  for (const [k, v] of Object.entries(params)) lines.push(`  output ${k} = ${JSON.stringify(v)}`);
  return lines;
}

/** setTimeout as a promise that also resolves, at once, when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Polls `name` until it ends, the timeout passes, or `signal` aborts. `first` is the job as
 * create returned it (its tasks count as already logged). */
export async function waitForJob(
  service: PipelineService,
  first: PipelineJobView,
  options: WaitOptions,
): Promise<WaitOutcome> {
  const started = options.now();
  const heartbeat = options.heartbeatMs ?? 600_000;
  let lastNews = started;
  let job = first;
  let states = describeChanges(new Map(), first).states;
  let jobState = first.state;
  options.logger.info(`${first.name}: ${first.state}`);
  for (let attempt = 0; !TERMINAL_PIPELINE_STATES.has(job.state); attempt++) {
    if (options.signal?.aborted) return { kind: 'interrupted', job };
    const elapsed = options.now() - started;
    if (elapsed >= options.timeoutMs) return { kind: 'timeout', job };
    const wait = Math.min(options.delayMs(attempt), options.timeoutMs - elapsed);
    await options.sleep(wait, options.signal);
    if (options.signal?.aborted) return { kind: 'interrupted', job };
    job = await service.getPipelineJob(first.name);
    const changes = describeChanges(states, job);
    states = changes.states;
    const at = clock(options.now() - started);
    if (job.state !== jobState) changes.title.unshift(`job ${job.state}`);
    if (changes.title.length > 0) {
      lastNews = options.now();
      const lines =
        job.state !== jobState
          ? [`job: ${jobState} → ${job.state}`, ...changes.lines]
          : changes.lines;
      jobState = job.state;
      await options.logger.group(`${at} · ${changes.title.join(' · ')}`, async () => {
        for (const line of lines) options.logger.info(line);
      });
    } else if (options.now() - lastNews >= heartbeat) {
      lastNews = options.now();
      const steps = job.tasks.filter((t) => !isRootDag(job, t));
      const done = steps.filter((t) => !['RUNNING', 'PENDING'].includes(t.state)).length;
      options.logger.info(`${at} · still ${job.state} (${done} of ${steps.length} tasks done)`);
    }
  }
  if (job.error) options.logger.info(`job error: ${job.error.split('\n')[0]}`);
  return { kind: 'finished', job };
}
