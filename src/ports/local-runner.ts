import type { LocalRunOptions, LocalRunOutcome } from '../local/orchestrator.js';

/**
 * The local backend as commands see it: a pipeline runner that turns a compiled spec into the
 * shared RunResult. The real one (src/local/runner.ts) runs task processes on this machine;
 * command tests hand in a fake.
 */
export interface LocalRunner {
  run(options: LocalRunOptions): Promise<LocalRunOutcome>;
}
