import type { AnyCommand } from './command.js';
import { checkCommand } from './check.js';
import { compileCommand } from './compile.js';
import { initCommand } from './init.js';
import { postCommentsCommand } from './post-comments.js';
import { promoteCommand } from './promote.js';
import { rollbackCommand } from './rollback.js';
import { runCommand } from './run.js';
import { schedulesCommand } from './schedules.js';
import { submitCommand } from './submit.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `kfp-action --help` lists them. One line per command. */
export const COMMANDS: readonly AnyCommand[] = [
  compileCommand,
  validateCommand,
  checkCommand,
  postCommentsCommand,
  runCommand,
  submitCommand,
  schedulesCommand,
  promoteCommand,
  rollbackCommand,
  initCommand,
];

export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
