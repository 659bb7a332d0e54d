/**
 * The GitHub REST calls kfp-action makes, behind an intent-named interface (the real one is
 * src/adapters/github/client.ts, an Octokit with retry and throttling). Scoped to one repository.
 * Errors from a call are thrown as GitHubApiError so callers can tell 403/404 apart.
 */

export interface GitHubUser {
  readonly login: string;
  /** `User`, `Bot` or `Organization`. */
  readonly type: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** null for a deleted ("ghost") account. */
  readonly user: GitHubUser | null;
  readonly htmlUrl: string;
  readonly createdAt: string;
}

export interface PullRequestRef {
  readonly number: number;
  readonly state: string;
  readonly mergedAt: string | null;
  readonly mergeCommitSha: string | null;
  /** The branch it was merged (or is to be merged) into. */
  readonly baseRef: string;
  readonly headSha: string;
  readonly htmlUrl: string;
}

export interface GitHubPort {
  /** `owner/name` the client works on. */
  readonly repository: string;
  /** Every comment of an issue or pull request, all pages, oldest first. */
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  deleteIssueComment(commentId: number): Promise<void>;
  /** The token's own account (GET /user); undefined when the token may not ask (app tokens). */
  tryAuthenticatedUser(): Promise<GitHubUser | undefined>;
  /** Pull requests that contain the commit (GET /repos/{o}/{r}/commits/{sha}/pulls). */
  listPullRequestsForCommit(sha: string): Promise<PullRequestRef[]>;
  getPullRequest(pull: number): Promise<PullRequestRef>;
  getDefaultBranch(): Promise<string>;
}

/** A failed GitHub call, with what the API said. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** `METHOD /path` of the call. */
    readonly request: string,
    /** The API's own message, e.g. "Resource not accessible by integration". */
    readonly apiMessage: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}
