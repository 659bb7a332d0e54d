/**
 * google.cloud.aiplatform.v1.ScheduleService for the fake Vertex server, from the real
 * schedule_service.proto and following its documentation:
 *
 * - CreateSchedule: `display_name`, `cron` (optional `TZ=`/`CRON_TZ=` prefix with an IANA zone,
 *   read with croner), `max_concurrent_run_count` (> 0) and a `create_pipeline_job_request` whose
 *   parent is the schedule's are required; the schedule starts ACTIVE, `start_time` defaults to the
 *   create time, `next_run_time` is computed.
 * - ListSchedules: `filter` terms joined by AND — `display_name` with `=`, `!=` and the `:`
 *   wildcard, `state` with `=`/`!=`, `create_pipeline_job_request:*` — anything else is refused;
 *   `order_by` `create_time` [desc] (default desc); pages of `page_size` (default 100, capped), an
 *   opaque `page_token` valid only for the same query.
 * - UpdateSchedule: a required field mask; only named fields change, output-only paths are
 *   ignored, a non-empty field cannot be unset, a COMPLETED schedule cannot be updated.
 * - PauseSchedule (ACTIVE only), ResumeSchedule (PAUSED only; sets `catch_up`).
 * - DeleteSchedule: a long-running operation served by google.longrunning.Operations (the
 *   model fake's FakeOperations), which removes the schedule when it completes.
 *
 * `fire(server, name)` starts one run as Vertex would at a scheduled time: a PipelineJob created
 * from the schedule's request, with `schedule_name` set.
 */
import { Cron } from 'croner';
import { grpc } from 'google-gax';
import { FakeOperations } from '../fake-vertex-models/operations.js';
import type { ExtraService, FakeVertexServer, UnaryHandler } from './server.js';
import { FakeStatus } from './status.js';
import { toWireTimestamp } from './struct.js';

type Obj = Record<string, unknown>;
const bad = (message: string) => new FakeStatus(grpc.status.INVALID_ARGUMENT, message);
const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;

/** Fields UpdateSchedule may change (proto names), and the output-only ones it ignores. */
const UPDATABLE = new Set([
  'display_name',
  'cron',
  'start_time',
  'end_time',
  'max_run_count',
  'max_concurrent_run_count',
  'max_concurrent_active_run_count',
  'allow_queueing',
  'create_pipeline_job_request',
]);
const OUTPUT_ONLY = new Set([
  'name',
  'started_run_count',
  'state',
  'create_time',
  'update_time',
  'next_run_time',
  'last_pause_time',
  'last_resume_time',
  'catch_up',
  'last_scheduled_run_response',
]);
const camel = (p: string) => p.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export interface FakeSchedule {
  readonly name: string;
  /** The Schedule as stored: settable fields as sent (wire form), output fields kept by the fake. */
  fields: Obj;
  state: 'ACTIVE' | 'PAUSED' | 'COMPLETED';
  readonly createMs: number;
  updateMs: number;
  catchUp: boolean;
  startedRunCount: number;
  lastPauseMs?: number;
  lastResumeMs?: number;
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    v === false ||
    v === '0' ||
    v === 0 ||
    (typeof v === 'object' && Object.keys(v as object).length === 0)
  );
}

function wireMs(ts: unknown): number | undefined {
  if (!ts || typeof ts !== 'object') return undefined;
  const t = ts as { seconds?: string | number; nanos?: number };
  return Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
}

/** `TZ=zone fields` → a croner job, or INVALID_ARGUMENT as Vertex refuses a bad cron. */
function cronOf(cron: string): Cron {
  const m = /^\s*(?:(?:CRON_)?TZ=(\S+)\s+)?(.*)$/.exec(cron)!;
  const fields = m[2]!.trim();
  if (fields.split(/\s+/).length !== 5) throw bad(`cron "${cron}" must have five fields`);
  try {
    return new Cron(fields, { paused: true, ...(m[1] ? { timezone: m[1] } : {}) });
  } catch (error) {
    throw bad(`cron "${cron}" is invalid: ${(error as Error).message}`);
  }
}

/** An AIP-160 value: a quoted string with `\` escapes → its text, and whether `*` was bare. */
function unquote(raw: string): { text: string; pattern: RegExp } {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(raw.trim());
  if (!m) throw bad(`filter value ${raw} must be a quoted string`);
  let text = '';
  let pattern = '';
  for (let i = 0; i < m[1]!.length; i++) {
    const c = m[1]![i]!;
    if (c === '\\') {
      const next = m[1]![++i] ?? '';
      text += next;
      pattern += next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else if (c === '*') {
      text += c;
      pattern += '.*';
    } else {
      text += c;
      pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return { text, pattern: new RegExp(`^${pattern}$`, 's') };
}

/** The ListSchedules filter forms the fake understands (see the file comment). */
export function scheduleFilter(filter: string): (s: FakeSchedule) => boolean {
  if (!filter.trim()) return () => true;
  // Split on AND outside quotes.
  const terms: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i]!;
    if (c === '\\' && quoted) {
      current += c + (filter[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (!quoted && filter.startsWith(' AND ', i)) {
      terms.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += c;
  }
  terms.push(current);
  const tests = terms.map((term): ((s: FakeSchedule) => boolean) => {
    const t = term.trim();
    if (t === 'create_pipeline_job_request:*')
      return (s) => s.fields.createPipelineJobRequest !== undefined;
    const m = /^(display_name|state)\s*(=|!=|:)\s*(.+)$/.exec(t);
    if (!m) throw bad(`filter term "${t}" is not understood by the fake`);
    const [, field, op, raw] = m as unknown as [string, string, string, string];
    const value = unquote(raw);
    const get = (s: FakeSchedule) =>
      field === 'state' ? s.state : String(s.fields.displayName ?? '');
    if (op === ':') {
      if (field !== 'display_name') throw bad(`"${field}" supports no ":" wildcard`);
      return (s) => value.pattern.test(get(s));
    }
    return op === '=' ? (s) => get(s) === value.text : (s) => get(s) !== value.text;
  });
  return (s) => tests.every((test) => test(s));
}

export class FakeSchedules {
  readonly schedules = new Map<string, FakeSchedule>();
  /** The most schedules one ListSchedules page carries. */
  maxPageSize = 100;
  /** The clock the fake reads (tests may fix it). */
  now: () => number = Date.now;
  private counter = 0;

  constructor(readonly operations: FakeOperations = new FakeOperations()) {}

  /** ScheduleService, plus google.longrunning.Operations unless another fake serves it. */
  services(options: { operations?: boolean } = {}): ExtraService[] {
    return [
      {
        protoFile: 'google/cloud/aiplatform/v1/schedule_service.proto',
        service: 'google.cloud.aiplatform.v1.ScheduleService',
        handlers: this.handlers(),
      },
      ...(options.operations === false
        ? []
        : [
            {
              protoFile: 'google/longrunning/operations.proto',
              service: 'google.longrunning.Operations',
              handlers: this.operations.handlers,
            },
          ]),
    ];
  }

  /** Creates a schedule as CreateSchedule does, without a call on the wire (one made by hand
   * in the console, or by another tool); returns its resource name. */
  add(parent: string, schedule: Obj): string {
    const made = this.handlers().CreateSchedule!({ parent, schedule }, {}) as Obj;
    return String(made.name);
  }

  /** Every schedule as its wire Schedule, oldest first. */
  list(): Obj[] {
    return [...this.schedules.values()].map((s) => this.wire(s));
  }

  /**
   * One scheduled run, as Vertex starts it: CreatePipelineJob from the schedule's request with
   * `schedule_name` set and an id Vertex chose. Returns the job's resource name.
   */
  fire(server: FakeVertexServer, name: string): string {
    const s = this.find(name);
    if (s.state !== 'ACTIVE') throw new Error(`schedule ${name} is ${s.state}, it starts no run`);
    const request = s.fields.createPipelineJobRequest as Obj;
    s.startedRunCount++;
    const id = `${String((request.pipelineJob as Obj).displayName ?? 'run').replace(/[^a-z0-9-]/g, '-')}-${this.now()}-${s.startedRunCount}`;
    return server.createJob({
      parent: request.parent,
      pipelineJobId: id.replace(/^[^a-z]+/, 'r'),
      pipelineJob: { ...(request.pipelineJob as Obj), scheduleName: s.name },
    });
  }

  private wire(s: FakeSchedule): Obj {
    const f = s.fields;
    const next = s.state === 'ACTIVE' ? cronOf(String(f.cron)).nextRun(new Date(this.now())) : null;
    return {
      ...f,
      name: s.name,
      state: s.state,
      createTime: toWireTimestamp(s.createMs),
      updateTime: toWireTimestamp(s.updateMs),
      startTime: f.startTime ?? toWireTimestamp(s.createMs),
      ...(next ? { nextRunTime: toWireTimestamp(next.getTime()) } : {}),
      ...(s.lastPauseMs ? { lastPauseTime: toWireTimestamp(s.lastPauseMs) } : {}),
      ...(s.lastResumeMs ? { lastResumeTime: toWireTimestamp(s.lastResumeMs) } : {}),
      startedRunCount: String(s.startedRunCount),
      catchUp: s.catchUp,
    };
  }

  private find(name: string): FakeSchedule {
    const s = this.schedules.get(name);
    if (!s) throw new FakeStatus(grpc.status.NOT_FOUND, `schedule ${name} not found`);
    return s;
  }

  /** Checks a Schedule's settable fields as CreateSchedule and UpdateSchedule require them. */
  private check(parent: string, f: Obj): void {
    if (!f.displayName) throw bad('schedule.display_name is required');
    if (String(f.displayName).length > 128)
      throw bad('schedule.display_name is longer than 128 characters');
    if (!f.cron) throw bad('schedule.cron is required');
    cronOf(String(f.cron));
    if (!(Number(f.maxConcurrentRunCount ?? 0) > 0))
      throw bad('schedule.max_concurrent_run_count must be greater than 0');
    const start = wireMs(f.startTime);
    const end = wireMs(f.endTime);
    if (start !== undefined && end !== undefined && end <= start)
      throw bad('schedule.end_time must be after start_time');
    const request = f.createPipelineJobRequest as Obj | undefined;
    if (!request) throw bad('schedule.create_pipeline_job_request is required');
    if (request.parent !== parent)
      throw bad(
        `create_pipeline_job_request.parent must be ${parent}, got "${String(request.parent)}"`,
      );
    const job = (request.pipelineJob ?? {}) as Obj;
    if (!job.pipelineSpec && !job.templateUri)
      throw bad('create_pipeline_job_request.pipeline_job needs a pipeline_spec or template_uri');
    if (!(job.runtimeConfig as Obj | undefined)?.gcsOutputDirectory)
      throw bad('pipeline_job.runtime_config.gcs_output_directory is required');
  }

  private handlers(): Record<string, UnaryHandler> {
    return {
      CreateSchedule: (req) => {
        const parent = String(req.parent ?? '');
        if (!PARENT.test(parent)) throw bad(`bad parent "${parent}"`);
        const fields = { ...((req.schedule ?? {}) as Obj) };
        for (const out of OUTPUT_ONLY) delete fields[camel(out)];
        this.check(parent, fields);
        const now = this.now();
        const name = `${parent}/schedules/${4_000_000_000 + ++this.counter}`;
        const s: FakeSchedule = {
          name,
          fields,
          state: 'ACTIVE',
          createMs: now,
          updateMs: now,
          catchUp: false,
          startedRunCount: 0,
        };
        this.schedules.set(name, s);
        return this.wire(s);
      },
      GetSchedule: (req) => this.wire(this.find(String(req.name ?? ''))),
      ListSchedules: (req) => this.listSchedules(req),
      UpdateSchedule: (req) => {
        const update = (req.schedule ?? {}) as Obj;
        const s = this.find(String(update.name ?? ''));
        const paths = ((req.updateMask as { paths?: string[] } | undefined)?.paths ?? []).map(
          String,
        );
        if (paths.length === 0) throw bad('update_mask is required');
        if (s.state === 'COMPLETED')
          throw new FakeStatus(
            grpc.status.FAILED_PRECONDITION,
            `schedule ${s.name} is COMPLETED; only an active or paused schedule can be updated`,
          );
        const next = { ...s.fields };
        for (const path of paths) {
          if (OUTPUT_ONLY.has(path)) continue;
          if (!UPDATABLE.has(path)) throw bad(`update_mask path "${path}" is not a Schedule field`);
          const key = camel(path);
          if (isEmpty(update[key]) && !isEmpty(s.fields[key]) && typeof s.fields[key] !== 'boolean')
            throw bad(`${path} is set and cannot be unset`);
          if (path === 'create_pipeline_job_request' && !update[key])
            throw bad('the scheduled request type cannot be changed');
          if (update[key] === undefined) delete next[key];
          else next[key] = update[key];
        }
        const parent = s.name.replace(/\/schedules\/[^/]+$/, '');
        this.check(parent, next);
        s.fields = next;
        s.updateMs = this.now();
        return this.wire(s);
      },
      PauseSchedule: (req) => {
        const s = this.find(String(req.name ?? ''));
        if (s.state !== 'ACTIVE')
          throw new FakeStatus(
            grpc.status.FAILED_PRECONDITION,
            `schedule ${s.name} is ${s.state}; only an active schedule can be paused`,
          );
        s.state = 'PAUSED';
        s.lastPauseMs = this.now();
        return {};
      },
      ResumeSchedule: (req) => {
        const s = this.find(String(req.name ?? ''));
        if (s.state !== 'PAUSED')
          throw new FakeStatus(
            grpc.status.FAILED_PRECONDITION,
            `schedule ${s.name} is ${s.state}; only a paused schedule can be resumed`,
          );
        s.state = 'ACTIVE';
        s.catchUp = req.catchUp === true;
        s.lastResumeMs = this.now();
        return {};
      },
      DeleteSchedule: (req) => {
        const s = this.find(String(req.name ?? ''));
        const parent = s.name.replace(/\/schedules\/[^/]+$/, '');
        return this.operations.start(parent, 'DeleteSchedule', () => {
          this.schedules.delete(s.name);
          return { type: 'google.protobuf.Empty', message: {} };
        });
      },
    };
  }

  private listSchedules(req: Obj): Obj {
    const parent = String(req.parent ?? '');
    if (!PARENT.test(parent)) throw bad(`bad parent "${parent}"`);
    const filter = String(req.filter ?? '');
    const matches = scheduleFilter(filter);
    const orderBy = String(req.orderBy ?? '').trim();
    if (!['', 'create_time desc', 'create_time', 'create_time asc'].includes(orderBy))
      throw bad(`order_by "${orderBy}" is not understood by the fake`);
    const ascending = orderBy === 'create_time' || orderBy === 'create_time asc';
    const pageSize = Number(req.pageSize ?? 0);
    if (!Number.isInteger(pageSize) || pageSize < 0) throw bad(`page_size ${pageSize}`);
    const size = Math.min(pageSize || 100, this.maxPageSize);
    const query = JSON.stringify([parent, filter, orderBy]);
    const token = String(req.pageToken ?? '');
    let offset = 0;
    if (token) {
      let decoded: { offset?: unknown; query?: unknown } = {};
      try {
        decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof decoded;
      } catch {
        throw bad(`page_token "${token}" is not one the fake handed out`);
      }
      if (decoded.query !== query || typeof decoded.offset !== 'number')
        throw bad(
          'page_token belongs to another query (parent, filter and order_by must not change)',
        );
      offset = decoded.offset;
    }
    const all = [...this.schedules.values()]
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => s.name.startsWith(`${parent}/schedules/`) && matches(s))
      .sort((a, b) => a.s.createMs - b.s.createMs || a.index - b.index);
    if (!ascending) all.reverse();
    const page = all.slice(offset, offset + size);
    const next = offset + size < all.length ? offset + size : undefined;
    return {
      schedules: page.map(({ s }) => this.wire(s)),
      ...(next !== undefined
        ? {
            nextPageToken: Buffer.from(JSON.stringify({ offset: next, query })).toString(
              'base64url',
            ),
          }
        : {}),
    };
  }
}
