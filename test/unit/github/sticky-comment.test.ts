import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OctokitGitHub } from '../../../src/adapters/github/client.js';
import { findMergedPullRequest } from '../../../src/commands/comments/merged-pull.js';
import {
  applyCommentPlan,
  upsertStickyComment,
} from '../../../src/commands/comments/sticky-comment.js';
import { isMarker, ownComments, planComments } from '../../../src/core/check/comments.js';
import { CHECK_MARKER_PREFIX, commentMarker } from '../../../src/core/report/pr-comment.js';
import { GitHubApiError, type GitHubPort } from '../../../src/ports/github.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { nullLogger } from '../../../src/ports/logger.js';
import { FakeGitHub } from '../../support/fake-github/server.js';

let fake: FakeGitHub;
const client = (token: string) =>
  new OctokitGitHub({ token, repository: fake.repository, apiUrl: fake.url, logger: nullLogger });

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.addAccount('app-token', {
    login: 'github-actions[bot]',
    type: 'Bot',
    tokenKind: 'installation',
    pullRequests: 'write',
  });
  fake.addAccount('pat', {
    login: 'release-bot',
    type: 'User',
    tokenKind: 'user',
    pullRequests: 'write',
  });
  fake.addAccount('read-only', {
    login: 'github-actions[bot]',
    type: 'Bot',
    tokenKind: 'installation',
    pullRequests: 'read',
  });
});
afterAll(() => fake.close());

describe('upsertStickyComment through Octokit against the fake GitHub', () => {
  it('finds its comment behind 250 others, leaves a human copy alone, updates in place', async () => {
    const marker = '<!-- kfp-action:check:p1 -->';
    for (let i = 0; i < 250; i++)
      fake.addComment(7, `chatter ${i}`, { login: 'octocat', type: 'User' });
    fake.addComment(7, `${marker}\nhijacked`, { login: 'mallory', type: 'User' });
    const mine = fake.addComment(7, `${marker}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    fake.addComment(7, 'more chatter', { login: 'octocat', type: 'User' });
    const result = await upsertStickyComment(
      client('app-token'),
      { issue: 7, marker, body: `${marker}\nnew` },
      nullLogger,
    );
    expect(result.action).toBe('updated');
    expect(result.comment.id).toBe(mine.id);
    expect(fake.issueComments(7).find((c) => c.user.login === 'mallory')!.body).toContain(
      'hijacked',
    );
    const pages = fake.requests.filter(
      (r) => r.path.endsWith('/issues/7/comments') && r.method === 'GET',
    );
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(fake.violations).toEqual([]);
  });

  it('deletes duplicates a race left, and makes no write when the body is unchanged', async () => {
    const marker = '<!-- kfp-action:check:p2 -->';
    const first = fake.addComment(8, `${marker}\nsame`, { login: 'release-bot', type: 'User' });
    const dup = fake.addComment(8, `${marker}\nsame`, { login: 'release-bot', type: 'User' });
    const before = fake.writes().length;
    const result = await upsertStickyComment(
      client('pat'),
      { issue: 8, marker, body: `${marker}\nsame` },
      nullLogger,
    );
    expect(result).toMatchObject({ action: 'unchanged', deleted: [dup.id] });
    expect(result.comment.id).toBe(first.id);
    expect(
      fake
        .writes()
        .slice(before)
        .map((w) => `${w.method} ${w.path}`),
    ).toEqual([`DELETE /repos/${fake.repository}/issues/comments/${dup.id}`]);
    expect(fake.violations).toEqual([]);
  });

  it('a POST whose answer was lost leaves no duplicate: re-listed, found, next writes go on', async () => {
    const isOurs = (line: string) => isMarker(line, CHECK_MARKER_PREFIX);
    const real = client('app-token');
    let lost = 0;
    // GitHub created the comment, but the answer never arrived (a 502 after the write).
    const flaky: GitHubPort = Object.assign(Object.create(real) as GitHubPort, {
      createIssueComment: async (issue: number, body: string) => {
        await real.createIssueComment(issue, body);
        lost++;
        throw new GitHubApiError('bad gateway', 502, 'POST /comments', 'Bad Gateway');
      },
    });
    const a = commentMarker('lost-a');
    const b = commentMarker('lost-b');
    const listed = await real.listIssueComments(21);
    const plan = planComments({
      own: ownComments(listed, isOurs, undefined),
      desired: [
        { marker: a, body: `${a}\nA` },
        { marker: b, body: `${b}\nB` },
      ],
      retire: false,
      retiredBody: () => undefined,
      same: (x, y) => x === y,
    });
    const applied = await applyCommentPlan(flaky, 21, plan, listed, isOurs, nullLogger);
    expect(lost).toBe(2);
    expect(applied.map((x) => [x.action.marker, x.reconciled])).toEqual([
      [a, true],
      [b, true],
    ]);
    expect(fake.issueComments(21).map((c) => c.body)).toEqual([`${a}\nA`, `${b}\nB`]);
    expect(fake.violations).toEqual([]);
  });

  it('a lost POST that did not happen fails (no blind retry that could duplicate)', async () => {
    const isOurs = (line: string) => isMarker(line, CHECK_MARKER_PREFIX);
    const real = client('app-token');
    const down: GitHubPort = Object.assign(Object.create(real) as GitHubPort, {
      createIssueComment: () =>
        Promise.reject(new GitHubApiError('unavailable', 503, 'POST /comments', 'Unavailable')),
    });
    const m = commentMarker('never');
    const attempt = applyCommentPlan(
      down,
      22,
      [{ kind: 'create', marker: m, body: `${m}\nx` }],
      [],
      isOurs,
      nullLogger,
    );
    await expect(attempt).rejects.toThrow(GitHubApiError);
    expect(fake.issueComments(22)).toEqual([]);
  });

  it('names pull-requests: write when GitHub answers "Resource not accessible by integration"', async () => {
    const marker = '<!-- kfp-action:check:p3 -->';
    const attempt = upsertStickyComment(
      client('read-only'),
      { issue: 9, marker, body: 'x' },
      nullLogger,
    );
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(/pull-requests: write/);
  });

  it('finds the pull request merged into the default branch as a commit', async () => {
    const sha = 'a'.repeat(40);
    fake.addPull({ number: 11, state: 'open', baseRef: 'main', headSha: sha }, [sha]);
    fake.addPull(
      {
        number: 12,
        state: 'closed',
        baseRef: 'release',
        headSha: 'b'.repeat(40),
        mergedAt: '2026-01-02T00:00:00Z',
        mergeCommitSha: sha,
      },
      [sha],
    );
    fake.addPull(
      {
        number: 13,
        state: 'closed',
        baseRef: 'main',
        headSha: 'c'.repeat(40),
        mergedAt: '2026-01-02T00:00:00Z',
        mergeCommitSha: sha,
      },
      [sha],
    );
    const found = await findMergedPullRequest(client('app-token'), sha);
    expect(found).toMatchObject({ found: true, pull: { number: 13, baseRef: 'main' } });
    const none = await findMergedPullRequest(client('app-token'), 'd'.repeat(40));
    expect(none).toMatchObject({ found: false });
    expect(fake.violations).toEqual([]);
  });
});

describe('GitHub outages', () => {
  const quick = (token: string) =>
    new OctokitGitHub({
      token,
      repository: fake.repository,
      apiUrl: fake.url,
      logger: nullLogger,
      retryBaseMs: 5,
    });

  it('a 5xx that outlasts the retries is "GitHub API unavailable", a user error', async () => {
    const before = fake.requests.length;
    fake.failNext(4, 502);
    const error = await quick('app-token')
      .listIssueComments(9)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics[0]!.code).toBe('github/unavailable');
    expect((error as UserError).message).toMatch(
      /^GitHub API unavailable: GET \/repos\/octo-org\/pipelines\/issues\/9\/comments failed after 3 retries \(HTTP 502/,
    );
    expect(fake.requests.slice(before).map((r) => r.status)).toEqual([502, 502, 502, 502]);
  });

  it('dropped connections too; a blip the retries cover is not an error', async () => {
    fake.failNext(4, 'reset');
    const error = await quick('app-token')
      .getDefaultBranch()
      .catch((e: unknown) => e);
    expect((error as UserError).diagnostics[0]!.code).toBe('github/unavailable');
    fake.failNext(2, 503);
    await expect(quick('app-token').getDefaultBranch()).resolves.toBe('main');
  });
});
