/**
 * The real LocalRunner: the orchestrator over subprocesses, the on-disk task cache under the
 * output folder, and progress as a live table on a terminal or plain lines in a log.
 */
import path from 'node:path';
import type { Logger } from '../ports/logger.js';
import type { LocalRunner } from '../ports/local-runner.js';
import { FileTaskCache, noCache } from './cache.js';
import { runPipelineLocally } from './orchestrator.js';
import { liveProgress, plainProgress, type ProgressSink } from './progress.js';
import { SubprocessTaskHandler } from './subprocess-handler.js';

export interface LocalRunnerOptions {
  readonly logger: Logger;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the live table is drawn; undefined = no terminal, plain lines go to the logger. */
  readonly terminal?: (text: string) => void;
}

export function createLocalRunner(options: LocalRunnerOptions): LocalRunner {
  return {
    run(runOptions) {
      const progress: ProgressSink = options.terminal
        ? liveProgress(options.terminal)
        : plainProgress((line) => options.logger.info(line.trimEnd()), false);
      return runPipelineLocally(runOptions, {
        handler: new SubprocessTaskHandler(),
        cache:
          runOptions.cacheMode === 'off'
            ? noCache
            : new FileTaskCache(path.join(runOptions.outputDir, 'cache')),
        logger: options.logger,
        progress,
        env: options.env,
      });
    },
  };
}
