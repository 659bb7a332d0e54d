/**
 * One executor task, as a straight line: build the executor input → resolve the command → look
 * in the cache → run the process (with its retry policy) → read its outputs → record the result.
 * Importers produce their artifact without a process.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorHeadline } from '../core/report/run-summary-text.js';
import type {
  ArtifactResult,
  ParameterValue,
  TaskResult,
  TaskState,
} from '../core/result/model.js';
import type {
  ComponentSpec,
  ContainerSpec,
  ImporterSpec,
  PipelineTaskSpec,
} from '../core/spec/types.js';
import { cacheKey } from './cache.js';
import {
  artifactType,
  buildExecutorInput,
  type ExecutorInput,
  type RuntimeArtifact,
} from './executor-input.js';
import type { TaskRecord } from './io-store.js';
import { readTaskOutputs, type TaskOutputs } from './outputs.js';
import {
  PlaceholderError,
  resolveCommand,
  resolveSelfReferences,
  resolveString,
  type PlaceholderContext,
} from './placeholders.js';
import { missingRequirements, pipRequirements, withoutPipPreamble } from './python-env.js';
import type { RunContext, TaskPlace } from './run-context.js';

export interface TaskInputs {
  readonly parameters: Record<string, ParameterValue>;
  readonly artifacts: Record<string, RuntimeArtifact[]>;
}

/** Seconds of a proto Duration string (`0s`, `1.5s`, `3600s`). */
function parseDuration(text: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(text?.trim() ?? '');
  return m ? Number(m[1]) : 0;
}

/** Backoff before retry `attempt` (1-based), in ms: duration × factor^(attempt−1), capped. */
function retryDelayMs(policy: PipelineTaskSpec['retryPolicy'], attempt: number): number {
  const base = parseDuration(policy?.backoffDuration);
  const factor = policy?.backoffFactor ?? 2;
  const max = policy?.backoffMaxDuration ? parseDuration(policy.backoffMaxDuration) : 3600;
  return Math.min(base * factor ** (attempt - 1), max) * 1000;
}

export function artifactResults(outputs: TaskOutputs): ArtifactResult[] {
  return Object.entries(outputs.artifacts).flatMap(([outputName, list]) =>
    list.map((a) => ({
      outputName,
      schemaTitle: a.type.schemaTitle,
      uri: a.uri,
      metadata: a.metadata,
      name: a.name,
    })),
  );
}

function finish(
  ctx: RunContext,
  place: TaskPlace,
  started: Date | undefined,
  state: TaskState,
  extra: {
    outputs?: TaskOutputs;
    error?: string;
    /** Documented code of a failure (docs/TROUBLESHOOTING.md, `run/…`). */
    code?: string;
    cached?: boolean;
    record?: Partial<TaskRecord>;
  },
): TaskRecord {
  const end = ctx.now();
  const result: TaskResult = {
    name: place.name,
    state,
    cached: extra.cached ?? false,
    ...(place.iteration !== undefined ? { iteration: place.iteration } : {}),
    ...(place.iterationPath ? { iterationPath: place.iterationPath } : {}),
    ...(place.parent ? { parent: place.parent } : {}),
    ...(started ? { startTime: started.toISOString(), endTime: end.toISOString() } : {}),
    ...(extra.error ? { error: extra.error } : {}),
    ...(extra.code ? { errorCode: extra.code } : {}),
    outputParameters: extra.outputs?.parameters ?? {},
    outputArtifacts: extra.outputs ? artifactResults(extra.outputs) : [],
  };
  ctx.results.push(result);
  ctx.progress.update({
    task: place.display,
    state: extra.cached ? 'CACHED' : state,
    at: end,
    ...(extra.error ? { detail: errorHeadline(extra.error) } : {}),
  });
  return {
    state: state === 'SKIPPED' ? 'SUCCEEDED' : state,
    ...(extra.outputs ? { outputs: extra.outputs } : {}),
    ...(extra.error ? { error: extra.error } : {}),
    ...extra.record,
  };
}

/** A task that will not run (condition false, upstream failed, cancelled). */
export function notRun(
  ctx: RunContext,
  place: TaskPlace,
  state: 'NOT_TRIGGERED' | 'CANCELLED',
  skipped: TaskRecord['skipped'],
  why: string,
): TaskRecord {
  ctx.logger.debug(`${place.display}: ${state.toLowerCase().replace('_', ' ')} (${why})`);
  return finish(ctx, place, undefined, state, { record: { skipped, error: why } });
}

function placeholderContext(
  ctx: RunContext,
  place: TaskPlace,
  ei: ExecutorInput,
): PlaceholderContext {
  return {
    executorInput: ei,
    jobName: ctx.jobName,
    jobId: ctx.jobName,
    taskName: place.name,
    taskId: ctx.nextTaskId(),
    pipelineRoot: ctx.runDir,
    workspacePath: path.join(ctx.runDir, 'workspace'),
    createTime: ctx.createTime,
  };
}

function useCache(ctx: RunContext, task: PipelineTaskSpec): boolean {
  if (ctx.cacheMode === 'off') return false;
  return ctx.cacheMode === 'on' || task.cachingOptions?.enableCache === true;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** Runs a container task (the host runs the container's command; the image is only named). */
export async function runContainerTask(
  ctx: RunContext,
  place: TaskPlace,
  task: PipelineTaskSpec,
  component: ComponentSpec,
  container: ContainerSpec,
  inputs: TaskInputs,
  /** Stops the task; exit handlers get one that fail-fast does not abort. */
  signal: AbortSignal = ctx.abort.signal,
): Promise<TaskRecord> {
  // Until the task holds a parallelism slot this is when it was reached; from then on, when its
  // first attempt got the slot: the recorded duration never includes the wait for a slot.
  let started = ctx.now();
  if (/^argostub\//.test(container.image) && !container.command?.length) {
    // kfp-kubernetes CreatePVC/DeletePVC: placeholders that KFP on Kubernetes carries out.
    return finish(ctx, place, started, 'FAILED', {
      error: `${place.name} is a kfp-kubernetes volume step (image ${container.image}): only KFP on Kubernetes can carry it out — neither Vertex AI nor a local run has PersistentVolumeClaims; keep it out of the part you run here`,
      code: 'run/kubernetes-only',
    });
  }
  if (!container.command || container.command.length === 0) {
    return finish(ctx, place, started, 'FAILED', {
      error: `the container has no command: on Vertex the entrypoint of image ${container.image} would run, and images are not run locally`,
      code: 'run/unsupported',
    });
  }
  // 1. Executor input and command.
  let ei = buildExecutorInput(component, inputs.parameters, inputs.artifacts, place.dir);
  let argv: string[];
  let env: Record<string, string>;
  try {
    const phctx = placeholderContext(ctx, place, ei);
    ei = resolveSelfReferences(phctx);
    const resolved = { ...phctx, executorInput: ei };
    argv = resolveCommand([...(container.command ?? []), ...(container.args ?? [])], resolved);
    env = { ...ctx.env };
    // KFP's pip preamble is skipped locally: when it is the only pip use (or there is none), run
    // what it would run with the venv's python3 first on PATH — no `sh`, no shim per call.
    const direct = withoutPipPreamble(argv) ?? argv;
    if (ctx.directPath !== undefined && !direct.some((a) => /\bpip\b|ensurepip/.test(a))) {
      argv = direct;
      env.PATH = ctx.directPath;
    }
    for (const e of container.env ?? []) env[e.name] = resolveString(e.value, resolved);
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error;
    return finish(ctx, place, started, 'FAILED', {
      error: `cannot build the command: ${error.message}`,
      code: 'run/command',
    });
  }
  // 2. Cache.
  const key = useCache(ctx, task)
    ? cacheKey({
        component,
        executor: { container },
        parameters: ei.inputs.parameterValues,
        artifacts: Object.fromEntries(
          Object.entries(ei.inputs.artifacts).map(([k, l]) => [k, l.artifacts]),
        ),
        ...(task.cachingOptions?.cacheKey ? { customKey: task.cachingOptions.cacheKey } : {}),
      })
    : undefined;
  const hit = key !== undefined ? ctx.cache.get(key) : undefined;
  if (hit) {
    ctx.logger.debug(`${place.display}: cache hit (from ${hit.run})`);
    return finish(ctx, place, started, 'SKIPPED', { outputs: hit.outputs, cached: true });
  }
  // 3. Run, with the task's retry policy.
  for (const dir of ['outputs', 'artifacts', 'tmp'])
    mkdirSync(path.join(place.dir, dir), { recursive: true });
  writeFileSync(path.join(place.dir, 'executor_input.json'), JSON.stringify(ei, null, 2));
  const missing = ctx.installed
    ? missingRequirements(pipRequirements(container.command ?? []), ctx.installed)
    : [];
  if (missing.length > 0) {
    ctx.logger.warning(
      `${place.display}: its pip install names ${missing.join(', ')}, not found in the venv; the install is skipped (offline) — add them to requirements.txt if the task fails to import them`,
    );
  }
  let holdsSlot = false;
  const attempts = 1 + Math.max(0, task.retryPolicy?.maxRetryCount ?? 0);
  let failure = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      ctx.progress.update({
        task: place.display,
        state: 'RETRYING',
        at: ctx.now(),
        detail: `attempt ${attempt} of ${attempts}`,
      });
      await sleep(retryDelayMs(task.retryPolicy, attempt - 1), signal);
    }
    if (signal.aborted) {
      return finish(ctx, place, started, 'CANCELLED', {
        error: 'cancelled: another task failed (fail-fast)',
      });
    }
    // The slot is held from RUNNING to the task's final state, outputs read included, so at
    // --parallelism N no more than N tasks ever show RUNNING.
    const release = await ctx.limiter.acquire();
    try {
      if (!holdsSlot) {
        holdsSlot = true;
        started = ctx.now();
        ctx.progress.update({
          task: place.display,
          state: 'RUNNING',
          at: started,
          detail: `image ${container.image}`,
        });
      }
      const outcome = await ctx.handler.run({
        argv,
        env: { ...env, TMPDIR: path.join(place.dir, 'tmp') },
        cwd: ctx.workingDirectory,
        logFile: path.join(place.dir, attempts > 1 ? `log-${attempt}.txt` : 'log.txt'),
        signal,
        onLine: (line) => ctx.logger.debug(`${place.display}: ${line}`),
      });
      if (outcome.aborted) {
        return finish(ctx, place, started, 'CANCELLED', {
          error: 'cancelled: another task failed (fail-fast)',
        });
      }
      if (outcome.exitCode === 0) {
        // 4. Outputs.
        const read = readTaskOutputs(component, ei);
        if (read.ok) {
          if (key !== undefined) {
            const files = Object.values(read.outputs.artifacts).flatMap((l) => l.map((a) => a.uri));
            ctx.cache.put({
              key,
              run: ctx.jobName,
              task: place.display,
              outputs: read.outputs,
              files: files.filter((f) => existsSync(f)),
            });
          }
          return finish(ctx, place, started, 'SUCCEEDED', { outputs: read.outputs });
        }
        failure = read.error;
      } else {
        const how =
          outcome.startError ??
          `exited with code ${outcome.exitCode ?? 'none (killed by a signal)'}`;
        failure = `${how}${outcome.tail ? `\n${outcome.tail}` : ''}`;
      }
      if (attempt === attempts) return failed(ctx, place, started, attempts, failure, ei);
    } finally {
      release();
    }
  }
  return failed(ctx, place, started, attempts, failure, ei);
}

function failed(
  ctx: RunContext,
  place: TaskPlace,
  started: Date,
  attempts: number,
  failure: string,
  ei: ExecutorInput,
): TaskRecord {
  const cloud = cloudStorageHint(ctx, ei, failure);
  return finish(ctx, place, started, 'FAILED', {
    error: `${cloud ? `${cloud}\n` : ''}${attempts > 1 ? `failed ${attempts} times; last attempt: ${failure}` : failure}`,
    code: cloud ? 'run/gcs-uri' : 'run/task-failed',
  });
}

/** `gs://bucket/path` as `<gcsDir>/bucket/path`, when --gcs-dir is set and the URI is one. */
function cloudStoragePath(ctx: RunContext, uri: string): string | undefined {
  if (!ctx.gcsDir || !uri.startsWith('gs://')) return undefined;
  const rest = uri.slice('gs://'.length);
  const mapped = path.resolve(ctx.gcsDir, rest);
  // `gs://../x` must not leave the folder.
  return mapped.startsWith(ctx.gcsDir + path.sep) ? mapped : undefined;
}

/**
 * Why a task failed when it used Cloud Storage: an input artifact at `gs://` (the KFP executor
 * reads it at /gcs/…, Vertex's mount) or a `/gcs/` path (an artifact's custom_path) in its
 * error. Undefined when neither.
 */
function cloudStorageHint(ctx: RunContext, ei: ExecutorInput, failure: string): string | undefined {
  const remote = Object.values(ei.inputs.artifacts)
    .flatMap((l) => l.artifacts)
    .map((a) => a.uri)
    .find((u) => /^(gs|s3|minio):\/\//.test(u));
  const mount = /(?:^|[\s'"(])(\/(?:gcs|s3|minio)\/[^\s'")]*)/.exec(failure)?.[1];
  if (!remote && !mount) return undefined;
  const what = remote ? `its input artifact ${remote}` : `the path ${mount}`;
  if (remote && !remote.startsWith('gs://'))
    return `${what} is in remote storage, which a local run cannot read: use a local path or a gs:// URI with --gcs-dir`;
  return ctx.gcsDir
    ? `${what} is Cloud Storage (read at /gcs/… on Vertex); --gcs-dir maps only importer URIs (gs://bucket/path → ${ctx.gcsDir}/bucket/path): import the artifact with dsl.importer, or run this step on Vertex`
    : `${what} is Cloud Storage, which Vertex mounts at /gcs/ and this machine does not: copy the objects to a folder and run with --gcs-dir DIR (gs://bucket/path is then DIR/bucket/path), or run on Vertex (submit)`;
}

/** An importer task: its artifact is the URI it names (not downloaded), with its metadata. */
export function runImporterTask(
  ctx: RunContext,
  place: TaskPlace,
  component: ComponentSpec,
  importer: ImporterSpec,
  inputs: TaskInputs,
): TaskRecord {
  const started = ctx.now();
  try {
    const ei = buildExecutorInput(component, inputs.parameters, inputs.artifacts, place.dir);
    const phctx = placeholderContext(ctx, place, ei);
    const fromParam = importer.artifactUri?.runtimeParameter;
    const uriValue =
      fromParam !== undefined
        ? ei.inputs.parameterValues[fromParam]
        : importer.artifactUri?.constant;
    if (typeof uriValue !== 'string' || uriValue === '') {
      return finish(ctx, place, started, 'FAILED', {
        error: `the importer has no artifact URI${fromParam ? ` (input "${fromParam}" has no value)` : ''}`,
        code: 'run/command',
      });
    }
    const resolveDeep = (v: unknown): unknown =>
      typeof v === 'string'
        ? resolveString(v, phctx)
        : Array.isArray(v)
          ? v.map(resolveDeep)
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.entries(v).map(([k, x]) => [resolveString(k, phctx), resolveDeep(x)]),
              )
            : v;
    const mapped = cloudStoragePath(ctx, uriValue);
    if (mapped && !existsSync(mapped)) {
      return finish(ctx, place, started, 'FAILED', {
        error: `the importer's ${uriValue} is ${mapped} with --gcs-dir, and that does not exist: copy it there (gcloud storage cp -r ${uriValue} ${path.dirname(mapped)}/)`,
        code: 'run/gcs-uri',
      });
    }
    const artifact: RuntimeArtifact = {
      name: 'artifact',
      type: artifactType(importer.typeSchema),
      uri: mapped ?? uriValue,
      metadata: (resolveDeep(importer.metadata ?? {}) as Record<string, unknown>) ?? {},
    };
    ctx.logger.debug(
      `${place.display}: imports ${uriValue}${mapped ? ` from ${mapped} (--gcs-dir)` : ''}`,
    );
    return finish(ctx, place, started, 'SUCCEEDED', {
      outputs: { parameters: {}, artifacts: { artifact: [artifact] } },
    });
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error;
    return finish(ctx, place, started, 'FAILED', {
      error: `cannot resolve the importer: ${error.message}`,
      code: 'run/command',
    });
  }
}

/** Records the end of a DAG task (condition, loop, exit handler, nested pipeline). */
export function finishDagTask(
  ctx: RunContext,
  place: TaskPlace,
  started: Date,
  state: TaskState,
  outputs: TaskOutputs,
  error?: string,
  code?: string,
): TaskRecord {
  // A DAG's artifact outputs are its inner tasks' artifacts, listed again (as Vertex lists a
  // sub-pipeline's outputs); extractMetrics counts each artifact once, for its producer.
  return finish(ctx, place, started, state, {
    outputs,
    ...(error ? { error } : {}),
    ...(code ? { code } : {}),
    record: { outputs },
  });
}
