/**
 * The real ScheduleService: @google-cloud/aiplatform's v1 ScheduleServiceClient over gRPC, with
 * the conventions of the PipelineService adapter (./client.ts): deep import, regional endpoint,
 * AIPLATFORM_EMULATOR_HOST for emulators and the test fake, one awaited start (./client-start.ts),
 * transient failures retried by `withRetry` (the library does not retry these methods), errors
 * worded by `vertexError`. DeleteSchedule is a long-running operation, waited for through
 * google.longrunning.Operations like the Model Registry's (../vertex-models/operations.ts).
 *
 * The PipelineJob inside a schedule is written with ./client.ts `toPipelineJobMessage` (Struct
 * fields through the library's `toValue`) and read back with ./convert.ts.
 */
import { ScheduleServiceClient } from '@google-cloud/aiplatform/build/src/v1/schedule_service_client.js';
import { UserError } from '../../core/diagnostics.js';
import type {
  ScheduleFields,
  ScheduleState,
  ScheduleView,
  ScheduledJob,
} from '../../core/schedules/model.js';
import type { Logger } from '../../ports/logger.js';
import type { ScheduleService, VertexLocation } from '../../ports/vertex.js';
import { waitContext } from '../vertex-models/index.js';
import {
  waitForOperation,
  type PollableOperation,
  type WaitContext,
} from '../vertex-models/operations.js';
import { ClientStart } from './client-start.js';
import { clientOptions, toPipelineJobMessage, type ClientTarget } from './client.js';
import { fromStruct, fromTimestamp, fromValue } from './convert.js';
import { vertexError } from './errors.js';
import { grpcCode, TRANSIENT_CODES, withRetry } from './retry.js';

const CALL_TIMEOUT_MS = 60_000;
const DOCS = 'https://github.com/kfp-action/kfp-action/blob/main/docs/TROUBLESHOOTING.md';
const LIST_PAGE_SIZE = 100;
/** A schedule deletion takes seconds; give it a few minutes. */
const DELETE_TIMEOUT_MS = 5 * 60_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const count = (v: unknown) => {
  const n = Number(typeof v === 'object' && v !== null ? String(v) : v);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

const STATES = ['STATE_UNSPECIFIED', 'ACTIVE', 'PAUSED', 'COMPLETED'];
function scheduleState(v: unknown): ScheduleState {
  const name = typeof v === 'number' ? STATES[v] : String(v ?? '');
  return name === 'ACTIVE' || name === 'PAUSED' || name === 'COMPLETED' ? name : 'UNSPECIFIED';
}

const POLICIES: Record<string, 'fast' | 'slow'> = {
  PIPELINE_FAILURE_POLICY_FAIL_FAST: 'fast',
  PIPELINE_FAILURE_POLICY_FAIL_SLOW: 'slow',
  '2': 'fast',
  '1': 'slow',
};

/** Schedule.createPipelineJobRequest.pipelineJob → the plain job. Read defensively. */
function scheduledJob(v: unknown): ScheduledJob {
  const job = isObj(v) ? v : {};
  const runtime = isObj(job.runtimeConfig) ? job.runtimeConfig : {};
  const values = isObj(runtime.parameterValues) ? runtime.parameterValues : {};
  const parameterValues: ScheduledJob['parameterValues'] = Object.fromEntries(
    Object.entries(values)
      .map(([k, pv]) => [k, fromValue(pv)] as const)
      .filter(([, pv]) => pv !== undefined),
  ) as ScheduledJob['parameterValues'];
  const labels: Record<string, string> = {};
  if (isObj(job.labels)) for (const [k, l] of Object.entries(job.labels)) labels[k] = String(l);
  const encryption = isObj(job.encryptionSpec) ? job.encryptionSpec : {};
  const policy = POLICIES[String(runtime.failurePolicy ?? '')];
  return {
    displayName: text(job.displayName) ?? '',
    pipelineSpec: fromStruct(job.pipelineSpec),
    parameterValues,
    pipelineRoot: text(runtime.gcsOutputDirectory) ?? '',
    labels,
    ...(text(job.serviceAccount) ? { serviceAccount: text(job.serviceAccount) } : {}),
    ...(text(job.network) ? { network: text(job.network) } : {}),
    ...(text(encryption.kmsKeyName) ? { kmsKey: text(encryption.kmsKeyName) } : {}),
    ...(policy ? { failurePolicy: policy } : {}),
  };
}

/** A Schedule message → the plain view. */
export function scheduleView(v: unknown): ScheduleView {
  const s = isObj(v) ? v : {};
  const request = isObj(s.createPipelineJobRequest) ? s.createPipelineJobRequest : {};
  const start = fromTimestamp(s.startTime);
  const end = fromTimestamp(s.endTime);
  const created = fromTimestamp(s.createTime);
  const next = fromTimestamp(s.nextRunTime);
  const maxRuns = count(s.maxRunCount);
  const started = count(s.startedRunCount);
  return {
    name: text(s.name) ?? '',
    displayName: text(s.displayName) ?? '',
    cron: text(s.cron) ?? '',
    maxConcurrentRunCount: count(s.maxConcurrentRunCount) ?? 0,
    ...(start ? { startTime: start } : {}),
    ...(end ? { endTime: end } : {}),
    ...(maxRuns ? { maxRunCount: maxRuns } : {}),
    allowQueueing: s.allowQueueing === true,
    job: scheduledJob(request.pipelineJob),
    state: scheduleState(s.state),
    ...(created ? { createTime: created } : {}),
    ...(next ? { nextRunTime: next } : {}),
    ...(started ? { startedRunCount: started } : {}),
    ...(s.catchUp === true ? { catchUp: true } : {}),
  };
}

function timestamp(iso: string): { seconds: number; nanos: number } {
  const ms = Date.parse(iso);
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}

/** The Schedule message for create and update. */
export function toScheduleMessage(location: VertexLocation, fields: ScheduleFields): Obj {
  const parent = `projects/${location.project}/locations/${location.region}`;
  const job = fields.job;
  const pipelineJob = toPipelineJobMessage({
    location,
    jobId: '',
    displayName: job.displayName,
    pipelineSpec: job.pipelineSpec,
    parameterValues: job.parameterValues,
    pipelineRoot: job.pipelineRoot,
    labels: job.labels,
    ...(job.serviceAccount ? { serviceAccount: job.serviceAccount } : {}),
    ...(job.network ? { network: job.network } : {}),
    ...(job.kmsKey ? { kmsKey: job.kmsKey } : {}),
    ...(job.failurePolicy ? { failurePolicy: job.failurePolicy } : {}),
  });
  return {
    displayName: fields.displayName,
    cron: fields.cron,
    maxConcurrentRunCount: fields.maxConcurrentRunCount,
    ...(fields.startTime ? { startTime: timestamp(fields.startTime) } : {}),
    ...(fields.endTime ? { endTime: timestamp(fields.endTime) } : {}),
    ...(fields.maxRunCount ? { maxRunCount: fields.maxRunCount } : {}),
    allowQueueing: fields.allowQueueing,
    // No pipelineJobId: Vertex names each run itself (a fixed id would collide on the second).
    createPipelineJobRequest: { parent, pipelineJob },
  };
}

/** `display_name:"prefix*"`, AIP-160 wildcard; `"` and `\` escaped. */
export function prefixFilter(prefix: string): string {
  return `display_name:"${prefix.replace(/["\\*]/g, '\\$&')}*" AND create_pipeline_job_request:*`;
}

export class GrpcScheduleService implements ScheduleService {
  private readonly client: ScheduleServiceClient;
  private readonly start: ClientStart;

  constructor(
    target: ClientTarget,
    private readonly context: WaitContext,
  ) {
    this.client = new ScheduleServiceClient(clientOptions(target));
    this.start = new ClientStart(this.client);
  }

  private async call<T>(method: string, doing: string, resource: string, run: () => Promise<T>) {
    try {
      await this.start.ready();
      return await withRetry(method, run, this.context);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw vertexError(doing, resource, error);
    }
  }

  async listSchedules(
    location: VertexLocation,
    displayNamePrefix: string,
  ): Promise<ScheduleView[]> {
    const parent = `projects/${location.project}/locations/${location.region}`;
    const filter = prefixFilter(displayNamePrefix);
    const out: ScheduleView[] = [];
    let pageToken = '';
    do {
      const request = {
        parent,
        filter,
        pageSize: LIST_PAGE_SIZE,
        ...(pageToken ? { pageToken } : {}),
      };
      const [page, , response] = await this.call(
        'ListSchedules',
        'list the schedules in',
        parent,
        () => this.client.listSchedules(request, { autoPaginate: false, timeout: CALL_TIMEOUT_MS }),
      );
      for (const s of page) out.push(scheduleView(s));
      pageToken = response?.nextPageToken ?? '';
    } while (pageToken);
    // A listing is trusted for nothing: keep only what really carries the prefix.
    return out.filter((s) => s.displayName.startsWith(displayNamePrefix));
  }

  async getSchedule(name: string): Promise<ScheduleView> {
    const [s] = await this.call('GetSchedule', 'read the schedule', name, () =>
      this.client.getSchedule({ name }, { timeout: CALL_TIMEOUT_MS }),
    );
    return scheduleView(s);
  }

  /**
   * CreateSchedule is not idempotent (Vertex picks the id), so a create whose answer was lost
   * must not simply be sent again: after a transient failure, the schedule is looked up by its
   * display name first, and only created again when it is not there.
   */
  async createSchedule(location: VertexLocation, fields: ScheduleFields): Promise<ScheduleView> {
    const parent = `projects/${location.project}/locations/${location.region}`;
    const schedule = toScheduleMessage(location, fields);
    let failedBefore = false;
    const [s] = await this.call(
      'CreateSchedule',
      `create the schedule "${fields.displayName}" in`,
      parent,
      async () => {
        if (failedBefore) {
          const existing = await this.findByDisplayName(parent, fields.displayName);
          if (existing) return [existing] as const;
        }
        try {
          return await this.client.createSchedule(
            { parent, schedule },
            { timeout: CALL_TIMEOUT_MS },
          );
        } catch (error) {
          const code = grpcCode(error);
          if (code !== undefined && TRANSIENT_CODES.has(code)) failedBefore = true;
          throw error;
        }
      },
    );
    return scheduleView(s);
  }

  /** The schedule with exactly this display name, read once (no retry of its own). */
  private async findByDisplayName(parent: string, displayName: string): Promise<unknown> {
    const filter = `display_name="${displayName.replace(/["\\]/g, '\\$&')}"`;
    const [page] = await this.client.listSchedules(
      { parent, filter, pageSize: 10 },
      { autoPaginate: false, timeout: CALL_TIMEOUT_MS },
    );
    return page.find((s) => s.displayName === displayName);
  }

  async updateSchedule(
    name: string,
    fields: ScheduleFields,
    mask: readonly string[],
  ): Promise<ScheduleView> {
    const m = /^projects\/([^/]+)\/locations\/([^/]+)\//.exec(name);
    const location = { project: m?.[1] ?? '', region: m?.[2] ?? '' };
    const schedule = { ...toScheduleMessage(location, fields), name };
    const [s] = await this.call('UpdateSchedule', 'update the schedule', name, () =>
      this.client.updateSchedule(
        { schedule, updateMask: { paths: [...mask] } },
        { timeout: CALL_TIMEOUT_MS },
      ),
    );
    return scheduleView(s);
  }

  async pauseSchedule(name: string): Promise<void> {
    await this.call('PauseSchedule', 'pause the schedule', name, () =>
      this.client.pauseSchedule({ name }, { timeout: CALL_TIMEOUT_MS }),
    );
  }

  async resumeSchedule(name: string, catchUp: boolean): Promise<void> {
    await this.call('ResumeSchedule', 'resume the schedule', name, () =>
      this.client.resumeSchedule({ name, catchUp }, { timeout: CALL_TIMEOUT_MS }),
    );
  }

  async deleteSchedule(name: string): Promise<void> {
    const [operation] = await this.call('DeleteSchedule', 'delete the schedule', name, () =>
      this.client.deleteSchedule({ name }, { timeout: CALL_TIMEOUT_MS }),
    );
    try {
      await waitForOperation(
        `deleting schedule ${name}`,
        operation as unknown as PollableOperation<unknown>,
        { ...this.context, timeoutMs: DELETE_TIMEOUT_MS },
      );
    } catch (error) {
      if (!(error instanceof UserError)) throw vertexError('delete the schedule', name, error);
      // The operation waiter speaks of promotions; say what it was here.
      const first = error.diagnostics[0];
      const timedOut = first?.code === 'promote/operation-timeout';
      const text = `${timedOut ? 'deleting' : 'could not delete'} schedule ${name}${timedOut ? ' did not finish in time' : ''}: ${first?.message ?? error.message.split('\n')[0]}`;
      throw new UserError(
        `${text}\n  Re-run the step: it plans again from what Vertex holds.\n  See ${DOCS}#schedulesdelete-failed`,
        [{ code: 'schedules/delete-failed', severity: 'error', message: text }],
      );
    }
  }

  async close(): Promise<void> {
    await this.start.close();
  }
}

export function createScheduleService(
  region: string,
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): ScheduleService {
  const emulatorHost = env.AIPLATFORM_EMULATOR_HOST?.trim() || undefined;
  const context = waitContext({ env, logger, operationTimeoutMs: DELETE_TIMEOUT_MS });
  return new GrpcScheduleService({ region, ...(emulatorHost ? { emulatorHost } : {}) }, context);
}
