import type { Logger } from '../../ports/logger.js';
import { delayMs, type Schedule } from './backoff.js';

/** gRPC status codes (google.rpc.Code) that Vertex uses. */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

/** Worth another try: the service or the network had a moment, the request itself is fine.
 * (The Pipeline/Model/Endpoint methods are not retried by the client library itself.) */
export const TRANSIENT_CODES: ReadonlySet<number> = new Set([
  Code.UNAVAILABLE,
  Code.DEADLINE_EXCEEDED,
  Code.RESOURCE_EXHAUSTED,
  Code.INTERNAL,
]);

export function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export function codeName(code: number | undefined): string {
  const entry = Object.entries(Code).find(([, v]) => v === code);
  return entry ? entry[0] : `code ${code ?? '?'}`;
}

/**
 * How many retries one client may spend in total (all calls together), and per call. A wait of
 * an hour polls ~120 times; a budget keeps a long outage from turning into endless retries.
 */
export class RetryBudget {
  private spent = 0;
  constructor(
    readonly total: number = 40,
    readonly perCall: number = 6,
  ) {}
  /** Takes one retry from the budget; false when it is used up. */
  tryTake(): boolean {
    if (this.spent >= this.total) return false;
    this.spent++;
    return true;
  }
  get used(): number {
    return this.spent;
  }
}

export interface RetryContext {
  readonly budget: RetryBudget;
  readonly schedule: Schedule;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly logger: Logger;
}

/**
 * Runs `call`, retrying transient failures (TRANSIENT_CODES) with backoff and jitter while the
 * per-call and total budgets last. Anything else, or the last transient error, is rethrown.
 */
export async function withRetry<T>(
  what: string,
  call: () => Promise<T>,
  context: RetryContext,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const code = grpcCode(error);
      const transient = code !== undefined && TRANSIENT_CODES.has(code);
      if (!transient || attempt + 1 >= context.budget.perCall || !context.budget.tryTake()) {
        throw error;
      }
      const wait = delayMs(context.schedule, attempt, context.random());
      context.logger.info(
        `${what}: ${codeName(code)} (${firstLine(error)}); retry ${attempt + 1} in ${(wait / 1000).toFixed(1)} s`,
      );
      await context.sleep(wait);
    }
  }
}

function firstLine(error: unknown): string {
  const details = (error as { details?: unknown } | null)?.details;
  const text =
    typeof details === 'string' && details ? details : String((error as Error)?.message ?? error);
  return text.split('\n')[0]!.slice(0, 200);
}
