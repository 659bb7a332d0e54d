/**
 * `kfp-action validate` as users run it: the built CLI (`node dist/cli.js validate …`) and the
 * built action (`command: validate`), on the fixture, hand-broken variants, folders, the corpus
 * (when present) and hostile files generated in a temp dir. Each hostile file must get one
 * located line and exit 1, with no stack trace, in bounded time and memory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { BASE, CORPUS, FIXTURES, lineOf, variant } from '../support/validate/variants.js';

let copy: string;
let work: string;
beforeAll(() => {
  copy = buildActionCopy();
  work = mkdtempSync(path.join(tmpdir(), 'kfp-validate-'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Runs the built CLI in `work` with a 128 MB heap: hostile input must not need more. */
function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=128', path.join(copy, 'dist/cli.js'), 'validate', ...args],
    { cwd: work, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '' } },
  );
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: string | Uint8Array) => {
  mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
  writeFileSync(path.join(work, name), content);
  return name;
};

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('kfp-action validate (CLI)', () => {
  it('accepts a valid pipeline: exit 0 and a one-line summary', () => {
    write('ok.yaml', BASE);
    const r = cli('ok.yaml');
    expect(r).toMatchObject({ code: 0, stdout: '1 file valid\n', stderr: '' });
  });

  it('prints file:line:col: error: message [task] (code) and exits 1', () => {
    const text = variant('producerTask: make-data', 'producerTask: make-dta');
    write('broken.yaml', text);
    const r = cli('ok.yaml', 'broken.yaml');
    expect(r.code).toBe(1);
    const line = lineOf(text, 'producerTask: make-dta');
    expect(r.stderr).toMatch(
      new RegExp(
        `^broken\\.yaml:${line}:\\d+: error: task "train" takes an input from task "make-dta".* \\[train\\] \\(graph/dangling-producer\\)\\n$`,
      ),
    );
    expect(r.stdout).toBe('1 file of 2 invalid (1 error)\n');
  });

  it('--format json prints one object per file', () => {
    const r = cli('--format', 'json', 'ok.yaml', 'broken.yaml');
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout) as { file: string; valid: boolean; errors: object[] }[];
    expect(reports).toEqual([
      { file: 'ok.yaml', valid: true, errors: [] },
      {
        file: 'broken.yaml',
        valid: false,
        errors: [
          expect.objectContaining({
            message: expect.stringContaining('make-dta'),
            line: expect.any(Number),
            column: expect.any(Number),
            path: 'root.dag.tasks.train.inputs.artifacts.data.taskOutputArtifact.producerTask',
            task: 'train',
            code: 'graph/dangling-producer',
          }),
        ],
      },
    ]);
    expect(r.stderr).toBe('');
  });

  it('validates every .yaml/.yml/.json below a folder, and nothing else', () => {
    write('tree/a/one.yaml', BASE);
    write('tree/b/c/two.yml', BASE);
    write('tree/three.json', JSON.stringify({ pipelineInfo: { name: 'x' } }));
    write('tree/notes.txt', 'not IR');
    const r = cli('--format=json', 'tree');
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    expect(files).toEqual([
      path.join('tree', 'a', 'one.yaml'),
      path.join('tree', 'b', 'c', 'two.yml'),
      path.join('tree', 'three.json'),
    ]);
    expect(r.code).toBe(1);
  });

  it.each([
    [['missing.yaml'], /cannot read "missing\.yaml": no such file or folder/],
    [['--format', 'xml', 'ok.yaml'], /--format must be text or json, got "xml"/],
    [['--colour', 'ok.yaml'], /unknown option --colour/],
  ])('exits 2 on a usage error or unreadable path: %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  });

  describe('hostile input: one located line, exit 1, no stack trace', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const p = i === 0 ? 'a' : `b${i - 1}`;
        return `b${i}: &b${i} [${Array(9).fill(`*${p}`).join(',')}]`;
      }),
    ].join('\n');
    const cases: [string, () => string, string][] = [
      [
        'malformed YAML',
        () => write('h/malformed.yaml', 'pipelineInfo:\n  name: [unclosed\nroot: {'),
        'load/yaml-syntax',
      ],
      ['an empty file', () => write('h/empty.yaml', ''), 'load/empty'],
      ['a YAML alias bomb', () => write('h/bomb.yaml', bomb), 'load/yaml-aliases'],
      [
        'a 50 MB file',
        () => {
          const name = write('h/huge.yaml', '');
          truncateSync(path.join(work, name), 50 * 1024 * 1024); // sparse: costs no disk
          return name;
        },
        'load/too-large',
      ],
      [
        'a binary file',
        () =>
          write(
            'h/image.yaml',
            new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
          ),
        'load/binary',
      ],
      [
        'a JSON file that is not a pipeline',
        () => write('h/package.json', '{"name": "kfp-action", "private": true}\n'),
        'load/not-a-pipeline',
      ],
      [
        'deeply nested JSON',
        () => write('h/deep.json', '['.repeat(100000) + ']'.repeat(100000)),
        'load/',
      ],
    ];
    it.each(cases)('%s', (_label, make, code) => {
      const file = make();
      const started = Date.now();
      const r = cli(file);
      expect(r.signal).toBeNull();
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(r.code).toBe(1);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: error: .+ \\(${code}`),
      );
      noStack(r.stderr);
    });
  });

  const corpus = existsSync(path.join(CORPUS, 'valid')) ? it : it.skip;
  corpus(`accepts the whole corpus (${CORPUS})`, () => {
    const r = cli(path.join(CORPUS, 'valid'), path.join(CORPUS, 'components'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+ files valid\n$/);
    expect(r.code).toBe(0);
  });
});

describe('command: validate (action)', () => {
  it('annotates findings, sets `valid` and writes a summary; fails the step', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'kfp-validate-ws-'));
    try {
      cpSync(path.join(FIXTURES, 'base.yaml'), path.join(ws, 'ir', 'ok.yaml'));
      const text = variant('schemaVersion: 2.1.0', 'schemaVersion: 2.0.0');
      writeFileSync(path.join(ws, 'ir', 'old.yaml'), text);
      const r = await runAction(
        copy,
        { command: 'validate', pipelines: 'ir/ok.yaml\nir/*.yaml\n' },
        { GITHUB_WORKSPACE: ws },
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        `::error title=kfp-action naming/schema-version,file=ir/old.yaml,line=${lineOf(text, 'schemaVersion: 2.0.0')},col=1::schemaVersion is "2.0.0"`,
      );
      expect(r.outputs.valid).toBe('false');
      expect(r.summary).toContain('1 file of 2 invalid');
      noStack(r.stdout + r.stderr);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('passes with valid IR and refuses an empty `pipelines` input', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'kfp-validate-ws-'));
    try {
      cpSync(path.join(FIXTURES, 'base.yaml'), path.join(ws, 'ok.yaml'));
      const ok = await runAction(
        copy,
        { command: 'validate', pipelines: 'ok.yaml' },
        { GITHUB_WORKSPACE: ws },
      );
      expect(ok.code).toBe(0);
      expect(ok.outputs.valid).toBe('true');
      const empty = await runAction(
        copy,
        { command: 'validate', pipelines: '' },
        { GITHUB_WORKSPACE: ws },
      );
      // Without paths, the compiled pipelines found in the workspace (docs/config.md).
      expect(empty.code).toBe(0);
      expect(empty.stdout).toContain('validating the 1 compiled pipeline found in the repository');
      mkdirSync(path.join(ws, 'nothing-here'));
      const none = await runAction(
        copy,
        { command: 'validate', pipelines: '' },
        { GITHUB_WORKSPACE: path.join(ws, 'nothing-here') },
      );
      expect(none.code).toBe(1);
      expect(none.stdout).toMatch(/::error::no file or folder given, and no compiled pipeline IR/);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
