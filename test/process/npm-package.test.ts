/**
 * The CLI as npm users get it: `npm pack` of a clean copy of the repository (tracked files and a
 * fresh dist/), installed from the tarball into an empty prefix with no network (`npm i -g`), and
 * run through `npx` from an empty folder, on Node 24. The tarball holds what the `files` list
 * names and nothing of the sources or tests, stays under its size budget, and needs no other
 * package: everything it runs is bundled into dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
};

/** The budget: the tarball users download, and what it unpacks to. */
const MAX_TARBALL_BYTES = 2_000_000;
const MAX_UNPACKED_BYTES = 10_000_000;

/** What the tarball must hold (besides the bundle's chunks). */
const SHIPPED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'requirements.txt',
  'dist/cli.js',
  'dist/index.js',
  'dist/post.js',
  'dist/THIRD_PARTY_NOTICES.md',
  'python/kfp_action_compile.py',
  'schema/kfp-action.schema.json',
  'schema/pipeline-spec.schema.json',
];

// Node 24 first on PATH: npm, and the `#!/usr/bin/env node` of the installed bin, run on it.
const node24 = path.dirname(process.execPath);
const env = { PATH: `${node24}${path.delimiter}${process.env.PATH ?? ''}`, HOME: '' };

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let tmp: string;
let tarball: string;
let pack: PackResult;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', ['--cache', path.join(tmp, 'npm-cache'), ...args], {
    cwd,
    env: { ...env, HOME: tmp },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-npm-'));
  // A clean copy: what git tracks (no node_modules, no local outputs), with dist/ built fresh.
  const stage = path.join(tmp, 'stage');
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('dist/'));
  for (const file of tracked) {
    mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    try {
      copyFileSync(path.join(root, file), path.join(stage, file));
    } catch {
      // deleted in the working tree but still in the index
    }
  }
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), path.join(stage, 'dist')]);
  const packed = JSON.parse(npm(['pack', stage, '--json', '--pack-destination', tmp], tmp));
  pack = (packed as PackResult[])[0]!;
  tarball = path.join(tmp, pack.filename);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the npm package', () => {
  it('is publishable and depends on nothing: the runtime is bundled into dist/', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('holds what the files list names, and no sources, tests or node_modules', () => {
    const files = pack.files.map((f) => f.path);
    for (const file of SHIPPED) expect(files).toContain(file);
    const outside = files.filter(
      (f) => !SHIPPED.includes(f) && !/^dist\/chunks\/[\w.-]+\.js$/.test(f),
    );
    expect(outside).toEqual([]);
  });

  it('stays under its size budget', () => {
    expect(pack.size).toBeLessThan(MAX_TARBALL_BYTES);
    expect(pack.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES);
  });

  it('installs from the tarball into an empty prefix offline and runs from an empty folder', () => {
    const prefix = path.join(tmp, 'prefix');
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    npm(
      ['install', '--global', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund'],
      empty,
    );
    const bin = path.join(prefix, 'bin', 'kfp-action');
    const run = (args: string[]) =>
      spawnSync(bin, args, { cwd: empty, env, encoding: 'utf8', timeout: 60_000 });
    const help = run(['--help']);
    expect({ code: help.status, stderr: help.stderr }).toEqual({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: kfp-action [options] <command>');
    expect(run(['-V']).stdout).toBe(`kfp-action ${pkg.version}\n`);
    // More than help: a real command, with nothing but the installed package.
    const ir = path.join(root, 'test/fixtures/kfp-ir/hello_world.yaml');
    const validate = run(['validate', ir]);
    expect({ code: validate.status, out: validate.stdout }).toEqual({
      code: 0,
      out: '1 file valid\n',
    });
  });

  it('runs with npx from the tarball in an empty folder', () => {
    const empty = path.join(tmp, 'npx');
    mkdirSync(empty);
    const out = npm(
      ['exec', '--yes', '--offline', '--package', tarball, '--', 'kfp-action', '--help'],
      empty,
    );
    expect(out).toContain('Usage: kfp-action [options] <command>');
  });
});
