/** Commands that need the config (submit) stop without one and name the keys to add. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileWorkspace } from '../../../src/adapters/workspace/index.js';
import { compilePipelines } from '../../../src/commands/compile-pipelines.js';
import { UserError } from '../../../src/core/diagnostics.js';
import type { Deps } from '../../../src/ports/deps.js';
import { recordingEdge, recordingLogger } from '../../support/recorders.js';

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-require-config-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function deps(): Deps {
  const unused = (what: string) => async () => {
    throw new Error(`must not use ${what}`);
  };
  return {
    logger: recordingLogger([]),
    edge: recordingEdge('action'),
    env: {},
    workspace: fileWorkspace,
    compiler: unused('compiler'),
    github: unused('github'),
    git: unused('git'),
    vertex: unused('vertex'),
    promotion: unused('promotion'),
    oidcEnvironment: unused('oidcEnvironment'),
    localRunner: unused('localRunner'),
  };
}

describe('requireConfig', () => {
  it('submit without kfp-action.yaml: a config/required error naming the vertex keys and init', async () => {
    writeFileSync(
      path.join(repo, 'train.py'),
      'from kfp import dsl\n@dsl.pipeline\ndef train(): pass\n',
    );
    const common = {
      workingDirectory: repo,
      configPath: path.join(repo, 'kfp-action.yaml'),
      python: 'python3',
    };
    const run = compilePipelines(
      { common, sources: [], outputDir: path.join(repo, 'out'), requireConfig: 'submit' },
      deps(),
    );
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toMatchObject({
      message: expect.stringMatching(
        /^submit needs the config file, and kfp-action\.yaml does not exist: add `vertex: \{project, region, pipelineRoot\}`.*`kfp-action init` writes/,
      ),
      diagnostics: [expect.objectContaining({ code: 'config/required' })],
    });
  });
});
