/**
 * Waiting for a long-running operation (UploadModel, CreateEndpoint, DeployModel, UndeployModel):
 * poll google.longrunning.Operations/GetOperation through the operation object the client
 * returned, with backoff, transient errors retried on the shared budget, until it is done or the
 * timeout passes. A failed operation becomes a `promote/operation-failed` error that names the
 * operation and quotes Vertex's status; a timeout, `promote/operation-timeout`.
 */
import { UserError } from '../../core/diagnostics.js';
import { delayMs, type Schedule } from '../vertex/backoff.js';
import { codeName, grpcCode, withRetry, type RetryContext } from '../vertex/retry.js';

/** The part of google-gax's Operation that the waiter uses. */
export interface PollableOperation<R> {
  readonly name: string;
  readonly latestResponse: {
    readonly done?: boolean | null;
    readonly error?: { readonly code?: number | null; readonly message?: string | null } | null;
  };
  /** One GetOperation; resolves to [decoded response | null, metadata, raw]. */
  getOperation(): Promise<unknown[]>;
  readonly result?: R | null;
}

/** Operations finish in seconds (create, upload) to tens of minutes (deploy). */
export const OPERATION_SCHEDULE: Schedule = {
  initialMs: 2_000,
  maxMs: 20_000,
  factor: 1.5,
  jitter: 0.1,
};

export interface WaitContext extends RetryContext {
  readonly pollSchedule: Schedule;
  readonly timeoutMs: number;
  readonly now: () => number;
}

const DOCS = 'https://github.com/kfp-action/kfp-action/blob/main/docs/TROUBLESHOOTING.md';

function failed(
  what: string,
  name: string,
  code: number | null | undefined,
  message: string,
): UserError {
  const status = `${code !== undefined && code !== null ? `${codeName(code)}: ` : ''}${message}`;
  const text = `${what} failed on Vertex AI (operation ${name}): ${status}`;
  return new UserError(
    `${text}\n  Fix what the message names (machine type, quota, container image, permissions) and re-run the job.\n  See ${DOCS}#promoteoperation-failed`,
    [{ code: 'promote/operation-failed', severity: 'error', message: text }],
  );
}

export async function waitForOperation<R>(
  what: string,
  operation: PollableOperation<R>,
  context: WaitContext,
): Promise<R> {
  const deadline = context.now() + context.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const latest = operation.latestResponse;
    if (latest.done) {
      if (latest.error && (latest.error.code ?? 0) !== 0) {
        throw failed(what, operation.name, latest.error.code, latest.error.message ?? 'no message');
      }
      return (operation.result ?? {}) as R;
    }
    if (context.now() >= deadline) {
      const limit =
        context.timeoutMs >= 60_000
          ? `${Math.round(context.timeoutMs / 60_000)} min`
          : `${Math.round(context.timeoutMs / 1000)} s`;
      const text = `${what} did not finish within ${limit} (operation ${operation.name} is still running on Vertex AI)`;
      throw new UserError(
        `${text}\n  Raise timeout-minutes, or re-run the job later: a re-run picks up what is already done.\n  See ${DOCS}#promoteoperation-timeout`,
        [{ code: 'promote/operation-timeout', severity: 'error', message: text }],
      );
    }
    if (attempt > 0) {
      const wait = delayMs(context.pollSchedule, attempt - 1, context.random());
      await context.sleep(Math.max(0, Math.min(wait, deadline - context.now())));
    }
    try {
      await withRetry(
        `GetOperation (${what})`,
        async () => {
          try {
            await operation.getOperation();
          } catch (error) {
            // A finished operation's own error is not a failed call: reported at the top.
            if (!operation.latestResponse.done) throw error;
          }
        },
        context,
      );
    } catch (error) {
      throw failed(
        `waiting for ${what}`,
        operation.name,
        grpcCode(error),
        String((error as Error).message ?? error),
      );
    }
  }
}
