/**
 * google.longrunning.Operations for the fake: each long-running call creates an operation that
 * is done after a set number of GetOperation polls (default 1: the first poll sees it running),
 * then carries the packed response — or the error a test scheduled for that method.
 */
import { grpc } from 'google-gax';
import { FakeStatus, type UnaryHandler } from '../fake-vertex/server.js';
import { packAny, type WireAny } from './any.js';

export interface ScheduledFailure {
  readonly code: grpc.status;
  readonly message: string;
}

interface FakeOperation {
  readonly name: string;
  readonly method: string;
  polls: number;
  readonly pollsUntilDone: number;
  /** Applies the change and returns the response; runs once, when the operation completes. */
  readonly complete: () => { type: string; message: Record<string, unknown> };
  readonly failure?: ScheduledFailure;
  result?: { response: WireAny } | { error: { code: number; message: string } };
}

export class FakeOperations {
  private readonly operations = new Map<string, FakeOperation>();
  private readonly failures = new Map<string, ScheduledFailure[]>();
  private counter = 0;
  /** GetOperation polls an operation needs before it is done. */
  pollsUntilDone = 1;

  /** The next operation of `method` (`DeployModel`, `UploadModel`, …) ends with this error. */
  failNext(method: string, failure: ScheduledFailure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** Starts an operation under `parent`; returns the wire Operation (not done yet). */
  start(
    parent: string,
    method: string,
    complete: () => { type: string; message: Record<string, unknown> },
  ): Record<string, unknown> {
    const name = `${parent}/operations/${++this.counter}`;
    const queue = this.failures.get(method) ?? [];
    const failure = queue.shift();
    this.operations.set(name, {
      name,
      method,
      polls: 0,
      pollsUntilDone: this.pollsUntilDone,
      complete,
      ...(failure ? { failure } : {}),
    });
    return { name, done: false };
  }

  /** Operations started so far, by method. */
  started(method?: string): string[] {
    return [...this.operations.values()]
      .filter((o) => !method || o.method === method)
      .map((o) => o.name);
  }

  private finish(op: FakeOperation): void {
    if (op.result) return;
    if (op.failure) {
      op.result = { error: { code: op.failure.code, message: op.failure.message } };
      return;
    }
    try {
      const { type, message } = op.complete();
      op.result = { response: packAny(type, message) };
    } catch (error) {
      const code = error instanceof FakeStatus ? error.code : grpc.status.INTERNAL;
      op.result = { error: { code, message: (error as Error).message } };
    }
  }

  private wire(op: FakeOperation): Record<string, unknown> {
    if (!op.result) return { name: op.name, done: false };
    return { name: op.name, done: true, ...op.result };
  }

  readonly handlers: Record<string, UnaryHandler> = {
    GetOperation: (request) => {
      const op = this.operations.get(String(request.name ?? ''));
      if (!op)
        throw new FakeStatus(grpc.status.NOT_FOUND, `operation ${String(request.name)} not found`);
      op.polls++;
      if (op.polls >= op.pollsUntilDone) this.finish(op);
      return this.wire(op);
    },
  };
}
