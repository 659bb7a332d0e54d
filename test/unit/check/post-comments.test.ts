import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postCommentsCommand } from '../../../src/commands/post-comments.js';
import { UserError } from '../../../src/core/diagnostics.js';
import type { Deps } from '../../../src/ports/deps.js';

import { nullLogger } from '../../../src/ports/logger.js';
import { fileWorkspace } from '../../../src/adapters/workspace/index.js';
import { recordingEdge } from '../../support/recorders.js';

// The saved comments come from a fork's run: whatever their files hold, post-comments answers
// with a located UserError (github/…, check/bad-event), never an "internal error".
let dir: string;
const unused = () => Promise.reject(new Error('not used'));

function deps(env: Deps['env']): Deps {
  return {
    logger: nullLogger,
    edge: recordingEdge(),
    env,
    workspace: fileWorkspace,
    compiler: unused,
    github: unused,
    git: unused,
    vertex: unused,
    promotion: unused,
    oidcEnvironment: unused,
    localRunner: unused,
  };
}

async function failure(env: Deps['env']): Promise<UserError> {
  const common = { workingDirectory: dir, configPath: path.join(dir, 'x.yaml'), python: 'python3' };
  const settings = postCommentsCommand.fromInputs(
    (name) => (name === 'output-dir' ? 'out' : ''),
    common,
  );
  const error = await postCommentsCommand.run(settings, deps(env)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function save(file: string, text: string): string {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const MANIFEST = 'out/check/comments/manifest.json';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'post-comments-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('post-comments with untrusted files', () => {
  it.each(['{not json', 'null', '[]', '{"pullRequest": 1}'])(
    'refuses a manifest.json of %s as malformed',
    async (text) => {
      save(MANIFEST, text);
      const error = await failure({});
      expect(error.message).toContain('is not a kfp-action comment manifest');
      expect(error.diagnostics[0]?.code).toBe('github/bad-saved-reports');
    },
  );

  const manifest = JSON.stringify({ pullRequest: 7, headSha: 'abc', comments: [] });

  it('names the event file when it is not JSON', async () => {
    save(MANIFEST, manifest);
    const event = save('event.json', '{oops');
    const error = await failure({ GITHUB_EVENT_PATH: event });
    expect(error.message).toContain(event);
    expect(error.diagnostics[0]?.code).toBe('check/bad-event');
  });

  it.each(['null', '{"workflow_run": null}', '{}'])(
    'says the event %s is not a workflow_run',
    async (text) => {
      save(MANIFEST, manifest);
      const error = await failure({ GITHUB_EVENT_PATH: save('event.json', text) });
      expect(error.diagnostics[0]?.code).toBe('github/not-workflow-run');
    },
  );
});
