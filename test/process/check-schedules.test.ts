/**
 * A pull request that changes a pipeline's `schedules:` (and nothing else): the BUILT action's
 * check posts the pipeline's comment with the schedule changes — added, changed, removed — and
 * the next three runs in each schedule's time zone, and refuses a schedule parameter the
 * pipeline does not have. Real git repository, fake GitHub API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { GitFixture } from '../support/git-fixture.js';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ghs_check_schedules_token';
const PR = 5;
const IR = readFileSync(path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml'), 'utf8');

const CONFIG = (schedules: string) => `version: 1
pipelines:
  - source: pipeline.yaml
    name: breast-cancer-xgboost
    schedules:
${schedules}`;

function pullRequestEvent(repository: string, base: string, head: string): object {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: (Record<string, unknown> & {
      action: string;
      pull_request: Record<string, unknown> & {
        head: Record<string, unknown> & { repo: Record<string, unknown> };
        base: Record<string, unknown>;
      };
      repository: Record<string, unknown>;
    })[];
  }[];
  const example = structuredClone(
    events.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
  );
  example.repository.full_name = repository;
  example.pull_request.number = PR;
  example.number = PR;
  example.pull_request.base = { ...example.pull_request.base, sha: base, ref: 'main' };
  example.pull_request.head = {
    ...example.pull_request.head,
    sha: head,
    repo: { ...example.pull_request.head.repo, full_name: repository, fork: false },
  };
  return example;
}

let copy: string;
let github: FakeGitHub;
let repo: GitFixture;

beforeAll(async () => {
  copy = buildActionCopy();
  github = await FakeGitHub.start('octo-org/pipelines');
  github.addAccount(TOKEN, {
    login: 'github-actions[bot]',
    type: 'Bot',
    tokenKind: 'installation',
    pullRequests: 'write',
  });
  repo = GitFixture.create();
}, 120_000);

afterAll(async () => {
  await github?.close();
  repo?.cleanup();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function check(base: string, head: string) {
  const event = path.join(repo.dir, '..', `event-${head.slice(0, 7)}.json`);
  writeFileSync(event, JSON.stringify(pullRequestEvent('octo-org/pipelines', base, head)));
  try {
    return await runAction(
      copy,
      { command: 'check', 'github-token': TOKEN, comment: 'true' },
      {
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'octo-org/pipelines',
        GITHUB_SHA: head,
        GITHUB_RUN_ID: '99',
        KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
      },
    );
  } finally {
    rmSync(event, { force: true });
  }
}

describe('check: schedule changes in the PR comment (built action)', () => {
  it('shows added, changed and removed schedules with their next runs', async () => {
    repo.write({
      'pipeline.yaml': IR,
      '.gitignore': '.kfp-action/\n',
      'kfp-action.yaml': CONFIG(
        '      - { name: nightly, cron: "0 3 * * *" }\n      - { name: monthly, cron: "0 0 1 * *" }\n',
      ),
    });
    const base = repo.commit('base');
    repo.write({
      'kfp-action.yaml': CONFIG(
        '      - { name: nightly, cron: "30 4 * * *", timeZone: Europe/Berlin }\n' +
          '      - { name: weekly, cron: "0 6 * * 1", timeZone: America/New_York, parameters: { n_estimators: 50 } }\n',
      ),
    });
    const head = repo.commit('schedules');
    const result = await check(base, head);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const body = github.issueComments(PR)[0]!.body;
    expect(body).toContain('<!-- kfp-action:check:breast-cancer-xgboost -->');
    expect(body).toContain('#### Schedules (3 changes)');
    expect(body).toMatch(
      /\| `nightly` \| ✏️ changed \| cron&#58; 0 3 &#42; &#42; &#42; → 30 4 &#42; &#42; &#42;<br>time zone&#58; UTC → Europe\/Berlin \| (\w{3} \d{4}&#45;\d\d&#45;\d\d 04&#58;30 CES?T(<br>)?){3} \|/,
    );
    expect(body).toMatch(
      /\| `weekly` \| ➕ added \| .*America\/New&#95;York<br>parameters&#58; &#123;"n&#95;estimators"&#58;50&#125; \| (Mon [^|]* 06&#58;00 GMT&#45;[45](<br>)?){3} \|/,
    );
    expect(body).toContain('| `monthly` | ➖ removed |');
  });

  it('refuses a schedule parameter the pipeline does not have, on the PR', async () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({
      'kfp-action.yaml': CONFIG(
        '      - { name: weekly, cron: "0 6 * * 1", parameters: { n_estimatorz: 50 } }\n',
      ),
    });
    const head = repo.commit('typo');
    const result = await check(base, head);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/schedule weekly: .*n_estimatorz/);
    const body = github.issueComments(PR)[0]!.body;
    expect(body).toContain('❌');
    expect(body).toContain('n&#95;estimatorz');
  });
});
