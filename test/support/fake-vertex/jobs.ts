/**
 * One PipelineJob held by the fake server and its wire form, shaped like the real
 * google.cloud.aiplatform.v1.PipelineJob: a root DAG task named after the pipeline, every other
 * task pointing at its parent by parentTaskId, output parameters in execution.metadata under
 * `output:<name>`, artifacts in `outputs` as `{artifacts: [...]}` with Struct metadata.
 */
import type { FakeJobScript, FakeJobSnapshot, FakeTask } from './scripts.js';
import { toWireStruct, toWireTimestamp, type Json } from './struct.js';

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'PAUSED']);

export class FakeJob {
  /** How many GetPipelineJob calls have seen this job (drives the script). */
  gets = 0;
  cancelRequested = false;
  private cancelledAt: number | undefined;

  constructor(
    readonly name: string,
    /** The CreatePipelineJob request's pipelineJob, as decoded from the wire. */
    readonly created: Record<string, unknown>,
    readonly pipelineName: string,
    readonly script: FakeJobScript,
    readonly createMs: number,
  ) {}

  /** The snapshot the next GetPipelineJob returns; advances the script by one step. */
  advance(): FakeJobSnapshot {
    this.gets++;
    return this.current();
  }

  current(): FakeJobSnapshot {
    const index = Math.min(this.gets, this.script.length) - 1;
    const base = this.script[Math.max(0, index)] ?? { state: 'PENDING', tasks: [] };
    if (!this.cancelRequested || TERMINAL.has(base.state)) return base;
    // Cancelling takes one more look: CANCELLING first, then CANCELLED with open tasks cancelled.
    this.cancelledAt ??= this.gets;
    if (this.gets <= this.cancelledAt) return { ...base, state: 'CANCELLING' };
    return {
      state: 'CANCELLED',
      tasks: base.tasks.map((t) =>
        t.state === 'RUNNING' || t.state === 'PENDING' ? { ...t, state: 'CANCELLED' } : t,
      ),
      error: 'CANCELED',
    };
  }

  /** The wire PipelineJob for a snapshot. */
  toWire(snapshot: FakeJobSnapshot): Record<string, unknown> {
    const stateKey = `PIPELINE_STATE_${snapshot.state}`;
    const created = this.created;
    let clock = this.createMs + 5_000;
    const rootId = 1000;
    const parents = new Map<string, number>();
    snapshot.tasks.forEach((t, i) => parents.set(t.name, rootId + 1 + i));
    const taskDetails = [
      {
        taskId: String(rootId),
        taskName: this.pipelineName,
        state: snapshot.state === 'RUNNING' ? 'RUNNING' : taskStateOfJob(snapshot.state),
        createTime: toWireTimestamp(this.createMs),
        startTime: toWireTimestamp(this.createMs),
        execution: { name: `${this.name}/executions/root`, schemaTitle: 'system.DagExecution' },
      },
      ...snapshot.tasks.map((task, i) => {
        const seconds = task.seconds ?? 60;
        const start = clock;
        clock += seconds * 1000;
        return wireTask(
          task,
          rootId + 1 + i,
          parents.get(task.parent ?? '') ?? rootId,
          start,
          clock,
        );
      }),
    ];
    const finished = TERMINAL.has(snapshot.state);
    return {
      name: this.name,
      displayName: created.displayName ?? '',
      createTime: toWireTimestamp(this.createMs),
      startTime: toWireTimestamp(this.createMs + 1000),
      updateTime: toWireTimestamp(clock),
      ...(finished ? { endTime: toWireTimestamp(clock) } : {}),
      pipelineSpec: created.pipelineSpec,
      state: stateKey,
      jobDetail: {
        pipelineContext: { name: `${this.name}/contexts/pipeline` },
        pipelineRunContext: { name: `${this.name}/contexts/run` },
        taskDetails,
      },
      ...(snapshot.error ? { error: { code: 1, message: snapshot.error } } : {}),
      labels: created.labels ?? {},
      runtimeConfig: created.runtimeConfig,
      serviceAccount: created.serviceAccount ?? '',
      network: created.network ?? '',
      templateUri: created.templateUri ?? '',
      // Output only: set on the runs a Schedule started.
      ...(created.scheduleName ? { scheduleName: created.scheduleName } : {}),
    };
  }
}

function taskStateOfJob(state: string): string {
  if (state === 'SUCCEEDED' || state === 'FAILED' || state === 'CANCELLED') return state;
  return 'PENDING';
}

function wireTask(
  task: FakeTask,
  id: number,
  parentId: number,
  startMs: number,
  endMs: number,
): Record<string, unknown> {
  const done = !['RUNNING', 'PENDING'].includes(task.state);
  const metadata: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(task.outputParameters ?? {})) metadata[`output:${k}`] = v;
  const outputs = Object.fromEntries(
    Object.entries(task.outputs ?? {}).map(([outputName, artifacts]) => [
      outputName,
      {
        artifacts: artifacts.map((a, j) => ({
          name: `projects/p/locations/r/metadataStores/default/artifacts/${id}-${outputName}-${j}`,
          displayName: a.displayName ?? outputName,
          uri: a.uri ?? `gs://fake-bucket/root/${task.name}/${outputName}`,
          schemaTitle: a.schemaTitle,
          schemaVersion: '0.0.1',
          state: 'LIVE',
          metadata: toWireStruct(a.metadata ?? {}),
        })),
      },
    ]),
  );
  return {
    taskId: String(id),
    parentTaskId: String(parentId),
    taskName: task.name,
    taskUniqueName: `${task.name}-${id}`,
    createTime: toWireTimestamp(startMs),
    ...(task.state === 'NOT_TRIGGERED' ? {} : { startTime: toWireTimestamp(startMs) }),
    ...(done && task.state !== 'NOT_TRIGGERED' ? { endTime: toWireTimestamp(endMs) } : {}),
    state: task.state,
    ...(task.state === 'NOT_TRIGGERED'
      ? {}
      : {
          execution: {
            name: `projects/p/locations/r/metadataStores/default/executions/${id}`,
            displayName: task.name,
            state: done ? (task.state === 'FAILED' ? 'FAILED' : 'COMPLETE') : 'RUNNING',
            schemaTitle: 'system.ContainerExecution',
            metadata: toWireStruct(metadata),
          },
        }),
    ...(task.error ? { error: { code: 9, message: task.error } } : {}),
    outputs,
    pipelineTaskStatus: [
      { updateTime: toWireTimestamp(startMs), state: 'RUNNING' },
      ...(done ? [{ updateTime: toWireTimestamp(endMs), state: task.state }] : []),
    ],
  };
}
