/**
 * A fake Vertex AI gRPC server for tests, built from the .proto files that
 * @google-cloud/aiplatform ships, served with the grpc-js that google-gax re-exports, on
 * 127.0.0.1. The real client reaches it through AIPLATFORM_EMULATOR_HOST=host:port.
 *
 * It serves google.cloud.aiplatform.v1.PipelineService Create/Get/List/CancelPipelineJob with
 * scripted progressions (./scripts.ts), List with label filters and pages (./list-jobs.ts); it
 * can fail a share of calls with transient status codes, and logs every request (decoded) so
 * tests can check what really went over the wire.
 *
 * More services (ModelService, EndpointService, google.longrunning.Operations) plug in through
 * `extraServices` — see `FakeVertexOptions`.
 */
import protoLoader from '@grpc/proto-loader';
import { grpc } from 'google-gax';
import path from 'node:path';
import { FakeJob } from './jobs.js';
import { listPipelineJobs } from './list-jobs.js';
import { FakeStatus } from './status.js';
import { progression, type FakeJobScript } from './scripts.js';
import {
  fromWireStruct,
  fromWireValue,
  type Json,
  type WireStruct,
  type WireValue,
} from './struct.js';

const root = path.resolve(import.meta.dirname, '../../..');
export const PROTO_INCLUDE_DIRS = [
  path.join(root, 'node_modules/@google-cloud/aiplatform/build/protos'),
  path.join(root, 'node_modules/google-gax/build/protos'),
];

/** Options matching how google-gax decodes: camelCase fields, enums as names, int64 as strings. */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = {
  includeDirs: PROTO_INCLUDE_DIRS,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
};

export { FakeStatus } from './status.js';

const V1 = 'google/cloud/aiplatform/v1';

export interface LoggedCall {
  /** `PipelineService/CreatePipelineJob`, … */
  readonly method: string;
  /** The request as decoded from the wire (Struct fields stay in wire form; see helpers). */
  readonly request: Record<string, unknown>;
  /** Request metadata (headers), first value of each. */
  readonly metadata: Record<string, string>;
  /** The status code the fake answered with (0 = OK). */
  readonly code: number;
}

export interface Fault {
  readonly code: grpc.status;
  /** Do the work first, then fail (an answer lost on the way back). */
  readonly afterApplying?: boolean;
}

/** Decides per call whether it fails; `index` counts every call the server received. */
export type FaultPlan = (method: string, index: number) => Fault | undefined;

/** Fails every `n`-th call (the 2nd, 5th, 8th, … for n = 3) with the codes in turn. */
export function everyNthCall(n: number, codes: readonly grpc.status[]): FaultPlan {
  let failures = 0;
  return (_method, index) => {
    if (index % n !== 1 % n) return undefined;
    const code = codes[failures++ % codes.length]!;
    return { code };
  };
}

export type UnaryHandler = (
  request: Record<string, unknown>,
  metadata: Record<string, string>,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface ExtraService {
  /** Proto file under the aiplatform/gax include dirs, e.g. `google/cloud/aiplatform/v1/model_service.proto`. */
  readonly protoFile: string;
  /** Fully qualified service, e.g. `google.cloud.aiplatform.v1.ModelService`. */
  readonly service: string;
  /** Handlers by method name (`GetModel`); methods without one answer UNIMPLEMENTED. */
  readonly handlers: Record<string, UnaryHandler>;
}

export interface FakeVertexOptions {
  /** The script a new job follows (default: a two-task success). */
  readonly script?: (pipelineJob: Record<string, unknown>) => FakeJobScript;
  readonly faults?: FaultPlan;
  readonly extraServices?: readonly ExtraService[];
  /** The most jobs one ListPipelineJobs page carries (default 100). */
  readonly maxPageSize?: number;
}

const JOB_ID = /^[a-z][-a-z0-9]{0,127}$/;

export class FakeVertexServer {
  readonly calls: LoggedCall[] = [];
  readonly jobs = new Map<string, FakeJob>();
  script: (pipelineJob: Record<string, unknown>) => FakeJobScript;
  faults: FaultPlan | undefined;
  /** The most jobs one ListPipelineJobs page carries; lower it to make a test page. */
  maxPageSize: number;
  private callIndex = 0;

  private constructor(
    private readonly server: grpc.Server,
    readonly host: string,
    options: FakeVertexOptions,
    private readonly jobFields: ReadonlySet<string>,
  ) {
    this.script = options.script ?? (() => progression('SUCCEEDED', []));
    this.faults = options.faults;
    this.maxPageSize = options.maxPageSize ?? 100;
  }

  static async start(options: FakeVertexOptions = {}): Promise<FakeVertexServer> {
    const files = [
      `${V1}/pipeline_service.proto`,
      ...(options.extraServices ?? []).map((s) => s.protoFile),
    ];
    const definition = await protoLoader.load(files, PROTO_LOADER_OPTIONS);
    const loaded = grpc.loadPackageDefinition(definition);
    const server = new grpc.Server();
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
        err ? reject(err) : resolve(p),
      ),
    );
    const jobType = definition['google.cloud.aiplatform.v1.PipelineJob'] as {
      type: { field: { name: string }[] };
    };
    const jobFields = new Set(jobType.type.field.map((f) => f.name));
    const fake = new FakeVertexServer(server, `127.0.0.1:${port}`, options, jobFields);
    const pipelineHandlers: Record<string, UnaryHandler> = {
      CreatePipelineJob: (req) => fake.create(req),
      GetPipelineJob: (req) => fake.get(req),
      ListPipelineJobs: (req) =>
        listPipelineJobs(req, {
          jobs: fake.jobs.values(),
          maxPageSize: fake.maxPageSize,
          jobFields: fake.jobFields,
        }),
      CancelPipelineJob: (req) => fake.cancel(req),
    };
    fake.serve(loaded, 'google.cloud.aiplatform.v1.PipelineService', pipelineHandlers);
    for (const extra of options.extraServices ?? [])
      fake.serve(loaded, extra.service, extra.handlers);
    return fake;
  }

  /** Creates a job as CreatePipelineJob does, without a call on the wire (a schedule's run,
   * ./schedules.ts); returns its resource name. */
  createJob(request: Record<string, unknown>): string {
    return String(this.create(request).name);
  }

  /** Calls of one method (`CreatePipelineJob`), in order. */
  callsOf(method: string): LoggedCall[] {
    return this.calls.filter((c) => c.method.endsWith(`/${method}`));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
  }

  private serve(loaded: grpc.GrpcObject, service: string, handlers: Record<string, UnaryHandler>) {
    let node: unknown = loaded;
    for (const part of service.split('.')) node = (node as Record<string, unknown>)[part];
    const ctor = node as grpc.ServiceClientConstructor;
    const short = service.split('.').pop()!;
    const implementation: grpc.UntypedServiceImplementation = {};
    for (const method of Object.keys(ctor.service)) {
      const handler = handlers[method];
      implementation[method] = (
        call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>,
        callback: grpc.sendUnaryData<unknown>,
      ) => void this.handle(`${short}/${method}`, handler, call, callback);
    }
    this.server.addService(ctor.service, implementation);
  }

  private async handle(
    method: string,
    handler: UnaryHandler | undefined,
    call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>,
    callback: grpc.sendUnaryData<unknown>,
  ): Promise<void> {
    const metadata: Record<string, string> = {};
    for (const [k, v] of Object.entries(call.metadata.getMap())) metadata[k] = String(v);
    let fault: Fault | undefined;
    try {
      fault = this.faults?.(method, this.callIndex++);
    } catch (error) {
      // A broken fault plan must fail the call, not leave the client waiting for an answer.
      this.calls.push({ method, request: call.request, metadata, code: grpc.status.INTERNAL });
      callback({ code: grpc.status.INTERNAL, details: `fault plan threw: ${String(error)}` });
      return;
    }
    const log = (code: number) =>
      this.calls.push({ method, request: call.request, metadata, code });
    const fail = (code: grpc.status, details: string) => {
      log(code);
      callback({ code, details, metadata: new grpc.Metadata() });
    };
    if (!handler)
      return fail(grpc.status.UNIMPLEMENTED, `${method} is not implemented by the fake`);
    if (fault && !fault.afterApplying) return fail(fault.code, `injected fault on ${method}`);
    try {
      const response = await handler(call.request, metadata);
      if (fault) return fail(fault.code, `injected fault after ${method}`);
      log(0);
      callback(null, response);
    } catch (error) {
      if (error instanceof FakeStatus) return fail(error.code, error.message);
      fail(grpc.status.INTERNAL, `fake failed: ${String(error)}`);
    }
  }

  private create(request: Record<string, unknown>): Record<string, unknown> {
    const parent = String(request.parent ?? '');
    if (!/^projects\/[^/]+\/locations\/[^/]+$/.test(parent)) {
      throw new FakeStatus(grpc.status.INVALID_ARGUMENT, `bad parent "${parent}"`);
    }
    const job = (request.pipelineJob ?? {}) as Record<string, unknown>;
    const id = String(request.pipelineJobId || `job-${this.jobs.size + 1}`);
    if (!JOB_ID.test(id)) {
      throw new FakeStatus(
        grpc.status.INVALID_ARGUMENT,
        `pipelineJobId "${id}" must match ${JOB_ID}`,
      );
    }
    const spec = fromWireStruct(job.pipelineSpec as WireStruct | undefined);
    if (Object.keys(spec).length === 0 && !job.templateUri) {
      throw new FakeStatus(
        grpc.status.INVALID_ARGUMENT,
        'pipelineSpec is empty and no templateUri',
      );
    }
    const runtime = (job.runtimeConfig ?? {}) as Record<string, unknown>;
    if (!runtime.gcsOutputDirectory) {
      throw new FakeStatus(
        grpc.status.INVALID_ARGUMENT,
        'runtimeConfig.gcsOutputDirectory is required',
      );
    }
    const name = `${parent}/pipelineJobs/${id}`;
    if (this.jobs.has(name))
      throw new FakeStatus(grpc.status.ALREADY_EXISTS, `${name} already exists`);
    const info = (spec.pipelineInfo ?? {}) as { name?: string };
    const fakeJob = new FakeJob(name, job, info.name ?? id, this.script(job), Date.now());
    this.jobs.set(name, fakeJob);
    return fakeJob.toWire(fakeJob.current());
  }

  private get(request: Record<string, unknown>): Record<string, unknown> {
    const job = this.find(request);
    return job.toWire(job.advance());
  }

  private cancel(request: Record<string, unknown>): Record<string, unknown> {
    this.find(request).cancelRequested = true;
    return {};
  }

  private find(request: Record<string, unknown>): FakeJob {
    const name = String(request.name ?? '');
    const job = this.jobs.get(name);
    if (!job) throw new FakeStatus(grpc.status.NOT_FOUND, `${name} not found`);
    return job;
  }
}

/** The create request's pipelineJob as plain JSON: Struct and Value fields decoded. */
export function decodedPipelineJob(call: LoggedCall): {
  pipelineSpec: { [key: string]: Json };
  parameterValues: { [key: string]: Json | undefined };
  gcsOutputDirectory: string;
  labels: Record<string, string>;
  job: Record<string, unknown>;
} {
  const job = (call.request.pipelineJob ?? {}) as Record<string, unknown>;
  const runtime = (job.runtimeConfig ?? {}) as Record<string, unknown>;
  const values = (runtime.parameterValues ?? {}) as Record<string, WireValue>;
  return {
    pipelineSpec: fromWireStruct(job.pipelineSpec as WireStruct | undefined),
    parameterValues: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, fromWireValue(v)]),
    ),
    gcsOutputDirectory: String(runtime.gcsOutputDirectory ?? ''),
    labels: (job.labels ?? {}) as Record<string, string>,
    job,
  };
}
