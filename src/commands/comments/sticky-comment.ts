/**
 * One comment per key on a pull request, updated in place (the sticky-pull-request-comment /
 * tfcmt pattern): found by a hidden marker, written only by our own account, searched over every
 * page, not rewritten when unchanged, duplicates from a race deleted.
 *
 * Whose comments count as ours:
 * 1. `author`, when the caller knows it;
 * 2. else the token's account from `GET /user` (personal access tokens, OAuth tokens);
 * 3. else (installation tokens — GITHUB_TOKEN is `github-actions[bot]` — cannot call `GET /user`)
 *    bot accounts only: comments of `github-actions[bot]` when there are any with the marker,
 *    otherwise those of the bot that wrote the oldest one. A person (type `User`) can copy the
 *    marker into a comment of their own; it is never touched.
 */
import { UserError } from '../../core/diagnostics.js';
import {
  GitHubApiError,
  type GitHubPort,
  type GitHubUser,
  type IssueComment,
} from '../../ports/github.js';
import type { Logger } from '../../ports/logger.js';

export const ACTIONS_BOT = 'github-actions[bot]';

export interface StickyCommentRequest {
  /** Issue or pull request number. */
  readonly issue: number;
  /** Hidden marker that identifies the comment, e.g. `<!-- kfp-action:check:my-pipeline -->`. */
  readonly marker: string;
  /** The body; the marker is put first when the body does not contain it. */
  readonly body: string;
  /** Login whose comments are ours (default: see the rule above). */
  readonly author?: string;
  /** Whether an existing body already says the same (default: equal text). */
  readonly sameContent?: (existing: string, desired: string) => boolean;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly comment: IssueComment;
  /** Ids of duplicates that were deleted. */
  readonly deleted: readonly number[];
}

const identities = new WeakMap<GitHubPort, Promise<GitHubUser | undefined>>();

function identity(github: GitHubPort): Promise<GitHubUser | undefined> {
  let known = identities.get(github);
  if (!known) {
    known = github.tryAuthenticatedUser();
    identities.set(github, known);
  }
  return known;
}

/** The comments with the marker that the rule above counts as ours, oldest first. */
export async function findOwnComments(
  github: GitHubPort,
  comments: readonly IssueComment[],
  marker: string,
  author?: string,
): Promise<IssueComment[]> {
  const marked = comments.filter((c) => c.body.includes(marker) && c.user);
  const login = author ?? (await identity(github))?.login;
  if (login) return marked.filter((c) => c.user!.login === login);
  const bots = marked.filter((c) => c.user!.type === 'Bot');
  if (bots.some((c) => c.user!.login === ACTIONS_BOT)) {
    return bots.filter((c) => c.user!.login === ACTIONS_BOT);
  }
  const first = bots[0]?.user?.login;
  return first ? bots.filter((c) => c.user!.login === first) : [];
}

/** Turns GitHub's refusal to write into an error that names the permission to add. */
export function explainWriteError(error: unknown, what: string): unknown {
  if (!(error instanceof GitHubApiError)) return error;
  if (error.status === 403 && /not accessible by integration/i.test(error.apiMessage)) {
    return new UserError(
      `GitHub refused to ${what} (HTTP 403 "${error.apiMessage}"): the token lacks the ` +
        '`pull-requests: write` permission. Add `permissions: { pull-requests: write }` to the job ' +
        '(see docs/TROUBLESHOOTING.md#githubmissing-permission). On pull requests from forks the ' +
        'token is read-only by design: post the comments from the kfp-pr-comment workflow instead.',
      [{ code: 'github/missing-permission', severity: 'error', message: error.message }],
    );
  }
  if (error.status === 401) {
    return new UserError(
      `GitHub rejected the token while trying to ${what} (HTTP 401): check the github-token input`,
      [{ code: 'github/bad-credentials', severity: 'error', message: error.message }],
    );
  }
  return error;
}

/** Creates, updates or leaves alone the one comment with `marker` on an issue or PR. */
export async function upsertStickyComment(
  github: GitHubPort,
  request: StickyCommentRequest,
  logger: Logger,
): Promise<StickyCommentResult> {
  const body = request.body.includes(request.marker)
    ? request.body
    : `${request.marker}\n${request.body}`;
  const same = request.sameContent ?? ((a: string, b: string) => a === b);
  const all = await github.listIssueComments(request.issue);
  const own = await findOwnComments(github, all, request.marker, request.author);
  const deleted: number[] = [];
  try {
    const [keep, ...duplicates] = own;
    for (const d of duplicates) {
      logger.info(`deleting duplicate comment ${d.id} (${request.marker})`);
      await github.deleteIssueComment(d.id);
      deleted.push(d.id);
    }
    if (!keep) {
      const comment = await github.createIssueComment(request.issue, body);
      logger.info(`created comment ${comment.htmlUrl}`);
      return { action: 'created', comment, deleted };
    }
    if (same(keep.body, body)) {
      logger.info(`comment ${keep.htmlUrl} is unchanged; not rewritten`);
      return { action: 'unchanged', comment: keep, deleted };
    }
    const comment = await github.updateIssueComment(keep.id, body);
    logger.info(`updated comment ${comment.htmlUrl}`);
    return { action: 'updated', comment, deleted };
  } catch (error) {
    throw explainWriteError(error, `write the comment on #${request.issue}`);
  }
}

export interface RetireRequest {
  readonly issue: number;
  /** Start of the markers of one family, e.g. `<!-- kfp-action:check:`. */
  readonly markerPrefix: string;
  /** Markers the latest run wrote or kept: their comments stay as they are. */
  readonly keep: ReadonlySet<string>;
  /** The body that replaces a comment whose key the latest run no longer has. */
  readonly body: (marker: string) => string;
  readonly author?: string;
  readonly sameContent?: (existing: string, desired: string) => boolean;
}

export interface RetiredComment {
  readonly marker: string;
  readonly action: 'updated' | 'unchanged';
  readonly comment: IssueComment;
}

/**
 * Rewrites our comments of a marker family whose key the latest run no longer reports (a pull
 * request that stopped changing a pipeline), so that no stale report stays on the PR. Comments
 * are kept (not deleted): the conversation that followed them still makes sense.
 */
export async function retireStickyComments(
  github: GitHubPort,
  request: RetireRequest,
  logger: Logger,
): Promise<RetiredComment[]> {
  const same = request.sameContent ?? ((a: string, b: string) => a === b);
  const all = await github.listIssueComments(request.issue);
  const markers = new Set<string>();
  for (const c of all) {
    const first = c.body.split('\n', 1)[0] ?? '';
    if (first.startsWith(request.markerPrefix) && first.endsWith(' -->')) markers.add(first);
  }
  const out: RetiredComment[] = [];
  try {
    for (const marker of markers) {
      if (request.keep.has(marker)) continue;
      const own = await findOwnComments(github, all, marker, request.author);
      const keep = own[0];
      if (!keep || !keep.body.startsWith(`${marker}\n`)) continue;
      const body = request.body(marker);
      if (same(keep.body, body)) {
        out.push({ marker, action: 'unchanged', comment: keep });
        continue;
      }
      const comment = await github.updateIssueComment(keep.id, body);
      logger.info(`marked comment ${comment.htmlUrl} as out of date (${marker})`);
      out.push({ marker, action: 'updated', comment });
    }
  } catch (error) {
    throw explainWriteError(error, `update an out-of-date comment on #${request.issue}`);
  }
  return out;
}
