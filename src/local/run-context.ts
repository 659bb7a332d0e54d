/**
 * What every part of one local run shares: the spec, where the run lives, the ports it works
 * through (task handler, cache, logger, progress, clock) and the results collected so far.
 */
import type { TaskResult } from '../core/result/model.js';
import type { PipelineSpec } from '../core/spec/types.js';
import type { CacheMode } from '../ports/local-runner.js';
import type { Logger } from '../ports/logger.js';
import type { TaskCache } from './cache.js';
import type { Limiter } from './limiter.js';
import type { ProgressSink } from './progress.js';
import type { TaskHandler } from './task-handler.js';

export interface RunContext {
  readonly spec: PipelineSpec;
  /** The local run id: `<pipeline>-<yyyymmdd-hhmmss>-<random>`. */
  readonly jobName: string;
  /** `<output dir>/runs/<run id>`: the local pipeline root. */
  readonly runDir: string;
  readonly workingDirectory: string;
  readonly createTime: string;
  /** Environment of every task process (PATH starts with the Python shims). */
  readonly env: Readonly<Record<string, string>>;
  /** PATH for a task whose only pip use was KFP's preamble (stripped): the venv's bin/ first,
   * so `python3` is the interpreter itself, with no shim. Undefined: always the shims. */
  readonly directPath?: string;
  readonly handler: TaskHandler;
  readonly cache: TaskCache;
  readonly cacheMode: CacheMode;
  readonly failFast: boolean;
  /** Bounds the task processes running at once (DAG tasks take no slot). */
  readonly limiter: Limiter;
  /** Aborted on the first failure when failing fast. */
  readonly abort: AbortController;
  readonly logger: Logger;
  readonly progress: ProgressSink;
  readonly now: () => Date;
  /** Distribution names in the venv, for checking pip preambles; undefined = not checked. */
  readonly installed?: ReadonlySet<string>;
  /** `--gcs-dir`: absolute folder standing for Cloud Storage (`gs://b/p` is `<gcsDir>/b/p`). */
  readonly gcsDir?: string;
  /** Every task's result, appended as tasks end. */
  readonly results: TaskResult[];
  nextTaskId(): string;
}

/** Where a task sits in the run. */
export interface TaskPlace {
  /** Task name as in the IR. */
  readonly name: string;
  /** Parent DAG task name (`for-loop-2`), absent at the root. */
  readonly parent?: string;
  /** ParallelFor iteration of the innermost loop around it. */
  readonly iteration?: number;
  /** Iterations of every loop around it, outermost first. */
  readonly iterationPath?: readonly number[];
  /** Folder of the task under the run folder. */
  readonly dir: string;
  /** For logs and progress: `for-loop-2/print-op #1`. */
  readonly display: string;
}
