/**
 * PipelineService/ListPipelineJobs for the fake server, following ListPipelineJobsRequest in
 * pipeline_service.proto: the jobs under `parent` that match the label `filter` (./filter.ts),
 * ordered by `order_by` (`create_time desc` — also the default — or `create_time`), in pages of
 * `page_size` capped at the server's maximum (a real server caps it too), continued by an opaque
 * `page_token` that is only valid for the same query; `read_mask` keeps the fields it names.
 */
import { grpc } from 'google-gax';
import { labelFilter } from './filter.js';
import type { FakeJob } from './jobs.js';
import { FakeStatus } from './status.js';

const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;
const bad = (message: string) => new FakeStatus(grpc.status.INVALID_ARGUMENT, message);

export interface ListContext {
  /** Every job the server holds, in creation order. */
  readonly jobs: Iterable<FakeJob>;
  /** The most jobs one page carries, whatever page_size asks. */
  readonly maxPageSize: number;
  /** PipelineJob's fields (camelCase) as the proto declares them, to check read_mask paths. */
  readonly jobFields: ReadonlySet<string>;
}

const camel = (path: string) => path.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function readMask(request: Record<string, unknown>, fields: ReadonlySet<string>) {
  const paths = (request.readMask as { paths?: string[] } | undefined)?.paths ?? [];
  const keep = paths.map((p) => {
    const field = camel(p);
    if (!fields.has(field)) throw bad(`read_mask path "${p}" is not a field of PipelineJob`);
    return field;
  });
  return (job: Record<string, unknown>) =>
    keep.length === 0
      ? job
      : Object.fromEntries(keep.filter((f) => f in job).map((f) => [f, job[f]]));
}

export function listPipelineJobs(
  request: Record<string, unknown>,
  context: ListContext,
): Record<string, unknown> {
  const parent = String(request.parent ?? '');
  if (!PARENT.test(parent)) throw bad(`bad parent "${parent}"`);
  const filter = String(request.filter ?? '');
  const matches = labelFilter(filter);
  const orderBy = String(request.orderBy ?? '').trim();
  if (!['', 'create_time desc', 'create_time', 'create_time asc'].includes(orderBy)) {
    throw bad(`order_by "${orderBy}" is not understood by the fake`);
  }
  const ascending = orderBy === 'create_time' || orderBy === 'create_time asc';
  const pageSize = Number(request.pageSize ?? 0);
  if (!Number.isInteger(pageSize) || pageSize < 0) throw bad(`page_size ${pageSize}`);
  const size = Math.min(pageSize || context.maxPageSize, context.maxPageSize);
  const mask = readMask(request, context.jobFields);

  const query = JSON.stringify([parent, filter, orderBy]);
  const token = String(request.pageToken ?? '');
  let offset = 0;
  if (token) {
    let decoded: { offset?: unknown; query?: unknown };
    try {
      decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof decoded;
    } catch {
      throw bad(`page_token "${token}" is not one the fake handed out`);
    }
    if (decoded.query !== query || typeof decoded.offset !== 'number') {
      throw bad(
        'page_token belongs to another query (parent, filter and order_by must not change)',
      );
    }
    offset = decoded.offset;
  }

  // Creation order breaks ties between jobs created in the same millisecond.
  const all = [...context.jobs]
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => job.name.startsWith(`${parent}/pipelineJobs/`))
    .map(({ job, index }) => ({ job, index, wire: job.toWire(job.current()) }))
    .filter(({ wire }) => matches((wire.labels ?? {}) as Record<string, string>))
    .sort((a, b) => a.job.createMs - b.job.createMs || a.index - b.index);
  if (!ascending) all.reverse();
  const page = all.slice(offset, offset + size);
  const next = offset + size < all.length ? offset + size : undefined;
  return {
    pipelineJobs: page.map(({ wire }) => mask(wire)),
    ...(next !== undefined
      ? {
          nextPageToken: Buffer.from(JSON.stringify({ offset: next, query })).toString('base64url'),
        }
      : {}),
  };
}
