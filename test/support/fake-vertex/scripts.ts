/**
 * Scripted job progressions for the fake Vertex server: what GetPipelineJob answers call after
 * call. A script is a list of snapshots; each GetPipelineJob moves one step and the last one
 * stays. Tasks are written as JSON and turned into the real PipelineTaskDetail shape by
 * `jobs.ts` (execution.metadata["output:<name>"], outputs → {artifacts: [...]}).
 */
import type { Json } from './struct.js';

export type FakePipelineState =
  'QUEUED' | 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLING' | 'CANCELLED' | 'PAUSED';

export type FakeTaskState =
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'CANCEL_PENDING'
  | 'CANCELLING'
  | 'CANCELLED'
  | 'FAILED'
  | 'SKIPPED'
  | 'NOT_TRIGGERED';

export interface FakeArtifact {
  /** system.Metrics, system.ClassificationMetrics, system.Model, system.Dataset, … */
  readonly schemaTitle: string;
  readonly uri?: string;
  readonly displayName?: string;
  readonly metadata?: { [key: string]: Json };
}

export interface FakeTask {
  readonly name: string;
  readonly state: FakeTaskState;
  /** Parent DAG task (`condition-1`); default: the root DAG of the job. */
  readonly parent?: string;
  /** Output parameters, stored as execution.metadata["output:<name>"]. */
  readonly outputParameters?: { [key: string]: Json };
  /** Output artifacts by output name. */
  readonly outputs?: { [outputName: string]: readonly FakeArtifact[] };
  /** google.rpc.Status message of a failed task. */
  readonly error?: string;
  /** Simulated run time, for start/end timestamps (default 60). */
  readonly seconds?: number;
}

export interface FakeJobSnapshot {
  readonly state: FakePipelineState;
  readonly tasks: readonly FakeTask[];
  /** Job-level google.rpc.Status message. */
  readonly error?: string;
}

export type FakeJobScript = readonly FakeJobSnapshot[];

/**
 * The usual progression towards a final picture: PENDING with no tasks, then each task RUNNING
 * in turn (earlier ones already in their final state), then the final snapshot.
 */
export function progression(
  finalState: FakePipelineState,
  tasks: readonly FakeTask[],
  error?: string,
): FakeJobScript {
  const steps: FakeJobSnapshot[] = [{ state: 'PENDING', tasks: [] }];
  tasks.forEach((task, i) => {
    if (task.state === 'NOT_TRIGGERED' || task.state === 'SKIPPED') return;
    steps.push({
      state: 'RUNNING',
      tasks: [...tasks.slice(0, i), { ...task, state: 'RUNNING', error: undefined }],
    });
  });
  steps.push({ state: finalState, tasks, ...(error ? { error } : {}) });
  return steps;
}

/** A job that runs and never finishes on its own (for cancellation and timeout tests). */
export function runningForever(tasks: readonly FakeTask[]): FakeJobScript {
  return [
    { state: 'PENDING', tasks: [] },
    { state: 'RUNNING', tasks },
  ];
}
