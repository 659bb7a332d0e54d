import type { AnyCommand } from './command.js';

/** Every command, in the order `kfp-action --help` lists them. One line per command. */
export const COMMANDS: readonly AnyCommand[] = [];

export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
