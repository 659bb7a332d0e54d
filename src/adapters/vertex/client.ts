/**
 * The real PipelineService: @google-cloud/aiplatform's v1 PipelineServiceClient over gRPC.
 *
 * - Imported by its deep path: the package root loads every v1 and v1beta1 client (~40 MB).
 * - Regional endpoint `{region}-aiplatform.googleapis.com`, Application Default Credentials
 *   (the file google-github-actions/auth writes for Workload Identity Federation).
 * - AIPLATFORM_EMULATOR_HOST=host:port (tests, emulators): insecure channel made with the grpc
 *   that google-gax re-exports (another copy of grpc-js is rejected), `universeDomain` set so
 *   auth does not probe the metadata server, no credentials.
 * - Struct fields go through the library's `helpers.toValue`: plain JSON would be dropped to `{}`.
 * - Pipeline methods are not retried by the library: every call goes through `withRetry`
 *   (ListPipelineJobs page by page).
 * - The client is started once, awaited, before the first call (./client-start.ts).
 */
import { PipelineServiceClient } from '@google-cloud/aiplatform/build/src/v1/pipeline_service_client.js';
import { toValue } from '@google-cloud/aiplatform/build/src/helpers.js';
import { grpc, type ClientOptions } from 'google-gax';
import type { ParameterValue } from '../../core/result/model.js';
import type { Logger } from '../../ports/logger.js';
import type {
  PipelineJobQuery,
  PipelineJobRequest,
  PipelineJobSummary,
  PipelineJobView,
  PipelineService,
  SubmittedJob,
} from '../../ports/vertex.js';
import { UserError } from '../../core/diagnostics.js';
import { ClientStart } from './client-start.js';
import { pipelineJobView } from './convert.js';
import { labelsFilter, NEWEST_FIRST, SUMMARY_FIELDS } from './job-filter.js';
import { vertexError } from './errors.js';
import { Code, grpcCode, withRetry, type RetryContext } from './retry.js';
import { VERSION } from '../../core/version.js';

export interface ClientTarget {
  readonly region: string;
  /** `host:port` of an emulator / fake; empty for the real service. */
  readonly emulatorHost?: string;
}

/** Options for a v1 client of any service (Pipeline, Model, Endpoint) at one region. */
export function clientOptions(target: ClientTarget): ClientOptions {
  // x-goog-api-client names us (`kfp-action/<version>`) next to gax's own tokens.
  const lib = { libName: 'kfp-action', libVersion: VERSION };
  if (target.emulatorHost) {
    const colon = target.emulatorHost.lastIndexOf(':');
    const host = colon > 0 ? target.emulatorHost.slice(0, colon) : target.emulatorHost;
    const port = colon > 0 ? Number(target.emulatorHost.slice(colon + 1)) : 443;
    return {
      ...lib,
      apiEndpoint: host,
      servicePath: host,
      port,
      sslCreds: grpc.credentials.createInsecure(),
      universeDomain: 'googleapis.com',
      // An emulator needs no token: a fixed one keeps google-auth-library from looking for ADC.
      authClient: emulatorAuthClient() as ClientOptions['authClient'],
    };
  }
  return { ...lib, apiEndpoint: `${target.region}-aiplatform.googleapis.com` };
}

/** A stand-in auth client for emulators: no credentials, no metadata-server probe. */
function emulatorAuthClient(): unknown {
  return {
    getRequestHeaders: async () => new Headers(),
    getAccessToken: async () => ({ token: 'emulator' }),
    getUniverseDomain: async () => 'googleapis.com',
    universeDomain: 'googleapis.com',
  };
}

/** Per-call deadline; a Get of a big job is well under a second normally. */
const CALL_TIMEOUT_MS = 60_000;

/** Jobs per ListPipelineJobs page (the service may send fewer). */
const LIST_PAGE_SIZE = 50;

function jobSummary(job: unknown): PipelineJobSummary {
  const { name, displayName, state, createTime, endTime, labels, scheduleName } =
    pipelineJobView(job);
  return {
    name,
    ...(displayName ? { displayName } : {}),
    state,
    ...(createTime ? { createTime } : {}),
    ...(endTime ? { endTime } : {}),
    labels,
    ...(scheduleName ? { scheduleName } : {}),
  };
}

export class GrpcPipelineService implements PipelineService {
  private readonly client: PipelineServiceClient;
  private readonly start: ClientStart;

  constructor(
    target: ClientTarget,
    private readonly retry: RetryContext,
    private readonly logger: Logger,
  ) {
    this.client = new PipelineServiceClient(clientOptions(target));
    this.start = new ClientStart(this.client);
  }

  /** Connects once before any call; a failed start (no credentials) is thrown here, worded,
   * and no method of the client is called (see ./client-start.ts). */
  private async ready(doing: string, resource: string): Promise<void> {
    try {
      await this.start.ready();
    } catch (error) {
      throw vertexError(doing, resource, error);
    }
  }

  async createOrAttach(
    request: PipelineJobRequest,
    options: { readonly signal?: AbortSignal } = {},
  ): Promise<SubmittedJob> {
    const { project, region } = request.location;
    const parent = `projects/${project}/locations/${region}`;
    const name = `${parent}/pipelineJobs/${request.jobId}`;
    const pipelineJob = toPipelineJobMessage(request);
    await this.ready('create the pipeline job', name);
    try {
      const [job] = await withRetry(
        'CreatePipelineJob',
        () => {
          // Checked before every try, retries included: a cancelled workflow creates no job.
          if (options.signal?.aborted) throw cancelledBeforeCreate(name);
          return this.client.createPipelineJob(
            { parent, pipelineJobId: request.jobId, pipelineJob },
            { timeout: CALL_TIMEOUT_MS },
          );
        },
        this.retry,
      );
      return { job: pipelineJobView(job), attached: false };
    } catch (error) {
      if (error instanceof UserError) throw error;
      // A re-run of the workflow (or a create whose answer was lost): the caller decides from
      // the existing job whether it is the same run (core/vertex/attach.ts).
      if (grpcCode(error) === Code.ALREADY_EXISTS) {
        this.logger.info(`${name} already exists: reading it to see whether it is the same run`);
        return { job: await this.getPipelineJob(name), attached: true };
      }
      throw vertexError('create the pipeline job', name, error);
    }
  }

  async getPipelineJob(name: string): Promise<PipelineJobView> {
    await this.ready('read the pipeline job', name);
    try {
      const [job] = await withRetry(
        'GetPipelineJob',
        () => this.client.getPipelineJob({ name }, { timeout: CALL_TIMEOUT_MS }),
        this.retry,
      );
      return pipelineJobView(job);
    } catch (error) {
      throw vertexError('read the pipeline job', name, error);
    }
  }

  async listPipelineJobs(query: PipelineJobQuery): Promise<PipelineJobSummary[]> {
    const { project, region } = query.location;
    const parent = `projects/${project}/locations/${region}`;
    const filter = labelsFilter(query.labels);
    const doing = `list the pipeline jobs with ${filter} in`;
    await this.ready(doing, parent);
    const jobs: PipelineJobSummary[] = [];
    try {
      let pageToken = '';
      do {
        const request = {
          parent,
          filter,
          orderBy: NEWEST_FIRST,
          pageSize: Math.min(LIST_PAGE_SIZE, query.limit - jobs.length),
          readMask: { paths: [...SUMMARY_FIELDS] },
          ...(pageToken ? { pageToken } : {}),
        };
        const [page, , response] = await withRetry(
          'ListPipelineJobs',
          () =>
            this.client.listPipelineJobs(request, {
              autoPaginate: false,
              timeout: CALL_TIMEOUT_MS,
            }),
          this.retry,
        );
        for (const job of page) jobs.push(jobSummary(job));
        pageToken = response?.nextPageToken ?? '';
      } while (pageToken && jobs.length < query.limit);
    } catch (error) {
      throw vertexError(doing, parent, error);
    }
    // The service orders by create time; sorting again keeps callers independent of that.
    return jobs
      .slice(0, query.limit)
      .sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''));
  }

  async cancelPipelineJob(name: string): Promise<void> {
    await this.ready('cancel the pipeline job', name);
    try {
      await withRetry(
        'CancelPipelineJob',
        () => this.client.cancelPipelineJob({ name }, { timeout: CALL_TIMEOUT_MS }),
        this.retry,
      );
    } catch (error) {
      // Cancelling a job that already finished is not an error for us.
      if (grpcCode(error) === Code.FAILED_PRECONDITION) return;
      throw vertexError('cancel the pipeline job', name, error);
    }
  }

  async close(): Promise<void> {
    await this.start.close();
  }
}

type ValueMessage = { structValue?: unknown };

function cancelledBeforeCreate(name: string): UserError {
  const message = `the workflow was cancelled before ${name} was created; nothing was submitted`;
  return new UserError(message, [{ code: 'vertex/cancelled', severity: 'error', message }]);
}

/** The PipelineJob message: Struct and Value fields converted with the library's helper. */
export function toPipelineJobMessage(request: PipelineJobRequest): Record<string, unknown> {
  const parameterValues: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(request.parameterValues)) {
    parameterValues[k] = toValue(v as Exclude<ParameterValue, null> as object);
  }
  const runtimeConfig: Record<string, unknown> = {
    gcsOutputDirectory: request.pipelineRoot,
    parameterValues,
  };
  if (request.failurePolicy) {
    runtimeConfig.failurePolicy =
      request.failurePolicy === 'fast'
        ? 'PIPELINE_FAILURE_POLICY_FAIL_FAST'
        : 'PIPELINE_FAILURE_POLICY_FAIL_SLOW';
  }
  const message: Record<string, unknown> = {
    displayName: request.displayName,
    labels: { ...request.labels },
    runtimeConfig,
  };
  if (request.pipelineSpec) {
    message.pipelineSpec = (toValue(request.pipelineSpec as object) as ValueMessage).structValue;
  }
  if (request.templateUri) message.templateUri = request.templateUri;
  if (request.serviceAccount) message.serviceAccount = request.serviceAccount;
  if (request.network) message.network = request.network;
  if (request.kmsKey) message.encryptionSpec = { kmsKeyName: request.kmsKey };
  return message;
}
