import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postCommentsCommand } from '../../../src/commands/post-comments.js';
import {
  CHECK_RESULT_MAX_BYTES,
  checkResultErrors,
  fromCheckResultFile,
  toCheckResultFile,
  type CheckResultFile,
} from '../../../src/core/check/result-file.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { passed, renderPrComment } from '../../../src/core/report/pr-comment.js';
import type { Deps } from '../../../src/ports/deps.js';
import { OctokitGitHub } from '../../../src/adapters/github/client.js';
import { fileWorkspace } from '../../../src/adapters/workspace/index.js';
import { nullLogger } from '../../../src/ports/logger.js';
import { FakeGitHub } from '../../support/fake-github/server.js';
import { recordingEdge } from '../../support/recorders.js';
import { ctx, result } from '../report/pr-comment-fixtures.js';

// The check result comes from a run a fork controls: whatever the file holds, post-comments
// answers with a located UserError (check/result-refused, check/bad-event, …), never an
// "internal error", and posts nothing.
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

const RESULT = 'out/check/check-result.json';
const HEAD = 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3';

/** A check result as `check` writes it, for pipelines with hostile names. */
function valid(): CheckResultFile {
  return toCheckResultFile(
    [result('p'), { ...result('q'), removed: true }],
    { pullRequest: 7, headSha: HEAD, baseSha: ctx.baseSha!, retire: true, general: [] },
    passed,
  );
}
const runEvent = () =>
  save('event.json', JSON.stringify({ workflow_run: { head_sha: HEAD, id: 1 } }));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'post-comments-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('post-comments with untrusted files', () => {
  it('round-trips what check writes: same results, diff recomputed from the models', () => {
    const file = JSON.parse(JSON.stringify(valid())) as CheckResultFile;
    expect(checkResultErrors(file)).toEqual([]);
    const back = fromCheckResultFile(file);
    expect(renderPrComment(back[0]!, ctx).body).toBe(renderPrComment(result('p'), ctx).body);
  });

  it('carries schedule changes and compiled-IR positions, and renders them the same', () => {
    const r = {
      ...result('p'),
      diagnostics: [
        {
          code: 'graph/cycle',
          severity: 'error' as const,
          message: 'm',
          file: 'pipelines/p.py',
          line: 3,
          compiledAt: { file: 'out/p.yaml', line: 40 },
        },
      ],
      schedules: [
        {
          kind: 'added' as const,
          name: 'nightly',
          settings: {
            name: 'nightly',
            cron: '0 3 * * *',
            timeZone: 'Europe/Berlin',
            parameters: { a: 1 },
          },
          changes: [],
        },
      ],
    };
    const file = toCheckResultFile(
      [r],
      { pullRequest: 7, headSha: HEAD, retire: true, general: [] },
      passed,
    );
    const json = JSON.parse(JSON.stringify(file)) as CheckResultFile;
    expect(checkResultErrors(json)).toEqual([]);
    const timed = { ...ctx, time: '2026-01-01 00:00:00Z' };
    expect(renderPrComment(fromCheckResultFile(json)[0]!, timed).body).toBe(
      renderPrComment(r, timed).body,
    );
  });

  it.each<[string, (f: Record<string, unknown>) => unknown]>([
    ['not JSON', () => '{not json'],
    ['null', () => null],
    ['an extra top-level field (a Markdown body)', (f) => ({ ...f, body: '[x](https://evil)' })],
    ['a wrong version', (f) => ({ ...f, version: 2 })],
    ['a head sha that is not a sha', (f) => ({ ...f, headSha: 'HEAD](https://evil.example)' })],
    [
      'Markdown in a field the renderer does not escape as text',
      (f) => ({ ...f, kfpVersion: '2 [re-authenticate](https://evil.example)' }),
    ],
    [
      'a finding with an unknown field',
      (f) => ({
        ...f,
        general: [{ code: 'x/y', severity: 'error', message: 'm', html: '<img src=x>' }],
      }),
    ],
  ])('refuses %s as check/result-refused', async (_, tamper) => {
    const t = tamper(valid() as unknown as Record<string, unknown>);
    save(RESULT, typeof t === 'string' ? t : JSON.stringify(t));
    const error = await failure({ GITHUB_EVENT_PATH: runEvent() });
    expect(error.message).toContain('refusing to post anything');
    expect(error.diagnostics[0]?.code).toBe('check/result-refused');
  });

  it('refuses a verdict that disagrees with the findings, and a repeated pipeline', async () => {
    const f = valid();
    const actual = f.pipelines[0]!.verdict;
    const lie = actual === 'passed' ? 'failed' : 'passed';
    save(RESULT, JSON.stringify({ ...f, pipelines: [{ ...f.pipelines[0]!, verdict: lie }] }));
    expect((await failure({ GITHUB_EVENT_PATH: runEvent() })).message).toContain(
      `its findings say "${actual}"`,
    );
    save(RESULT, JSON.stringify({ ...f, pipelines: [f.pipelines[0], f.pipelines[0]] }));
    expect((await failure({ GITHUB_EVENT_PATH: runEvent() })).message).toContain('repeats');
  });

  it('refuses an oversize file before reading it', async () => {
    save(RESULT, ' '.repeat(CHECK_RESULT_MAX_BYTES + 1));
    const error = await failure({ GITHUB_EVENT_PATH: runEvent() });
    expect(error.message).toMatch(/over the \d+-byte cap/);
  });

  it('refuses a result for another commit or another pull request', async () => {
    save(RESULT, JSON.stringify({ ...valid(), headSha: 'a'.repeat(40) }));
    expect((await failure({ GITHUB_EVENT_PATH: runEvent() })).diagnostics[0]?.message).toBe(
      'head sha mismatch',
    );
    save(RESULT, JSON.stringify(valid()));
    const pr = save(
      'pr.json',
      JSON.stringify({ pull_request: { number: 8, head: { sha: HEAD } } }),
    );
    expect((await failure({ GITHUB_EVENT_PATH: pr })).diagnostics[0]?.message).toBe(
      'pull request mismatch',
    );
  });

  it('names the event file when it is not JSON', async () => {
    save(RESULT, JSON.stringify(valid()));
    const event = save('event.json', '{oops');
    const error = await failure({ GITHUB_EVENT_PATH: event });
    expect(error.message).toContain(event);
    expect(error.diagnostics[0]?.code).toBe('check/bad-event');
  });

  it.each(['null', '{"workflow_run": null}', '{}'])(
    'says the event %s names no PR head',
    async (text) => {
      save(RESULT, JSON.stringify(valid()));
      const error = await failure({ GITHUB_EVENT_PATH: save('event.json', text) });
      expect(error.diagnostics[0]?.code).toBe('github/not-workflow-run');
    },
  );
});

describe('post-comments caps the comments by the base branch', () => {
  it('without a config file, counts the pipelines zero-config finds in the checkout', async () => {
    const fake = await FakeGitHub.start();
    try {
      fake.addAccount('t', {
        login: 'github-actions[bot]',
        type: 'Bot',
        tokenKind: 'installation',
        pullRequests: 'write',
      });
      fake.addPull({ number: 7, state: 'open', baseRef: 'main', headSha: HEAD });
      save(
        'pipelines/one.py',
        'from kfp import dsl\n\n@dsl.pipeline(name="one")\ndef one():\n    pass\n',
      );
      const f = valid();
      const many = ['a', 'b', 'c'].map((n) => ({ ...f.pipelines[0]!, pipeline: n }));
      save(RESULT, JSON.stringify({ ...f, pipelines: many }));
      const logged: string[] = [];
      const logger = { ...nullLogger, warning: (m: string) => void logged.push(m) };
      const common = {
        workingDirectory: dir,
        configPath: path.join(dir, 'kfp-action.yaml'),
        python: 'python3',
      };
      const settings = postCommentsCommand.fromInputs(
        (name) => ({ 'output-dir': 'out', 'github-token': 't' })[name] ?? '',
        common,
      );
      const github = new OctokitGitHub({
        token: 't',
        repository: fake.repository,
        apiUrl: fake.url,
        logger: nullLogger,
      });
      const code = await postCommentsCommand.run(settings, {
        ...deps({ GITHUB_EVENT_PATH: runEvent() }),
        logger: { ...logger, withNamespace: () => logger },
        github: () => Promise.resolve(github),
      });
      expect(code).toBe(0);
      expect(logged.join('\n')).toMatch(/reports 3 pipelines, more than the 1 .*:b -->.*:c -->/);
      expect(fake.issueComments(7).map((c) => c.body.split('\n')[0])).toEqual([
        '<!-- kfp-action:check:a -->',
      ]);
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
