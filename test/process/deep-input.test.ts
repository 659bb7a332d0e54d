/**
 * Deeply nested input is refused before it is parsed (issue 9): 4 MB of nesting, as JSON and as
 * YAML (flow, compact sequences, indented mappings), each gets one located `load/too-deep`
 * finding from the built CLI running under a 256 MB heap (the YAML parser used to take 2.3 GB).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy } from '../support/action-process/run-action.js';

const MB4 = 4 * 1024 * 1024;
let copy: string;
let work: string;
beforeAll(() => {
  copy = buildActionCopy();
  work = mkdtempSync(path.join(tmpdir(), 'kfp-deep-'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Indented mappings, one level per line, until the text is about `bytes` long. */
function indentedMappings(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let d = 0; size < bytes; d++) {
    const line = `${' '.repeat(d)}k:`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + ' 1\n';
}

const half = MB4 / 2;
const cases: [string, string, string][] = [
  ['JSON [[[…]]]', 'deep.json', '['.repeat(half) + ']'.repeat(half)],
  ['JSON objects', 'objects.json', '{"a":'.repeat(MB4 / 6 + 1) + '1' + '}'.repeat(MB4 / 6 + 1)],
  ['YAML flow', 'flow.yaml', 'root:\n  dag: ' + '['.repeat(half) + ']'.repeat(half)],
  ['YAML compact sequences', 'dashes.yaml', 'root:\n  - ' + '- '.repeat(half) + 'x\n'],
  ['YAML indented mappings', 'indented.yaml', indentedMappings(MB4)],
];

describe('deeply nested input (built CLI, 256 MB heap)', () => {
  it.each(cases)('%s: refused before parsing, located', (_label, name, text) => {
    writeFileSync(path.join(work, name), text);
    expect(statSync(path.join(work, name)).size).toBeGreaterThanOrEqual(MB4 - 16);
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', path.join(copy, 'dist/cli.js'), 'validate', name],
      { cwd: work, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } },
    );
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${name.replace('.', '\\.')}:\\d+:\\d+: error: .*nested more than 100 deep.*\\(load/too-deep`,
      ),
    );
  });
});

describe('a deeply nested config file (built CLI, 256 MB heap)', () => {
  it('is refused before parsing, located', () => {
    const levels = 500_000; // 1 MB: the config size cap
    writeFileSync(
      path.join(work, 'deep-config.yaml'),
      'version: 1\npipelines: ' + '['.repeat(levels) + ']'.repeat(levels) + '\n',
    );
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=256',
        path.join(copy, 'dist/cli.js'),
        'compile',
        '--config',
        'deep-config.yaml',
      ],
      { cwd: work, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } },
    );
    expect(r.signal).toBeNull();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(
      /deep-config\.yaml:2:111: .*nested more than 100 deep.*config\/too-deep/,
    );
  });
});
