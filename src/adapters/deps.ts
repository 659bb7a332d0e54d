import type { CommonSettings } from '../settings/common.js';
import type { Deps } from '../ports/deps.js';
import type { Edge } from '../ports/edge.js';
import type { Logger } from '../ports/logger.js';

/**
 * The real adapters, created on first use. Both entry points (action and CLI) call this; tests
 * of commands build their own Deps from fakes instead.
 */
export function createDeps(
  common: CommonSettings,
  edge: Edge,
  logger: Logger,
  env: Readonly<Record<string, string | undefined>>,
): Deps {
  const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => (value ??= make());
  };
  return {
    logger,
    edge,
    env,
    compiler: once(async () => {
      const { KfpPythonCompiler } = await import('./kfp-compiler/compiler.js');
      return new KfpPythonCompiler(common.python, logger.withNamespace('kfp'));
    }),
  };
}
