/**
 * The one thing the orchestrator asks of the machine: run one task's process to its end. The
 * subprocess implementation is ./subprocess-handler.ts; tests hand in fakes of this interface.
 */

export interface TaskProcessRequest {
  /** Resolved argv (command + args, placeholders filled in). */
  readonly argv: readonly string[];
  /** The complete environment of the process. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** Where stdout and stderr go (both, interleaved). */
  readonly logFile: string;
  /** Aborted = stop the process (fail-fast, or the run was cancelled). */
  readonly signal: AbortSignal;
  /** Each output line as it arrives (for verbose logs); optional. */
  readonly onLine?: (line: string) => void;
}

export interface TaskProcessOutcome {
  /** Exit code; null when killed by a signal or never started. */
  readonly exitCode: number | null;
  /** True when the process was stopped through `signal`. */
  readonly aborted: boolean;
  /** Last lines of the output (stdout and stderr). */
  readonly tail: string;
  /** Why it could not start (e.g. the program does not exist). */
  readonly startError?: string;
}

export interface TaskHandler {
  run(request: TaskProcessRequest): Promise<TaskProcessOutcome>;
}
