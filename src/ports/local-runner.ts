import type { ParameterValue, RunResult } from '../core/result/model.js';
import type { PipelineSpec } from '../core/spec/types.js';

/** How a local run uses the task cache: `compiled` = as the spec's tasks say, `on` = every task,
 * `off` = none. */
export type CacheMode = 'compiled' | 'on' | 'off';

export interface LocalRunOptions {
  readonly spec: PipelineSpec;
  /** Root parameter values (over the spec's defaults). */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** Where the parameter values came from, for messages (`kfp-action.yaml and --param`). */
  readonly parametersSource?: string;
  /** Repository root: task processes run here. */
  readonly workingDirectory: string;
  /** Absolute output folder; the run goes to `<outputDir>/runs/<run id>`. */
  readonly outputDir: string;
  /** The venv interpreter Python components run with. */
  readonly python: string;
  readonly parallelism: number;
  readonly cacheMode: CacheMode;
  readonly failFast: boolean;
  /** Fixed run id (tests); default `<pipeline>-<time>-<random>`. */
  readonly runId?: string;
  /** A component's package version that the venv does not have is an error, not a warning. */
  readonly strictPackages?: boolean;
  /** `gs://bucket/path` → `<gcsDir>/bucket/path` (absolute), like Vertex's /gcs/ mount. */
  readonly gcsDir?: string;
}

export interface LocalRunOutcome {
  readonly result: RunResult;
  /** The run folder (local pipeline root): task folders, logs, executor inputs. */
  readonly runDir: string;
}

/**
 * The local backend as commands see it: a pipeline runner that turns a compiled spec into the
 * shared RunResult. The real one (src/local/runner.ts) runs task processes on this machine;
 * command tests hand in a fake.
 */
export interface LocalRunner {
  run(options: LocalRunOptions): Promise<LocalRunOutcome>;
}
