import { describe, expect, it } from '@jest/globals';
import { COMMANDS, findCommand } from '../../../src/commands/registry.js';

describe('command registry', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s loads the command it lists, with the same summary and value flags',
    async (name, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(name);
      expect(entry.summary).toBe(command.summary);
      expect(entry.valueFlags).toEqual(command.cliFlags.values);
      expect(findCommand(name)).toBe(entry);
    },
  );

  it('finds no command that is not listed', () => {
    expect(findCommand('nope')).toBeUndefined();
  });
});
