import type { PipelineCompiler } from './compiler.js';
import type { Edge } from './edge.js';
import type { GitPort } from './git.js';
import type { GitHubPort } from './github.js';
import type { LocalRunner } from './local-runner.js';
import type { Logger } from './logger.js';
import type { PromotionClients } from './model-registry.js';
import type { OidcEnvironment } from '../core/promotion/types.js';
import type { ScheduleService, VertexClients, VertexLocation } from './vertex.js';
import type { Workspace } from './workspace.js';

/**
 * Everything a command may touch outside the pure core, handed in by the composition root
 * (src/main.ts for the action, src/cli.ts for the CLI) or by a test. Factories are lazy so a
 * command only loads the clients it uses (the Vertex client is large: see docs/PERFORMANCE.md).
 */
export interface Deps {
  readonly logger: Logger;
  readonly edge: Edge;
  /** Process environment (GITHUB_*, AIPLATFORM_EMULATOR_HOST, …), read through here only. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The repository: the config file and the pipeline sources. */
  readonly workspace: Workspace;
  readonly compiler: () => Promise<PipelineCompiler>;
  /** GitHub REST client for GITHUB_REPOSITORY at GITHUB_API_URL, authenticated with `token`. */
  readonly github: (token: string) => Promise<GitHubPort>;
  /** The git repository that holds the working directory. */
  readonly git: () => Promise<GitPort>;
  /** Vertex AI clients for one region (loaded on first use: the client library is large). */
  readonly vertex: (region: string) => Promise<VertexClients>;
  /** Vertex AI ScheduleService for one region (loaded on first use); the caller closes it.
   * Absent in tests that do not need it (like `interruption`). */
  readonly schedules?: (region: string) => Promise<ScheduleService>;
  /** Model Registry (at `registry`) and endpoint (at `endpoints`) clients for a promotion;
   * operations are waited for at most `operationTimeoutMs`. The caller closes them. */
  readonly promotion: (
    registry: VertexLocation,
    endpoints: VertexLocation,
    operationTimeoutMs: number,
  ) => Promise<PromotionClients>;
  /** The GitHub Environment the job runs in, from its OIDC token (or why it is unknown). */
  readonly oidcEnvironment: () => Promise<OidcEnvironment>;
  /** The local backend: runs a compiled pipeline's tasks as processes on this machine. */
  readonly localRunner: () => Promise<LocalRunner>;
  /**
   * Cancellation of a long wait (submit): a signal that aborts on SIGINT/SIGTERM (the workflow
   * was cancelled), and a record of the jobs still running for the action's post step. Handlers
   * are installed on the first call only. Absent in tests that do not need it.
   */
  readonly interruption?: () => Interruption;
}

export interface Interruption {
  readonly signal: AbortSignal;
  /** Jobs started and not yet settled; the post step (src/post.ts) cancels those still
   * running if this process was killed before it could. */
  track(job: { readonly name: string; readonly region: string }): void;
  /** The job has ended, or was cancelled and reported: nothing left for the post step. */
  settle(name: string): void;
}
