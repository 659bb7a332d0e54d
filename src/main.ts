import * as core from '@actions/core';
import { createDeps } from './deps.js';
import { warmCompileProcessFor } from './adapters/kfp-compiler/compile-process.js';
import { splitSourceList } from './core/compile/sources.js';
import { actionEdge, actionLogger } from './adapters/edge/action.js';
import { COMMANDS, findCommand } from './commands/registry.js';
import { UserError } from './core/diagnostics.js';
import { describeError } from './core/errors.js';
import { commonFromInputs } from './settings/common.js';

/**
 * The action's composition root: read the inputs once, build the adapters, run one command.
 * The only place that calls setFailed.
 */
export async function run(): Promise<void> {
  const logger = actionLogger();
  try {
    const input = (name: string) => core.getInput(name);
    const name = input('command') || 'check';
    const entry = findCommand(name);
    if (!entry) {
      const names = COMMANDS.map((c) => c.name).join(', ');
      throw new UserError(`input "command" is "${name}"; it must be one of: ${names}`, [], 2);
    }
    const common = commonFromInputs(input, process.cwd(), process.env);
    // Python's start-up and `import kfp` overlap loading the command (cli-main.ts does the same).
    if (entry.compilesPython) {
      warmCompileProcessFor(
        common.python,
        common.workingDirectory,
        splitSourceList(input('pipelines')),
      );
    }
    const command = await entry.load();
    const settings = command.fromInputs(input, common);
    const deps = createDeps(common, actionEdge(), logger, process.env);
    const exitCode = await command.run(settings, deps);
    if (exitCode !== 0) core.setFailed(`kfp-action ${name} failed (see the errors above)`);
  } catch (error) {
    const { message, stack } = describeError(error);
    if (stack) core.debug(stack);
    // An error with one code (a failed Vertex call or operation, a refusal) carries it as the
    // annotation's title, `kfp-action promote/operation-failed`, as every other finding does.
    const code =
      error instanceof UserError && error.diagnostics.length === 1
        ? error.diagnostics[0]!.code
        : undefined;
    if (code) {
      core.error(message, { title: `kfp-action ${code}` });
      process.exitCode = 1;
    } else core.setFailed(message);
  }
}
