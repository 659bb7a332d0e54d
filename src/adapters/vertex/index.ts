/**
 * The Vertex adapters of one region, built on first use by `createDeps().vertex(region)` — a
 * dynamic import, so `validate` and `compile` never load the client library.
 *
 * Environment:
 * - AIPLATFORM_EMULATOR_HOST=host:port — talk to an emulator / the test fake, insecure, no
 *   credentials (the convention of Google's other emulators).
 * - ARTIFACT_REGISTRY_EMULATOR_HOST=host:port — send template uploads there over http (tests).
 * - KFP_ACTION_POLL_INTERVAL_MS — fix every poll and retry delay (tests, demos). Unset in real
 *   use: polls back off to one call per ~30 s.
 */
import { UserError } from '../../core/diagnostics.js';
import type { Logger } from '../../ports/logger.js';
import type { VertexClients } from '../../ports/vertex.js';
import { describeError } from '../../core/errors.js';
import type { BaselineLookup, VertexLocation } from '../../ports/vertex.js';
import { GrpcModelRegistry } from '../vertex-models/models.js';
import { waitContext } from '../vertex-models/index.js';
import { delayMs, fixedSchedule, POLL_SCHEDULE, RETRY_SCHEDULE } from './backoff.js';
import { GrpcPipelineService } from './client.js';
import { RetryBudget, type RetryContext } from './retry.js';
import { adcTokenSource, HttpTemplateRegistry } from './template-registry.js';

function pollIntervalFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  const raw = env.KFP_ACTION_POLL_INTERVAL_MS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) {
    throw new UserError(
      `KFP_ACTION_POLL_INTERVAL_MS must be a number of milliseconds, got "${raw}"`,
    );
  }
  return ms;
}

export function createVertexClients(
  region: string,
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): VertexClients {
  const emulatorHost = env.AIPLATFORM_EMULATOR_HOST?.trim() || undefined;
  const pollIntervalMs = pollIntervalFromEnv(env);
  const target = { region, ...(emulatorHost ? { emulatorHost } : {}) };
  const retry: RetryContext = {
    budget: new RetryBudget(),
    schedule: pollIntervalMs !== undefined ? fixedSchedule(pollIntervalMs) : RETRY_SCHEDULE,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    logger,
  };
  if (emulatorHost)
    logger.info(`AIPLATFORM_EMULATOR_HOST is set: using ${emulatorHost} without credentials`);
  const pipelines = new GrpcPipelineService(target, retry, logger);
  // The baseline is read with the promotion's Model Registry adapter (one per location).
  const registries = new Map<string, GrpcModelRegistry>();
  const registryFor = (location: VertexLocation) => {
    const key = `${location.project}/${location.region}`;
    let registry = registries.get(key);
    if (!registry) {
      const context = waitContext({ env, logger, operationTimeoutMs: 60_000 });
      registry = new GrpcModelRegistry({ ...target, region: location.region }, location, context);
      registries.set(key, registry);
    }
    return registry;
  };
  const tryReadBaseline = async (
    location: VertexLocation,
    name: string,
    alias: string,
  ): Promise<BaselineLookup> => {
    try {
      return await registryFor(location).tryReadBaseline(location, name, alias);
    } catch (error) {
      // Tolerant by design: a baseline that cannot be read skips the regression gates, said so.
      return {
        found: false,
        reason: `could not read it: ${describeError(error).message.split('\n')[0]}`,
      };
    }
  };
  const closeRegistries = async () => {
    await Promise.all([...registries.values()].map((r) => r.close()));
  };
  const registryEmulator = env.ARTIFACT_REGISTRY_EMULATOR_HOST?.trim() || undefined;
  const templates = new HttpTemplateRegistry(
    (url, init) => fetch(url, init),
    emulatorHost ? async () => undefined : adcTokenSource(),
    registryEmulator,
  );
  const poll = pollIntervalMs !== undefined ? fixedSchedule(pollIntervalMs) : POLL_SCHEDULE;
  return {
    pipelines,
    models: { tryReadBaseline, close: closeRegistries },
    templates,
    pollDelayMs: (attempt) => delayMs(poll, attempt, Math.random()),
    close: async () => {
      await pipelines.close();
      await closeRegistries();
    },
  };
}
