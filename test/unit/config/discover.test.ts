import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoverSources } from '../../../src/adapters/sources/discover.js';
import { isGlob, sourceKind, splitSourceList } from '../../../src/core/compile/sources.js';

let repo: string;
const display = (p: string) => path.relative(repo, p);

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-discover-'));
  const files = [
    'pipelines/train.py',
    'pipelines/serve.py',
    'pipelines/nested/extra.py',
    'pipelines/notes.txt',
    'compiled/old.yaml',
    'compiled/other.json',
    '.venv/lib/site-packages/kfp/x.py',
    'node_modules/pkg/y.py',
  ];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    writeFileSync(path.join(repo, f), '');
  }
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('discoverSources', () => {
  it('expands globs relative to their base, sorted, skipping venvs and node_modules', () => {
    const { sources, diagnostics } = discoverSources([{ pattern: '**/*.py', base: repo }], display);
    expect(diagnostics).toEqual([]);
    expect(sources.map((s) => display(s.path))).toEqual([
      'pipelines/nested/extra.py',
      'pipelines/serve.py',
      'pipelines/train.py',
    ]);
    expect(sources.every((s) => s.kind === 'python' && !s.explicit)).toBe(true);
  });

  it('takes a folder as every .py below it, and a file as explicit', () => {
    const { sources } = discoverSources(
      [
        { pattern: 'pipelines/nested', base: repo },
        { pattern: 'compiled/old.yaml', base: repo },
      ],
      display,
    );
    expect(sources.map((s) => [display(s.path), s.kind, s.explicit])).toEqual([
      ['pipelines/nested/extra.py', 'python', false],
      ['compiled/old.yaml', 'ir', true],
    ]);
  });

  it('carries the config entry’s selection and drops duplicates', () => {
    const entry = { source: 'pipelines/train.py', function: 'train', name: 'train' };
    const { sources } = discoverSources(
      [
        { pattern: entry.source, base: repo, entry, entryIndex: 0 },
        { pattern: 'pipelines/train.py', base: repo, entry, entryIndex: 0 },
        { pattern: 'compiled/*.{yaml,json}', base: repo },
      ],
      display,
    );
    expect(sources).toEqual([
      expect.objectContaining({ function: 'train', name: 'train', entryIndex: 0 }),
      expect.objectContaining({ kind: 'ir', path: path.join(repo, 'compiled/old.yaml') }),
      expect.objectContaining({ kind: 'ir', path: path.join(repo, 'compiled/other.json') }),
    ]);
  });

  it('reports a pattern that matches nothing where it is written', () => {
    const at = { file: 'kfp-action.yaml', line: 4, column: 13 };
    const { sources, diagnostics } = discoverSources(
      [
        { pattern: 'pipelines/missing.py', base: repo, at },
        { pattern: 'nowhere/**/*.py', base: repo },
        { pattern: 'pipelines/notes.txt', base: repo },
      ],
      display,
    );
    expect(sources).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'compile/source-not-found',
        file: 'kfp-action.yaml',
        line: 4,
        column: 13,
        message: expect.stringContaining('"pipelines/missing.py" matches no pipeline file'),
      }),
      expect.objectContaining({
        code: 'compile/source-not-found',
        message: expect.stringContaining('nowhere/**/*.py'),
      }),
      expect.objectContaining({ code: 'compile/unknown-source-type', file: 'pipelines/notes.txt' }),
    ]);
  });
});

describe('source helpers', () => {
  it('classifies files and recognises globs', () => {
    expect(['a.py', 'a.YAML', 'a.yml', 'a.json', 'a.txt'].map(sourceKind)).toEqual([
      'python',
      'ir',
      'ir',
      'ir',
      undefined,
    ]);
    expect(['a/*.py', 'a/{b,c}.py', 'a/b.py'].map(isGlob)).toEqual([true, true, false]);
  });

  it('splits the `pipelines` input into one source per line', () => {
    expect(splitSourceList('a.py\n\n  b/*.py  \r\n# comment\n')).toEqual(['a.py', 'b/*.py']);
  });
});
