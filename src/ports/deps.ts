import type { PipelineCompiler } from './compiler.js';
import type { Edge } from './edge.js';
import type { Logger } from './logger.js';

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
  readonly compiler: () => Promise<PipelineCompiler>;
}
