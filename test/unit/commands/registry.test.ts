import { describe, expect, it, jest } from '@jest/globals';
import { runCli } from '../../../src/cli-main.js';
import { COMMANDS, findCommand } from '../../../src/commands/registry.js';

describe('command registry', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s loads the command it lists, with the same summary',
    async (name, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(name);
      expect(entry.summary).toBe(command.summary);
      expect(findCommand(name)).toBe(entry);
    },
  );

  it('finds no command that is not listed', () => {
    expect(findCommand('nope')).toBeUndefined();
  });
});

describe('finding the command word with one command loaded', () => {
  it.each([
    [['--config', 'c.yaml', 'validate', '--help'], 'kfp-action validate'],
    [['--parallelism', '4', 'run', '--help'], 'kfp-action run'],
    // `validate` here is the value of run's --pipeline: every command's options decide.
    [['--pipeline', 'validate', 'run', '--help'], 'kfp-action run'],
    [['help', 'compile'], 'kfp-action compile'],
  ])('%j prints the usage of %s', async (argv, usage) => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await runCli(argv, process.cwd(), {})).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(new RegExp(`^Usage: ${usage} `));
  });
});
