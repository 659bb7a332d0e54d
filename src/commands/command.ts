import type { Deps } from '../ports/deps.js';
import type { ParsedArgs } from '../settings/args.js';
import type { CommonSettings, InputReader } from '../settings/common.js';

export type { InputReader };

/**
 * A command is one short orchestration over the core, with two faces: the CLI
 * (`kfp-action <name> …`) and the action (`command: <name>`). Both faces build the same settings
 * object, then `run` does the work with the adapters it is handed.
 */
export interface CommandDefinition<S> {
  readonly name: string;
  /** One line for `kfp-action --help`. */
  readonly summary: string;
  /** Usage text for `kfp-action <name> --help`. */
  readonly usage: string;
  readonly cliFlags: { readonly values: readonly string[]; readonly switches: readonly string[] };
  fromArgs(args: ParsedArgs, common: CommonSettings): S;
  fromInputs(input: InputReader, common: CommonSettings): S;
  /** Returns the process exit code: 0 success, 1 the input or the run failed, 2 usage. */
  run(settings: S, deps: Deps): Promise<number>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any>;
