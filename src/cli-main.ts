import { parseArgs as nodeParseArgs } from 'node:util';
import type { createDeps } from './deps.js';
import { cliEdge, cliLogger, colorEnabled } from './adapters/edge/cli.js';
import { COMMANDS, findCommand } from './commands/registry.js';
import type { AnyCommand } from './commands/command.js';
import { UserError } from './core/diagnostics.js';
import { describeError } from './core/errors.js';
import type { Deps } from './ports/deps.js';
import { findCommandWord, parseArgs, type ArgSpec } from './settings/args.js';
import { COMMON_FLAGS, commonFromArgs } from './settings/common.js';
import { VERSION } from './core/version.js';

/** Switches every command line accepts, before or after the command. */
const GLOBAL_SWITCHES = ['help', 'version', 'verbose'] as const;
const GLOBAL: ArgSpec = { values: COMMON_FLAGS, switches: GLOBAL_SWITCHES };

type QuickWord = NonNullable<ReturnType<typeof findCommandWord>>;

/** Exit codes of the CLI (README, "Exit codes"). */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: kfp-action [options] <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command (before or after it):',
    '  --config FILE              config file (default: kfp-action.yaml)',
    '  --working-directory DIR    repository root (default: the current folder)',
    '  --python PATH              Python interpreter with the pinned kfp',
    '  --verbose                  debug output',
    '  -h, --help                 this help, or one command’s with `kfp-action <command> --help`',
    '  -V, --version              the version of kfp-action',
    '',
    'Exit codes: 0 ok, 1 failed (findings, a failed run or gate), 2 usage or unreadable input.',
  ].join('\n');
}

/** The options a command line naming `command` may hold: the global ones and the command's. */
function specOf(command: AnyCommand): ArgSpec {
  return {
    values: [...GLOBAL.values, ...command.cliFlags.values],
    switches: [...GLOBAL.switches, ...command.cliFlags.switches],
  };
}

/** Names of the options written before argv[index] (`--config=x`, `--config x` → `config`). */
function optionsBefore(argv: readonly string[], index: number): string[] {
  const { tokens } = nodeParseArgs({
    args: argv.slice(0, index),
    options: Object.fromEntries(GLOBAL.values.map((v) => [v, { type: 'string' as const }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
}

/**
 * The command word and its command, loading only that command's code in the usual case: the
 * words before the command are read with the global options first, and when that finds a
 * command whose own options explain everything before it, that is the answer. Otherwise an
 * option of some command stands before the command word (`--parallelism 4 run`), and every
 * command's value options decide, which loads every command.
 */
async function locateCommand(
  argv: readonly string[],
  quick: QuickWord | undefined,
): Promise<{
  found?: { readonly word: string; readonly index: number };
  command?: AnyCommand;
}> {
  if (!quick) return {};
  const entry = findCommand(quick.word);
  const command = entry ? await entry.load() : undefined;
  if (command || quick.word === 'help') {
    const spec = command ? specOf(command) : GLOBAL;
    const known = new Set([...spec.values, ...spec.switches]);
    if (optionsBefore(argv, quick.index).every((n) => n.length === 1 || known.has(n))) {
      return { found: quick, ...(command ? { command } : {}) };
    }
  }
  const all = await Promise.all(COMMANDS.map((c) => c.load()));
  const values = new Set([...GLOBAL.values, ...all.flatMap((c) => c.cliFlags.values)]);
  const found = findCommandWord(argv, [...values]);
  const named = all.find((c) => c.name === found?.word);
  return { ...(found ? { found } : {}), ...(named ? { command: named } : {}) };
}

/**
 * For a command that compiles Python (compile, run, check…), starts the compile process before
 * the command's code loads, so that Python's start-up and `import kfp` (most of a compile)
 * overlap Node's loading, the config and the source discovery instead of following them. The
 * options are guessed leniently here; the compiler takes the process only when it was started
 * for the interpreter and folder it compiles with, and one never taken is ended at exit. Not
 * for `--help` or `--version`, nor when every source named is compiled IR already.
 */
async function warmCompiler(
  argv: readonly string[],
  quick: QuickWord | undefined,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  if (!quick || !findCommand(quick.word)?.compilesPython) return;
  const words = [...argv.slice(0, quick.index), ...argv.slice(quick.index + 1)];
  const args = parseArgs(words, GLOBAL, { lenient: true });
  if (args.flags.has('help') || args.flags.has('version')) return;
  const common = commonFromArgs(args, cwd, env);
  const { warmCompileProcessFor } = await import('./adapters/kfp-compiler/compile-process.js');
  warmCompileProcessFor(common.python, common.workingDirectory, args.positionals);
}

/** Usage errors go straight to stderr: no timestamp, no namespace, then where to read more. */
function usageError(message: string, usage: string): number {
  process.stderr.write(`kfp-action: ${message}\n\n${usage}\n`);
  return EXIT.usage;
}

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage or unreadable input.
 * `makeDeps` lets tests hand in fakes.
 */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  makeDeps?: typeof createDeps,
): Promise<number> {
  // Not with the tests' own adapters: they bring their own compiler.
  // The command word as read with the global options alone (the usual case: no command option
  // before the command word).
  const quick = findCommandWord(argv, GLOBAL.values);
  if (!makeDeps) await warmCompiler(argv, quick, cwd, env);
  const { found, command } = await locateCommand(argv, quick);
  // `kfp-action help [command]` is `--help`.
  if (found?.word === 'help') {
    const [name, ...more] = argv.slice(found.index + 1).filter((w) => !w.startsWith('-'));
    const topic = name === undefined ? undefined : findCommand(name);
    if (more.length > 0 || (name !== undefined && !topic)) {
      const names = COMMANDS.map((c) => c.name).join(', ');
      return usageError(
        `help takes one command (${names}), got: ${[name, ...more].join(' ')}`,
        help(),
      );
    }
    process.stdout.write((topic ? (await topic.load()).usage : help()) + '\n');
    return EXIT.ok;
  }
  if (found && !command) {
    const names = COMMANDS.map((c) => c.name).join(', ');
    return usageError(`unknown command "${found.word}" (commands: ${names})`, help());
  }
  const spec = command ? specOf(command) : GLOBAL;
  const words = found ? [...argv.slice(0, found.index), ...argv.slice(found.index + 1)] : argv;
  let args;
  try {
    args = parseArgs(words, spec);
  } catch (error) {
    return usageError(describeError(error).message, command?.usage ?? help());
  }
  if (args.flags.has('version')) {
    process.stdout.write(`kfp-action ${VERSION}\n`);
    return EXIT.ok;
  }
  if (args.flags.has('help')) {
    process.stdout.write((command?.usage ?? help()) + '\n');
    return EXIT.ok;
  }
  if (!command) return usageError('no command given', help());

  const verbose = args.flags.has('verbose');
  const isTty = Boolean(process.stderr.isTTY);
  const logger = cliLogger(verbose, '', undefined, isTty, colorEnabled(env, isTty));
  try {
    const common = commonFromArgs(args, cwd, env);
    const settings = command.fromArgs(args, common);
    // The adapters (workspace, config reader, yaml…) load only once a command runs.
    const create = makeDeps ?? (await import('./deps.js')).createDeps;
    const deps: Deps = create(common, cliEdge(), logger, env);
    return await command.run(settings, deps);
  } catch (error) {
    const { message, exitCode, stack } = describeError(error);
    if (error instanceof UserError && error.exitCode === EXIT.usage) {
      usageError(message, command.usage);
    } else {
      logger.error(message);
    }
    if (stack && verbose) logger.debug(stack);
    return exitCode;
  }
}
