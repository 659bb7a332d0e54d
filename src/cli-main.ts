import { createDeps } from './deps.js';
import { cliEdge, cliLogger } from './adapters/edge/cli.js';
import { COMMANDS, findCommand } from './commands/registry.js';
import { UserError } from './core/diagnostics.js';
import { describeError } from './core/errors.js';
import type { Deps } from './ports/deps.js';
import { parseArgs } from './settings/args.js';
import { COMMON_FLAGS, commonFromArgs } from './settings/common.js';

const VERSION = '0.1.0';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: kfp-action <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --config FILE              config file (default: kfp-action.yaml)',
    '  --working-directory DIR    repository root (default: the current folder)',
    '  --python PATH              Python interpreter with the pinned kfp',
    '  --verbose                  debug output',
    '',
    'kfp-action <command> --help shows the options of one command.',
  ].join('\n');
}

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage or unreadable input.
 * `makeDeps` lets tests hand in fakes.
 */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  makeDeps: typeof createDeps = createDeps,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write(`kfp-action ${VERSION}\n`);
    return 0;
  }
  const command = findCommand(name);
  const verbose = rest.includes('--verbose');
  const logger = cliLogger(verbose);
  if (!command) {
    logger.error(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    const args = parseArgs(rest, {
      values: [...COMMON_FLAGS, ...command.cliFlags.values],
      switches: ['verbose', ...command.cliFlags.switches],
    });
    const common = commonFromArgs(args, cwd, env);
    const settings = command.fromArgs(args, common);
    const deps: Deps = makeDeps(common, cliEdge(), logger, env);
    return await command.run(settings, deps);
  } catch (error) {
    const { message, exitCode, stack } = describeError(error);
    if (error instanceof UserError && error.exitCode === 2) {
      logger.error(`${message}\n\n${command.usage}`);
    } else {
      logger.error(message);
    }
    if (stack && verbose) logger.debug(stack);
    return exitCode;
  }
}
