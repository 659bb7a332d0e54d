/**
 * Which files the discovery without a config looks at: those git knows (tracked, or untracked
 * and not ignored), never a virtualenv, node_modules or the output folder; a walk outside git.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findRepositoryPipelines } from '../../../src/adapters/sources/repository.js';
import { GitFixture } from '../../support/git-fixture.js';
import { recordingLogger } from '../../support/recorders.js';

const PIPELINE = 'from kfp import dsl\n\n@dsl.pipeline\ndef p():\n    pass\n';
const IR = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/kfp-ir/hello_world.yaml'),
  'utf8',
);

const modulesOf = (found: Awaited<ReturnType<typeof findRepositoryPipelines>>) =>
  found.modules.map((m) => m.file);

describe('findRepositoryPipelines', () => {
  let repo: GitFixture;
  beforeEach(() => {
    repo = GitFixture.create('kfp-discovery-');
  });
  afterEach(() => repo.cleanup());

  it('in git: tracked and untracked-not-ignored files; not ignored, deleted, venv, node_modules or output', async () => {
    repo.write({
      '.gitignore': 'ignored/\n',
      'tracked.py': PIPELINE,
      'deleted.py': PIPELINE,
      'compiled/tracked.yaml': IR,
      'tools/pyvenv.cfg': 'home = /usr/bin\n',
      'tools/lib/in_venv.py': PIPELINE,
      'node_modules/pkg/in_node_modules.py': PIPELINE,
      'build/out.yaml': IR,
      'plain.py': 'def f():\n    return "@dsl.pipeline"\n',
    });
    repo.commit('base');
    repo.remove('deleted.py');
    repo.write({ 'new.py': PIPELINE, 'ignored/secret.py': PIPELINE });
    const found = await findRepositoryPipelines(
      repo.dir,
      [path.join(repo.dir, 'build')],
      recordingLogger([]),
    );
    expect(found.listing).toBe('git');
    expect(modulesOf(found)).toEqual(['new.py', 'tracked.py']);
    expect(found.ir).toEqual(['compiled/tracked.yaml']);
  });

  it('outside git: a walk with the same skips', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kfp-discovery-walk-'));
    try {
      for (const [file, text] of Object.entries({
        'a/one.py': PIPELINE,
        '.venv/lib/x.py': PIPELINE,
        'env/pyvenv.cfg': '',
        'env/y.py': PIPELINE,
        '.kfp-action/compiled/p.yaml': IR,
        'ir/hello.json': JSON.stringify({
          pipelineInfo: { name: 'h' },
          root: {},
          schemaVersion: '2.1.0',
        }),
      })) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      const found = await findRepositoryPipelines(dir, [], recordingLogger([]));
      expect(found.listing).toBe('walk');
      expect(modulesOf(found)).toEqual(['a/one.py']);
      expect(found.ir).toEqual(['ir/hello.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
