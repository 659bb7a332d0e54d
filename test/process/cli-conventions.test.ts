/**
 * The built CLI's conventions, as a user meets them: the Node.js version it needs (refused in one
 * line on an older Node), `-V/--version`, `-h/--help` everywhere, global options before or after
 * the command, usage errors (exit 2, no timestamp, the known options listed), NO_COLOR and
 * FORCE_COLOR.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildActionCopy } from '../support/action-process/run-action.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};

let copy: string;
beforeAll(() => {
  copy = buildActionCopy();
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}, node = process.execPath) {
  const r = spawnSync(node, [path.join(copy, 'dist/cli.js'), ...args], {
    cwd: copy,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

/**
 * A `node` older than the CLI needs (Node 20 on this project's machines): the suite puts Node 24
 * first on PATH, so the system's own binaries are looked at too.
 */
function oldNode(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'node')),
    '/usr/bin/node',
    '/usr/local/bin/node',
  ];
  for (const node of new Set(candidates)) {
    const r = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (r.status === 0 && Number(r.stdout.trim().split('.')[0]) < 22) return node;
  }
  return undefined;
}

describe('Node.js version', () => {
  it('package.json engines and the entry’s check say the same major', () => {
    expect(pkg.engines.node).toBe('>=22');
    expect(readFileSync(path.join(root, 'src/cli.ts'), 'utf8')).toContain('REQUIRED_MAJOR = 22;');
  });
  const old = oldNode();
  (old ? it : it.skip)('an older Node gets one line saying which Node it needs, exit 2', () => {
    for (const args of [['--help'], ['compile'], ['--version']]) {
      const r = cli(args, {}, old);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^kfp-action needs Node\.js 22 or newer; this is Node\.js 2\d\.[^\n]*\n$/,
      );
    }
  });
  it('the running Node (24) gets the CLI', () => {
    expect(cli(['--help']).code).toBe(0);
  });
});

describe('version and help', () => {
  it('-V and --version print package.json’s version, anywhere on the line', () => {
    for (const args of [
      ['-V'],
      ['--version'],
      ['validate', '-V'],
      ['--python', 'x', '--version'],
    ]) {
      const r = cli(args);
      expect({ args, code: r.code, out: r.stdout }).toEqual({
        args,
        code: 0,
        out: `kfp-action ${pkg.version}\n`,
      });
    }
  });
  it('-h, --help and `help` work before and after every command', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: kfp-action [options] <command>');
    expect(cli(['-h']).stdout).toBe(top.stdout);
    expect(cli(['help']).stdout).toBe(top.stdout);
    for (const name of ['compile', 'validate', 'check', 'run', 'submit', 'promote', 'rollback']) {
      const after = cli([name, '-h']);
      expect(after.code).toBe(0);
      expect(after.stdout).toContain(`kfp-action ${name}`);
      expect(cli(['--help', name]).stdout).toBe(after.stdout);
      expect(cli(['help', name]).stdout).toBe(after.stdout);
    }
  });
});

describe('options and usage errors', () => {
  it('takes the global options before the command as well as after it', () => {
    const before = cli(['--python', '/nonexistent/python', 'compile', 'missing.py']);
    const after = cli(['compile', 'missing.py', '--python', '/nonexistent/python']);
    expect(before.code).not.toBe(2);
    expect(before.code).toBe(after.code);
    expect(before.stderr.replace(/^\S+Z /gm, '')).toBe(after.stderr.replace(/^\S+Z /gm, ''));
  });
  it('an unknown option is exit 2 with the known options, and no timestamp', () => {
    const r = cli(['validate', '--nope', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kfp-action: unknown option --nope \(known: [^)]*--format/);
    expect(r.stderr).toContain('--help (-h)');
    expect(r.stderr).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });
  it('a missing value, a value given to a switch and an unknown command are exit 2', () => {
    expect(cli(['validate', 'x.yaml', '--format'])).toMatchObject({ code: 2 });
    expect(cli(['validate', 'x.yaml', '--format']).stderr).toContain('--format needs a value');
    expect(cli(['run', '--fail-fast=no']).stderr).toContain('--fail-fast takes no value');
    const unknown = cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^kfp-action: unknown command "frobnicate" \(commands: compile,/,
    );
    expect(cli([]).code).toBe(2);
    const badTopic = cli(['help', 'frobnicate']);
    expect(badTopic.code).toBe(2);
    expect(badTopic.stderr).toMatch(/^kfp-action: help takes one command \(compile, /);
  });
  it('a usage error found while reading the settings is not timestamped either', () => {
    const r = cli(['run', '--parallelism', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kfp-action: --parallelism must be a positive whole number/);
  });
});

describe('colour', () => {
  // A source that does not exist: compile logs an error through the logger.
  const failing = ['compile', 'missing.py', '--python', '/nonexistent/python'];
  it('is off when stderr is not a terminal, and with FORCE_COLOR=0', () => {
    const plain = cli(failing);
    expect(plain.stderr).toContain('error:');
    expect(plain.stderr).not.toContain('\u001b[');
    expect(cli(failing, { FORCE_COLOR: '0' }).stderr).not.toContain('\u001b[');
  });
  it('FORCE_COLOR paints the error prefix', () => {
    const r = cli(failing, { FORCE_COLOR: '1' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('\u001b[31merror:\u001b[39m');
  });
});
