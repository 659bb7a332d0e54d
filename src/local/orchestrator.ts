/**
 * The local backend's one orchestrator, as a straight line: check the parameters → lay out the
 * run folder and the Python shims → run the root DAG → turn what happened into the RunResult that
 * the Vertex backend produces too.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import { specDigest } from '../core/spec/digest.js';
import { checkParameters } from '../core/spec/parameters.js';
import type {
  ParameterValue,
  PipelineOutputs,
  PipelineState,
  RunResult,
} from '../core/result/model.js';
import type { PipelineSpec } from '../core/spec/types.js';
import type { LocalRunOptions, LocalRunOutcome } from '../ports/local-runner.js';
import type { Logger } from '../ports/logger.js';
import type { TaskCache } from './cache.js';
import { runDag } from './dag.js';
import { artifactResults } from './executor-task.js';
import { IoStore } from './io-store.js';
import { Limiter } from './limiter.js';
import type { ProgressSink } from './progress.js';
import { packageWarnings } from './package-check.js';
import {
  directPythonDir,
  installedDistributions,
  resolveInterpreter,
  writePythonShims,
} from './python-env.js';
import type { RunContext } from './run-context.js';
import type { TaskHandler } from './task-handler.js';

export interface LocalRunPorts {
  readonly handler: TaskHandler;
  readonly cache: TaskCache;
  readonly logger: Logger;
  readonly progress: ProgressSink;
  /** Environment task processes inherit (PATH, HOME, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now?: () => Date;
}

/** The root parameters: spec defaults under the given values (checked: unknown names, wrong
 * types and missing required values are errors naming the parameter). */
function rootParameters(
  spec: PipelineSpec,
  given: Readonly<Record<string, ParameterValue>>,
  source: string,
): Record<string, ParameterValue> {
  const checked = checkParameters(spec, given, source);
  if (checked.diagnostics.length > 0) {
    const n = checked.diagnostics.length;
    throw new UserError(
      `cannot run ${spec.pipelineInfo.name}: ${n} parameter problem${n > 1 ? 's' : ''}: ${checked.diagnostics.map((d) => d.message).join('; ')}`,
      checked.diagnostics,
      1,
    );
  }
  const out: Record<string, ParameterValue> = {};
  for (const [name, def] of Object.entries(spec.root.inputDefinitions?.parameters ?? {})) {
    if (def.defaultValue !== undefined) out[name] = def.defaultValue as ParameterValue;
  }
  return { ...out, ...checked.values };
}

function newRunId(name: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const safe =
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'pipeline';
  return `${safe}-${stamp}-${randomBytes(3).toString('hex')}`;
}

function pipelineState(result: readonly { state: string }[], aborted: boolean): PipelineState {
  if (result.some((t) => t.state === 'FAILED')) return 'FAILED';
  if (aborted) return 'CANCELLED';
  return 'SUCCEEDED';
}

/** Runs a compiled pipeline on this machine. */
export async function runPipelineLocally(
  options: LocalRunOptions,
  ports: LocalRunPorts,
): Promise<LocalRunOutcome> {
  const now = ports.now ?? (() => new Date());
  // 1. Parameters (errors before anything runs).
  const parameters = rootParameters(
    options.spec,
    options.parameters,
    options.parametersSource ?? 'the run options',
  );
  // 2. The run folder and the environment of the task processes.
  const created = now();
  const jobName = options.runId ?? newRunId(options.spec.pipelineInfo.name, created);
  const runDir = path.join(options.outputDir, 'runs', jobName);
  const python = resolveInterpreter(options.python, options.workingDirectory, ports.env.PATH);
  const warnings = packageWarnings(
    options.spec,
    python,
    options.strictPackages === true,
    ports.logger,
  );
  mkdirSync(runDir, { recursive: true });
  const shims = writePythonShims(path.join(runDir, '.bin'), python);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(ports.env)) if (v !== undefined) env[k] = v;
  env.PATH = `${shims}${path.delimiter}${env.PATH ?? '/usr/bin:/bin'}`;
  const pythonDir = directPythonDir(python);
  const directPath =
    pythonDir && `${pythonDir}${path.delimiter}${ports.env.PATH ?? '/usr/bin:/bin'}`;
  env.PIP_NO_INDEX = '1';
  env.PYTHONUNBUFFERED = '1';
  const installed = installedDistributions(python);
  let counter = 0;
  const ctx: RunContext = {
    spec: options.spec,
    jobName,
    runDir,
    workingDirectory: options.workingDirectory,
    createTime: created.toISOString(),
    env,
    ...(directPath ? { directPath } : {}),
    handler: ports.handler,
    cache: ports.cache,
    cacheMode: options.cacheMode,
    failFast: options.failFast,
    limiter: new Limiter(Math.max(1, options.parallelism)),
    abort: new AbortController(),
    logger: ports.logger,
    progress: ports.progress,
    now,
    ...(installed ? { installed } : {}),
    ...(options.gcsDir ? { gcsDir: path.resolve(options.workingDirectory, options.gcsDir) } : {}),
    results: [],
    nextTaskId: () => `${jobName}-${++counter}`,
  };
  // 3. The root DAG.
  const store = new IoStore(parameters, {}, '');
  let outputs: PipelineOutputs | undefined;
  try {
    const outcome = await runDag(ctx, options.spec.root, store, {
      dir: path.join(runDir, 'tasks'),
    });
    const artifacts = artifactResults(outcome.outputs);
    if (Object.keys(outcome.outputs.parameters).length > 0 || artifacts.length > 0)
      outputs = { parameters: outcome.outputs.parameters, artifacts };
  } finally {
    ports.progress.finish();
  }
  // 4. The result model.
  const at = (t: { startTime?: string; endTime?: string }) => t.startTime ?? t.endTime ?? '~';
  const tasks = [...ctx.results].sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
  const failed = tasks.filter(
    (t) => t.state === 'FAILED' && !tasks.some((c) => c.parent === t.name && c.state === 'FAILED'),
  );
  const result: RunResult = {
    backend: 'local',
    pipelineName: options.spec.pipelineInfo.name,
    jobName,
    ...(options.spec.pipelineInfo.displayName
      ? { displayName: options.spec.pipelineInfo.displayName }
      : {}),
    state: pipelineState(tasks, ctx.abort.signal.aborted),
    url: runDir,
    createTime: created.toISOString(),
    startTime: created.toISOString(),
    endTime: now().toISOString(),
    ...(failed.length > 0 ? { error: `task ${failed.map((t) => t.name).join(', ')} failed` } : {}),
    specDigest: specDigest(options.spec),
    parameters,
    tasks,
    ...(outputs ? { outputs } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  writeFileSync(path.join(runDir, 'result.json'), JSON.stringify(result, null, 2));
  return { result, runDir };
}
