/**
 * "What ran is what was reviewed", end to end: the BUILT action's `submit` finds the merged PR,
 * reads the stamp of our own PR check comment, compares the digest of the spec it is about to
 * run, says which in the merge report and the job summary, and with `require-reviewed-spec`
 * refuses a spec no PR check saw — against the fake Vertex and the fake GitHub API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { breastCancerTasks } from '../support/fake-vertex/breast-cancer.js';
import { progression } from '../support/fake-vertex/scripts.js';
import { FakeVertexServer } from '../support/fake-vertex/server.js';
import { specDigest } from '../../src/core/spec/digest.js';
import { loadSpecText } from '../../src/core/spec/load.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE_IR = path.join(root, 'test/fixtures/vertex/breast-cancer-xgboost.yaml');
const TOKEN = 'ghs_fake_reviewed_token';
const REPO = 'octo-org/pipelines';
const MARKER = '<!-- kfp-action:check:breast-cancer-xgboost -->';
const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

const CONFIG = `version: 1
vertex:
  project: test-proj
  region: europe-west4
  pipelineRoot: gs://test-bucket/root
pipelines:
  - source: pipeline.yaml
    name: breast-cancer-xgboost
`;

let copy: string;
let repo: string;
let vertex: FakeVertexServer;
let github: FakeGitHub;
let digest: string;
let counter = 0;

function mergedPull(number: number): { sha: string; head: string } {
  counter++;
  const sha =
    `${counter.toString(16).padStart(2, '0')}d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1`.slice(0, 40);
  const head =
    `${counter.toString(16).padStart(2, '0')}eaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaea`.slice(0, 40);
  github.addPull(
    {
      number,
      state: 'closed',
      baseRef: 'main',
      headSha: head,
      mergedAt: '2026-12-01T10:00:00Z',
      mergeCommitSha: sha,
    },
    [sha],
  );
  return { sha, head };
}

const stamp = (d: string, head: string) => `<!-- kfp-action:reviewed ${d} ${head} -->`;
const checkComment = (d: string, head: string) =>
  `${MARKER}\n${stamp(d, head)}\n### ✅ \`breast-cancer-xgboost\` · compiles\n`;

function env(sha: string): Record<string, string> {
  return {
    GITHUB_WORKSPACE: repo,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: '1',
    AIPLATFORM_EMULATOR_HOST: vertex.host,
    KFP_ACTION_POLL_INTERVAL_MS: '10',
    KFP_ACTION_PYTHON: path.join(root, '.venv/bin/python'),
  };
}

const submit = (sha: string, extra: Record<string, string> = {}) =>
  runAction(
    copy,
    { command: 'submit', 'github-token': TOKEN, comment: 'true', ...extra },
    env(sha),
  );

const creates = () => vertex.callsOf('CreatePipelineJob').length;

beforeAll(async () => {
  copy = buildActionCopy();
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-reviewed-repo-'));
  cpSync(FIXTURE_IR, path.join(repo, 'pipeline.yaml'));
  writeFileSync(path.join(repo, 'kfp-action.yaml'), CONFIG);
  const loaded = loadSpecText(readFileSync(FIXTURE_IR, 'utf8'), 'pipeline.yaml');
  if (!loaded.ok) throw new Error('fixture does not load');
  digest = `sha256:${specDigest(loaded.loaded.spec)}`;
  vertex = await FakeVertexServer.start();
  vertex.script = () => progression('SUCCEEDED', breastCancerTasks());
  github = await FakeGitHub.start(REPO, 'main');
  github.addAccount(TOKEN, { ...BOT, tokenKind: 'installation', pullRequests: 'write' });
}, 120_000);

afterAll(async () => {
  await vertex?.close();
  await github?.close();
  for (const dir of [copy, repo]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('what ran is what was reviewed', () => {
  it('says the spec is the one checked in the PR, and require-reviewed-spec lets it run', async () => {
    const { sha, head } = mergedPull(7);
    github.addComment(7, checkComment(digest, head), BOT);
    const result = await submit(sha, { 'require-reviewed-spec': 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`spec ${digest} — the one checked in PR #7`);
    expect(result.summary).toContain(`✅ spec \`${digest}\` — the one checked in PR`);
    const report = github.issueComments(7).find((c) => c.body.startsWith('<!-- kfp-action:run:'));
    expect(report?.body).toContain('the one checked in PR');
  });

  it('says why the spec differs (the base moved), and require-reviewed-spec refuses it', async () => {
    const { sha, head } = mergedPull(8);
    const other = `sha256:${'0'.repeat(64)}`;
    github.addComment(8, checkComment(other, head), BOT);
    const shown = await submit(sha);
    expect(shown.code).toBe(0);
    expect(shown.summary).toContain('differs from what the PR check saw, because the base moved');

    const before = creates();
    const refused = await submit(sha, { 'require-reviewed-spec': 'true' });
    expect(refused.code).toBe(1);
    expect(creates()).toBe(before);
    expect(refused.stdout).toMatch(
      /^::error title=kfp-action vertex\/unreviewed-spec::breast-cancer-xgboost: spec sha256:[0-9a-f]{64} differs from what the PR check saw, because the base moved.*nothing was submitted/m,
    );
  });

  it('trusts only our own comment whose first line is the marker', async () => {
    const { sha, head } = mergedPull(9);
    // A person pastes a perfect stamp; a bot comment quotes the marker further down.
    github.addComment(9, checkComment(digest, head), { login: 'mallory', type: 'User' });
    github.addComment(9, `quoting:\n${MARKER}\n${stamp(digest, head)}`, BOT);
    const before = creates();
    const result = await submit(sha, { 'require-reviewed-spec': 'true' });
    expect(result.code).toBe(1);
    expect(creates()).toBe(before);
    expect(result.stdout).toContain('PR #9 has no check comment of kfp-action for this pipeline');
  });

  it('says when the PR check did not see the last push', async () => {
    const { sha } = mergedPull(10);
    github.addComment(10, checkComment(`sha256:${'1'.repeat(64)}`, 'ab'.repeat(20)), BOT);
    const result = await submit(sha);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the PR check last saw abababa, not the PR');
  });
});
