import { describe, expect, it } from '@jest/globals';
import { cliEdge, cliLogger } from '../../../src/adapters/edge/cli.js';
import { logText } from '../../../src/adapters/edge/log-text.js';

/** What the runner would take for a command: a line that, trimmed, starts with `::` or `##[`. */
const commands = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => /^(::|##\[)/.test(l));

const FORGED =
  'pipeline\n::error file=a.py,line=1::forged\r  ::stop-commands::t\r\n##[error]old\n::add-mask::x';

describe('logText', () => {
  it('no line of untrusted text can start a workflow command', () => {
    expect(commands(logText(FORGED))).toEqual([]);
  });

  it('shows the text, with the first character of a would-be command escaped as @actions/core does', () => {
    expect(logText(FORGED)).toBe(
      'pipeline\n%3A:error file=a.py,line=1::forged\n  %3A:stop-commands::t\n%23#[error]old\n%3A:add-mask::x',
    );
    expect(logText('plain :: text\nand more')).toBe('plain :: text\nand more');
  });

  it('the CLI logger and edge (which also run inside workflow steps) write no command', () => {
    let out = '';
    const write = (s: string) => void (out += s);
    const log = cliLogger(true, 'ns', write, true);
    log.info(FORGED);
    log.warning(FORGED);
    log.error(FORGED);
    const edge = cliEdge(write, write);
    edge.print(FORGED);
    edge.report([{ code: 'x/y', severity: 'error', message: FORGED, file: 'f.py', line: 1 }]);
    expect(out).toContain('forged');
    expect(commands(out)).toEqual([]);
  });
});
