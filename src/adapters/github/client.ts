import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  GitHubApiError,
  type GitHubPort,
  type GitHubUser,
  type IssueComment,
  type PullRequestRef,
} from '../../ports/github.js';
import { UserError } from '../../core/diagnostics.js';
import type { Logger } from '../../ports/logger.js';
import { USER_AGENT } from '../../core/version.js';

export interface GitHubClientOptions {
  readonly token: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  readonly repository: string;
  /** REST API root (GITHUB_API_URL; GitHub Enterprise Server and the tests' fake set it). */
  readonly apiUrl?: string;
  readonly logger: Logger;
  /** Base of the retry back-off in ms (Octokit waits 1, 4, 9 × this; default 1000). Tests. */
  readonly retryBaseMs?: number;
}

/** Retries of a failed call (5xx, network) before giving up, as @octokit/plugin-retry does. */
const RETRIES = 3;

type Octokit = ReturnType<typeof getOctokit>;

interface RawComment {
  id: number;
  body?: string | null;
  user: { login: string; type: string } | null;
  html_url: string;
  created_at: string;
}

interface RawPull {
  number: number;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  base: { ref: string };
  head: { sha: string };
  html_url: string;
}

const comment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  user: c.user ? { login: c.user.login, type: c.user.type } : null,
  htmlUrl: c.html_url,
  createdAt: c.created_at,
});

const pull = (p: RawPull): PullRequestRef => ({
  number: p.number,
  state: p.state,
  mergedAt: p.merged_at,
  mergeCommitSha: p.merge_commit_sha,
  baseRef: p.base.ref,
  headSha: p.head.sha,
  htmlUrl: p.html_url,
});

/** GitHub's REST API through Octokit, with retries (5xx) and rate-limit throttling. */
export class OctokitGitHub implements GitHubPort {
  readonly repository: string;
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;

  constructor(private readonly options: GitHubClientOptions) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo) {
      throw new GitHubApiError(
        `GITHUB_REPOSITORY is "${options.repository}"; it must be owner/name`,
        0,
        '',
        '',
      );
    }
    this.owner = owner;
    this.repo = repo;
    this.repository = options.repository;
    const log = options.logger;
    this.octokit = getOctokit(
      options.token,
      {
        ...(options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {}),
        userAgent: USER_AGENT,
        log: { debug: log.debug, info: log.debug, warn: log.warning, error: log.debug },
        retry: { retries: RETRIES, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        throttle: {
          onRateLimit: (
            after: number,
            request: { method: string; url: string },
            _o: unknown,
            count: number,
          ) => {
            log.warning(`rate limited on ${request.method} ${request.url}; retrying in ${after} s`);
            return count < 2;
          },
          onSecondaryRateLimit: (
            after: number,
            request: { method: string; url: string },
            _o: unknown,
            count: number,
          ) => {
            log.warning(
              `secondary rate limit on ${request.method} ${request.url}; retrying in ${after} s`,
            );
            return count < 2;
          },
        },
      },
      retry,
      throttling,
    );
  }

  /**
   * Runs one call; failures become GitHubApiError naming the request and GitHub's answer. A 5xx
   * or a network failure that outlasted the retries is GitHub being unavailable: a UserError
   * (`github/unavailable`) that says so, not a defect of ours.
   */
  private async call<T>(request: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      const e = error as {
        status?: number;
        message?: string;
        response?: { data?: { message?: string } };
      };
      // @octokit/request reports a network failure (refused, reset, DNS) as status 500 with no
      // response; anything without a status is a network failure too.
      const status = typeof e.status === 'number' ? e.status : 0;
      const apiMessage = e.response?.data?.message ?? e.message ?? String(error);
      if (status === 0 || status >= 500) {
        const what = e.response ? `HTTP ${status} "${apiMessage}"` : `no answer: ${apiMessage}`;
        const message =
          `GitHub API unavailable: ${request} failed after ${RETRIES} retries (${what}). ` +
          'GitHub or the network to it is down or overloaded (see https://www.githubstatus.com); ' +
          're-run the job later (docs/TROUBLESHOOTING.md#githubunavailable).';
        throw new UserError(message, [{ code: 'github/unavailable', severity: 'error', message }]);
      }
      throw new GitHubApiError(
        `GitHub API ${request} failed${status ? ` (HTTP ${status})` : ''}: ${apiMessage}`,
        status,
        request,
        apiMessage,
      );
    }
  }

  private get where() {
    return { owner: this.owner, repo: this.repo };
  }

  listIssueComments(issue: number): Promise<IssueComment[]> {
    return this.call(`GET /repos/${this.repository}/issues/${issue}/comments`, async () => {
      const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.where,
        issue_number: issue,
        per_page: 100,
      });
      return (all as RawComment[]).map(comment);
    });
  }

  createIssueComment(issue: number, body: string): Promise<IssueComment> {
    return this.call(`POST /repos/${this.repository}/issues/${issue}/comments`, async () => {
      const res = await this.octokit.rest.issues.createComment({
        ...this.where,
        issue_number: issue,
        body,
      });
      return comment(res.data as RawComment);
    });
  }

  updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    return this.call(`PATCH /repos/${this.repository}/issues/comments/${commentId}`, async () => {
      const res = await this.octokit.rest.issues.updateComment({
        ...this.where,
        comment_id: commentId,
        body,
      });
      return comment(res.data as RawComment);
    });
  }

  deleteIssueComment(commentId: number): Promise<void> {
    return this.call(`DELETE /repos/${this.repository}/issues/comments/${commentId}`, async () => {
      await this.octokit.rest.issues.deleteComment({ ...this.where, comment_id: commentId });
    });
  }

  async tryAuthenticatedUser(): Promise<GitHubUser | undefined> {
    try {
      return await this.call('GET /user', async () => {
        const res = await this.octokit.rest.users.getAuthenticated();
        return { login: res.data.login, type: res.data.type };
      });
    } catch (error) {
      // Installation tokens (GITHUB_TOKEN, GitHub Apps) get 403 "Resource not accessible by
      // integration"; some proxies answer 401/404. None of these is fatal here.
      if (error instanceof GitHubApiError && [401, 403, 404].includes(error.status)) {
        return undefined;
      }
      throw error;
    }
  }

  listPullRequestsForCommit(sha: string): Promise<PullRequestRef[]> {
    return this.call(`GET /repos/${this.repository}/commits/${sha}/pulls`, async () => {
      const all = await this.octokit.paginate(
        this.octokit.rest.repos.listPullRequestsAssociatedWithCommit,
        { ...this.where, commit_sha: sha, per_page: 100 },
      );
      return (all as RawPull[]).map(pull);
    });
  }

  getPullRequest(number: number): Promise<PullRequestRef> {
    return this.call(`GET /repos/${this.repository}/pulls/${number}`, async () => {
      const res = await this.octokit.rest.pulls.get({ ...this.where, pull_number: number });
      return pull(res.data as RawPull);
    });
  }

  getDefaultBranch(): Promise<string> {
    return this.call(`GET /repos/${this.repository}`, async () => {
      const res = await this.octokit.rest.repos.get(this.where);
      return res.data.default_branch;
    });
  }
}
