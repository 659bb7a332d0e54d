/** Settings of promote and rollback, from action inputs or CLI flags, checked up front. */
import { UserError } from '../../core/diagnostics.js';
import { flag, parseBoolean, parsePositiveInt, type ParsedArgs } from '../../settings/args.js';
import type { CommonSettings } from '../../settings/common.js';
import type { InputReader } from '../command.js';
import type { PromotionTargetSettings } from './context.js';

/** Default wait for one long-running operation (a deploy takes 5–20 minutes). */
const DEFAULT_OPERATION_TIMEOUT_MINUTES = 45;

export const TARGET_FLAGS = [
  'environment',
  'pipeline',
  'project',
  'region',
  'timeout-minutes',
  'comment',
  'github-token',
  'skip-environment-check',
] as const;

export function targetSettings(
  common: CommonSettings,
  get: (name: string) => string | undefined,
  command: string,
): PromotionTargetSettings {
  const environment = (get('environment') ?? '').trim();
  if (!environment) {
    throw new UserError(
      `${command} needs the target environment: input \`environment\` (CLI: --environment staging)`,
      [],
      2,
    );
  }
  const pipeline = get('pipeline')?.trim();
  const project = get('project')?.trim();
  const region = get('region')?.trim();
  return {
    common,
    environment,
    ...(pipeline ? { pipeline } : {}),
    ...(project ? { project } : {}),
    ...(region ? { region } : {}),
    timeoutMinutes: parsePositiveInt(
      'timeout-minutes',
      get('timeout-minutes'),
      DEFAULT_OPERATION_TIMEOUT_MINUTES,
    ),
    comment: parseBoolean('comment', get('comment'), true),
    githubToken: get('github-token') ?? '',
    skipEnvironmentCheck: parseBoolean(
      'skip-environment-check',
      get('skip-environment-check'),
      false,
    ),
  };
}

export const fromFlags = (args: ParsedArgs) => (name: string) => flag(args, name);
export const fromInputs = (input: InputReader) => (name: string) => input(name) || undefined;
