import { UserError } from './diagnostics.js';

/**
 * The one place an unknown thrown value becomes text for a user. A UserError's message is meant
 * for them as it is; anything else is a defect of ours, said plainly, with no stack trace (the
 * stack goes to the debug log only).
 */
export function describeError(error: unknown): {
  message: string;
  exitCode: 1 | 2;
  stack?: string;
} {
  if (error instanceof UserError) return { message: error.message, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return {
    message: `internal error: ${message} — please report it at https://github.com/kfp-action/kfp-action/issues`,
    exitCode: 1,
    ...(stack ? { stack } : {}),
  };
}
