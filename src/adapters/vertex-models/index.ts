/**
 * Opens the promotion's Vertex clients: the Model Registry at the registry's location and the
 * endpoints at the environment's. One retry budget for both; operations are polled on
 * OPERATION_SCHEDULE (or every KFP_ACTION_POLL_INTERVAL_MS, for tests and demos).
 */
import type { Logger } from '../../ports/logger.js';
import type { PromotionClients } from '../../ports/model-registry.js';
import type { VertexLocation } from '../../ports/vertex.js';
import { fixedSchedule, RETRY_SCHEDULE } from '../vertex/backoff.js';
import { RetryBudget } from '../vertex/retry.js';
import { GrpcEndpointRegistry } from './endpoints.js';
import { GrpcModelRegistry } from './models.js';
import { OPERATION_SCHEDULE, type WaitContext } from './operations.js';

export interface PromotionClientOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly logger: Logger;
  /** Longest wait for one long-running operation. */
  readonly operationTimeoutMs: number;
}

export function waitContext(options: PromotionClientOptions): WaitContext {
  const fixed = Number(options.env.KFP_ACTION_POLL_INTERVAL_MS);
  const fast = Number.isFinite(fixed) && fixed > 0;
  return {
    budget: new RetryBudget(),
    schedule: fast ? fixedSchedule(fixed) : RETRY_SCHEDULE,
    pollSchedule: fast ? fixedSchedule(fixed) : OPERATION_SCHEDULE,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: Date.now,
    logger: options.logger,
    timeoutMs: options.operationTimeoutMs,
  };
}

export async function openPromotionClients(
  registry: VertexLocation,
  endpoints: VertexLocation,
  options: PromotionClientOptions,
): Promise<PromotionClients & { readonly models: GrpcModelRegistry }> {
  const context = waitContext(options);
  const emulatorHost = options.env.AIPLATFORM_EMULATOR_HOST || undefined;
  const models = new GrpcModelRegistry(
    { region: registry.region, ...(emulatorHost ? { emulatorHost } : {}) },
    registry,
    context,
  );
  const endpointClient = new GrpcEndpointRegistry(
    { region: endpoints.region, ...(emulatorHost ? { emulatorHost } : {}) },
    endpoints,
    context,
  );
  return {
    models,
    endpoints: endpointClient,
    close: async () => {
      await Promise.all([models.close(), endpointClient.close()]);
    },
  };
}
