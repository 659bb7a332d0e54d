import type { CommonSettings } from './settings/common.js';
import type { Deps, Interruption } from './ports/deps.js';
import { processInterruption } from './adapters/interruption.js';
import { fileWorkspace } from './adapters/workspace/index.js';
import type { Edge } from './ports/edge.js';
import type { GitHubPort } from './ports/github.js';
import type { Logger } from './ports/logger.js';
import type { VertexClients } from './ports/vertex.js';

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
  // One per key (a token, a region), made on first use.
  const oncePer = <T>(make: (key: string) => Promise<T>): ((key: string) => Promise<T>) => {
    const made = new Map<string, Promise<T>>();
    return (key) => {
      let value = made.get(key);
      if (!value) made.set(key, (value = make(key)));
      return value;
    };
  };
  return {
    logger,
    edge,
    env,
    workspace: fileWorkspace,
    compiler: once(async () => {
      const { KfpPythonCompiler } = await import('./adapters/kfp-compiler/compiler.js');
      return new KfpPythonCompiler(common.python, logger.withNamespace('kfp'));
    }),
    github: oncePer(async (token): Promise<GitHubPort> => {
      const { OctokitGitHub } = await import('./adapters/github/client.js');
      return new OctokitGitHub({
        token,
        repository: env.GITHUB_REPOSITORY ?? '',
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
        logger: logger.withNamespace('github'),
      });
    }),
    localRunner: once(async () => {
      const { createLocalRunner } = await import('./local/runner.js');
      const terminal =
        edge.kind === 'cli' && process.stderr.isTTY && !env.CI
          ? (text: string) => void process.stderr.write(text)
          : undefined;
      return createLocalRunner({
        logger: logger.withNamespace('run'),
        env,
        ...(terminal ? { terminal } : {}),
      });
    }),
    git: once(async () => {
      const { GitCli } = await import('./adapters/git/git.js');
      return GitCli.open(common.workingDirectory, logger.withNamespace('git'));
    }),
    vertex: oncePer(async (region): Promise<VertexClients> => {
      const { createVertexClients } = await import('./adapters/vertex/index.js');
      return createVertexClients(region, env, logger.withNamespace('vertex'));
    }),
    schedules: async (region) => {
      const { createScheduleService } = await import('./adapters/vertex/schedules.js');
      return createScheduleService(region, env, logger.withNamespace('vertex'));
    },
    promotion: async (registry, endpoints, operationTimeoutMs) => {
      const { openPromotionClients } = await import('./adapters/vertex-models/index.js');
      return openPromotionClients(registry, endpoints, {
        env,
        logger: logger.withNamespace('vertex'),
        operationTimeoutMs,
      });
    },
    oidcEnvironment: once(async () => {
      const { readOidcEnvironment } = await import('./adapters/oidc/github-oidc.js');
      return readOidcEnvironment(env);
    }),
    interruption: (() => {
      let made: Interruption | undefined;
      return () => (made ??= processInterruption(env, logger));
    })(),
  };
}
